#pragma once

#include "common/Result.h"
#include "domain/Agency.h"

#include <QDate>
#include <QHash>
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
// Every agency's name by its number, for the statistics' rows.
Result<QHash<qint64, QString>> names(Database& db);
// An SQL condition on a handoff `h`: the agency signed for it (签收) after its sign-for day, returned
// it after that day without signing, or has done neither and the day is before `today` (issue 20).
QString lateSignForSql(const QDate& today);
} // namespace AgencyStore
