#pragma once

#include "common/Result.h"
#include "domain/UserAccount.h"

#include <QHash>
#include <QList>
#include <optional>

class Database;

// The users table (migration 11). Callers hold the transaction and do the checks and the audit.
namespace UserStore {
struct Stored
{
    UserAccount account;
    QString passwordHash;
};
Result<std::optional<Stored>> byLogin(Database& db, const QString& login);
Result<QList<UserAccount>> all(Database& db);
// Staff are people with names (issue 18): login -> full name, for timelines and documents, which
// store the login. A login not in this station's accounts (another station's clerk) is not here.
Result<QHash<QString, QString>> names(Database& db);
// The name of `login`, or the login itself when it is not an account here or has no name.
QString nameOf(Database& db, const QString& login);
Result<qint64> activeCount(Database& db);
Result<qint64> activeAdministrators(Database& db);
Status insert(Database& db, const UserAccount& account, const QString& passwordHash);
Status setPassword(Database& db, const QString& id, const QString& passwordHash); // a new password
// The same password under today's hashing limits: when it was changed stays as it was.
Status rehash(Database& db, const QString& id, const QString& passwordHash);
Status setRole(Database& db, const QString& id, Role role);
Status setActive(Database& db, const QString& id, bool active);
// A failed log-in: the count goes up; lockedUntil (if valid) refuses log-ins until then.
Status recordFailure(Database& db, const QString& id, int failedLogins, const QDateTime& lockedUntil);
Status recordSuccess(Database& db, const QString& id);
Status unlock(Database& db, const QString& id);
} // namespace UserStore
