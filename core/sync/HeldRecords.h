#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

class Database;

// Settling a pulled record that was held back (QuarantineStore), by a person who may resolve sync
// problems: apply it again once its cause is mended, or dismiss it. Each is one transaction with
// its audit entry.
namespace HeldRecords {
// Whether it applied now; if not, it stays held with the new reason (returned as the error).
Status retry(Database& db, qint64 seq, const Actor& actor);
Status dismiss(Database& db, qint64 seq, const Actor& actor);
} // namespace HeldRecords
