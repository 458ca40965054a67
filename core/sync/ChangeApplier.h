#pragma once

#include "common/Result.h"

#include <QJsonObject>

class Database;

// Applies one change pulled from the platform to the local database, inside the caller's
// transaction (the page's). Records are matched by UUID: one already here is left as it is, so
// applying a page twice (a crash before the cursor was stored) changes nothing. Pulled records
// write no outbox ops: they are not local changes.
namespace ChangeApplier {
// Returns whether anything was added.
Result<bool> apply(Database& db, const QJsonObject& change);
} // namespace ChangeApplier
