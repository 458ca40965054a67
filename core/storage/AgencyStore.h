#pragma once

#include "common/Result.h"
#include "domain/Agency.h"

#include <optional>

class Database;

// Rows of the agency archive: agencies, their scope, qualifications, and their handoff load.
// Writers expect the caller's transaction.
namespace AgencyStore {
Result<Agency> insert(Database& db, Agency a); // fills in seq and ids
Result<std::optional<Agency>> byId(Database& db, const QString& id);
Result<std::optional<Agency>> byUscc(Database& db, const QString& uscc);
// All agencies (hundreds, not millions), by name, with scope, qualifications and load; those
// serving `itemCode` only when it is given.
Result<QList<Agency>> list(Database& db, const QString& itemCode = {});
} // namespace AgencyStore
