#include "storage/UserStore.h"

#include "common/Clock.h"
#include "domain/Actor.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace {
const QString kColumns = QStringLiteral(
    "id, login, name, role, active, failed_logins, locked_until, last_login_at, created_at, password_hash, "
    "password_changed_at");

UserStore::Stored fromRow(const QVariantList& r)
{
    UserStore::Stored s;
    s.account.id = r.at(0).toString();
    s.account.login = r.at(1).toString();
    s.account.name = r.at(2).toString();
    s.account.role = Roles::fromKey(r.at(3).toString()).value_or(Role::Clerk);
    s.account.active = r.at(4).toInt() != 0;
    s.account.failedLogins = r.at(5).toInt();
    if (!r.at(6).isNull())
        s.account.lockedUntil = Clock::fromStorage(r.at(6).toString());
    if (!r.at(7).isNull())
        s.account.lastLoginAt = Clock::fromStorage(r.at(7).toString());
    s.account.createdAt = Clock::fromStorage(r.at(8).toString());
    s.passwordHash = r.at(9).toString();
    s.account.passwordChangedAt = Clock::fromStorage(r.at(10).toString());
    return s;
}

QString now()
{
    return Clock::toStorage(Clock::nowUtc());
}
} // namespace

Result<std::optional<UserStore::Stored>> UserStore::byLogin(Database& db, const QString& login)
{
    auto row = Sql::one(db, QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(kColumns), { login });
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Stored>();
    return std::optional<Stored>(fromRow(**row));
}

Result<QList<UserAccount>> UserStore::all(Database& db)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT %1 FROM users ORDER BY active DESC, login").arg(kColumns));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<UserAccount> list;
    while (query.next()) {
        QVariantList r;
        for (int i = 0; i < 11; ++i)
            r << query.value(i);
        list << fromRow(r).account;
    }
    return list;
}

Result<QHash<QString, QString>> UserStore::names(Database& db)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT login, name FROM users WHERE name <> ''"));
    if (!q)
        return q.error();
    QHash<QString, QString> names;
    for (QSqlQuery query = std::move(q).value(); query.next();)
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

QString UserStore::nameOf(Database& db, const QString& login)
{
    auto row = Sql::one(db, QStringLiteral("SELECT name FROM users WHERE login = ? AND name <> ''"), { login });
    return row && row->has_value() ? (**row).at(0).toString() : Actor::shown(login);
}

Result<qint64> UserStore::activeCount(Database& db)
{
    auto row = Sql::one(db, QStringLiteral("SELECT count(*) FROM users WHERE active = 1"));
    if (!row)
        return row.error();
    return (**row).at(0).toLongLong();
}

Result<qint64> UserStore::activeAdministrators(Database& db)
{
    auto row = Sql::one(
        db, QStringLiteral("SELECT count(*) FROM users WHERE active = 1 AND role IN ('station_admin', 'city_admin')"));
    if (!row)
        return row.error();
    return (**row).at(0).toLongLong();
}

Status UserStore::insert(Database& db, const UserAccount& a, const QString& passwordHash)
{
    const QString at = now();
    return Sql::write(db,
        QStringLiteral("INSERT INTO users(id, login, name, role, password_hash, active, password_changed_at, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)"),
        { a.id, a.login, a.name, Roles::key(a.role), passwordHash, at, at, at });
}

Status UserStore::setPassword(Database& db, const QString& id, const QString& passwordHash)
{
    const QString at = now();
    return Sql::write(db,
        QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, failed_logins = 0, "
                       "locked_until = NULL, updated_at = ? WHERE id = ?"),
        { passwordHash, at, at, id });
}

Status UserStore::rehash(Database& db, const QString& id, const QString& passwordHash)
{
    return Sql::write(db,
        QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"),
        { passwordHash, now(), id });
}

Status UserStore::setRole(Database& db, const QString& id, Role role)
{
    return Sql::write(
        db, QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"), { Roles::key(role), now(), id });
}

Status UserStore::setActive(Database& db, const QString& id, bool active)
{
    return Sql::write(
        db, QStringLiteral("UPDATE users SET active = ?, updated_at = ? WHERE id = ?"), { active ? 1 : 0, now(), id });
}

Status UserStore::recordFailure(Database& db, const QString& id, int failedLogins, const QDateTime& lockedUntil)
{
    return Sql::write(db,
        QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ?, updated_at = ? WHERE id = ?"),
        { failedLogins, lockedUntil.isValid() ? QVariant(Clock::toStorage(lockedUntil)) : QVariant(), now(), id });
}

Status UserStore::recordSuccess(Database& db, const QString& id)
{
    const QString at = now();
    return Sql::write(db,
        QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ?, updated_at = ? "
                       "WHERE id = ?"),
        { at, at, id });
}

Status UserStore::unlock(Database& db, const QString& id)
{
    return Sql::write(db,
        QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?"),
        { now(), id });
}
