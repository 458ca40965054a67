#pragma once

#include "common/Result.h"
#include "domain/Visit.h"

#include <optional>

class Database;

// Rows of visit records and their photos. Writers expect the caller's transaction; a signed row is
// locked by a trigger (008_visits.sql), so not even a bug here can change one.
namespace VisitStore {
Result<Visit> insert(Database& db, Visit v, qint64 caseSeq);
Result<std::optional<Visit>> byId(Database& db, const QString& id);
Result<QList<Visit>> forCase(Database& db, qint64 caseSeq);
} // namespace VisitStore
