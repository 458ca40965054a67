#include "security/UserAccounts.h"

#include "common/Logging.h"
#include "security/Authentication.h"
#include "security/PasswordHash.h"
#include "security/PasswordPolicy.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/UserStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
bool isAdministrator(Role r)
{
    return r == Role::StationAdmin || r == Role::CityAdmin;
}

Status validate(const NewUser& u)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginPattern.match(u.login).hasMatch())
        return Error::badInput(QStringLiteral("login"),
            UiText::of("Users",
                QT_TRANSLATE_NOOP("Users",
                    "Login name: 2 to 32 letters, digits, '.', '_' or '-' (no spaces or Chinese characters).")));
    if (u.name.trimmed().isEmpty() || u.name.trimmed().size() > 40)
        return Error::badInput(QStringLiteral("name"),
            UiText::of("Users", QT_TRANSLATE_NOOP("Users", "Name: required, at most 40 characters.")));
    return PasswordPolicy::check(u.password, u.login);
}

Error grantRefused(const Actor& actor, Role role)
{
    return Error::notAllowed(
        UiText::of("Users", QT_TRANSLATE_NOOP("Users", "A %1 cannot give the role %2. Nothing was changed."))
            .arg(Roles::label(actor.role), Roles::label(role)));
}

Status audit(Database& db, const Actor& actor, const QString& action, const QString& login, const QJsonObject& detail)
{
    return AuditLog::record(db, actor.login, action, QStringLiteral("user"), login, detail, Roles::key(actor.role));
}
} // namespace

UserAccounts::UserAccounts(Database& db)
    : m_db(db)
{ }

Status UserAccounts::check(const NewUser& input)
{
    NewUser u = input;
    u.login = u.login.trimmed();
    u.name = u.name.trimmed();
    return validate(u);
}

bool UserAccounts::hasAnyAccount()
{
    auto n = UserStore::activeCount(m_db);
    return n.ok() && *n > 0;
}

Result<UserAccount> UserAccounts::existing(const QString& login)
{
    auto stored = UserStore::byLogin(m_db, login);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(UiText::of("Users", QT_TRANSLATE_NOOP("Users", "No user account %1.")).arg(login));
    return (*stored)->account;
}

Result<UserAccount> UserAccounts::insert(const NewUser& input, const QString& auditActor, const QString& auditRole)
{
    NewUser u = input;
    u.login = u.login.trimmed();
    u.name = u.name.trimmed();
    if (Status s = validate(u); !s)
        return s.error();
    // Hash before the transaction: the write lock is not held for the slow part.
    auto hash = PasswordHash::make(u.password);
    if (!hash)
        return hash.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto clash = UserStore::byLogin(m_db, u.login);
    if (!clash)
        return clash.error();
    if (*clash)
        return Error::badInput(QStringLiteral("login"),
            UiText::of("Users", QT_TRANSLATE_NOOP("Users", "Login name: %1 is taken already.")).arg(u.login));
    UserAccount a;
    a.id = Sql::newId();
    a.login = u.login;
    a.name = u.name;
    a.role = u.role;
    if (Status s = UserStore::insert(m_db, a, *hash); !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            auditActor,
            QStringLiteral("user.add"),
            QStringLiteral("user"),
            a.login,
            { { QStringLiteral("after"),
                QJsonObject { { QStringLiteral("name"), a.name }, { QStringLiteral("role"), Roles::key(a.role) } } } },
            auditRole);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcSecurity) << "user added:" << a.login << Roles::key(a.role);
    return existing(a.login);
}

Result<UserAccount> UserAccounts::createFirstAdministrator(const NewUser& input)
{
    if (hasAnyAccount())
        return Error::notAllowed(UiText::of("Users",
            QT_TRANSLATE_NOOP("Users",
                "This station has user accounts already; an administrator adds new ones. Nothing was changed.")));
    if (!isAdministrator(input.role))
        return Error::badInput(QStringLiteral("role"),
            UiText::of("Users", QT_TRANSLATE_NOOP("Users", "The first account must be an administrator.")));
    return insert(input, input.login.trimmed(), Roles::key(input.role));
}

Result<UserAccount> UserAccounts::add(const NewUser& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageUsers); !s)
        return s.error();
    if (!Permissions::mayGrant(actor.role, input.role))
        return grantRefused(actor, input.role);
    return insert(input, actor.login, Roles::key(actor.role));
}

Result<QList<UserAccount>> UserAccounts::list(const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageUsers); !s)
        return s.error();
    return UserStore::all(m_db);
}

Status UserAccounts::setPassword(const QString& login, const QString& password, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageUsers); !s)
        return s;
    auto account = existing(login);
    if (!account)
        return account.error();
    if (!Permissions::mayGrant(actor.role, account->role))
        return grantRefused(actor, account->role);
    if (Status s = PasswordPolicy::check(password, account->login); !s)
        return s;
    auto hash = PasswordHash::make(password);
    if (!hash)
        return hash.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = UserStore::setPassword(m_db, account->id, *hash); !s)
        return s;
    if (Status s = audit(m_db, actor, QStringLiteral("user.password_set"), account->login, {}); !s)
        return s;
    return tx.commit();
}

Status UserAccounts::changeOwnPassword(const Actor& actor, const QString& current, const QString& password)
{
    auto stored = UserStore::byLogin(m_db, actor.login);
    if (!stored)
        return stored.error();
    if (!*stored || !PasswordHash::matches((*stored)->passwordHash, current))
        return Error::badInput(QStringLiteral("current_password"),
            UiText::of("Users", QT_TRANSLATE_NOOP("Users", "Current password: it is not right. Nothing was changed.")));
    if (password == current) // a change that changes nothing would defeat the period
        return Error::badInput(QStringLiteral("password"),
            UiText::of("Users", QT_TRANSLATE_NOOP("Users", "New password: it must differ from the current one.")));
    if (Status s = PasswordPolicy::check(password, actor.login); !s)
        return s;
    auto hash = PasswordHash::make(password);
    if (!hash)
        return hash.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = UserStore::setPassword(m_db, (*stored)->account.id, *hash); !s)
        return s;
    if (Status s = audit(m_db, actor, QStringLiteral("user.password_changed"), actor.login, {}); !s)
        return s;
    return tx.commit();
}

Status UserAccounts::keepsAnAdministrator(const UserAccount& account, bool staysAdministrator)
{
    if (!isAdministrator(account.role) || !account.active || staysAdministrator)
        return success();
    auto admins = UserStore::activeAdministrators(m_db);
    if (!admins)
        return admins.error();
    if (*admins <= 1)
        return Error::notAllowed(UiText::of("Users",
            QT_TRANSLATE_NOOP("Users",
                "%1 is the station's last active administrator; add another administrator first. Nothing was "
                "changed."))
                                     .arg(account.login));
    return success();
}

// What every change to an existing account shares: the role, one transaction, the account, and
// that nobody changes an account above what they may grant.
Status UserAccounts::change(
    const QString& login, const Actor& actor, const std::function<Status(const UserAccount&)>& changeIt)
{
    if (Status s = Permissions::require(actor, Permission::ManageUsers); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto account = existing(login);
    if (!account)
        return account.error();
    if (!Permissions::mayGrant(actor.role, account->role))
        return grantRefused(actor, account->role);
    if (Status s = changeIt(*account); !s)
        return s;
    return tx.commit();
}

Status UserAccounts::setRole(const QString& login, Role role, const Actor& actor)
{
    return change(login, actor, [&](const UserAccount& account) -> Status {
        if (!Permissions::mayGrant(actor.role, role))
            return grantRefused(actor, role);
        if (Status s = keepsAnAdministrator(account, isAdministrator(role)); !s)
            return s;
        if (Status s = UserStore::setRole(m_db, account.id, role); !s)
            return s;
        return audit(m_db,
            actor,
            QStringLiteral("user.role"),
            account.login,
            { { QStringLiteral("before"), Roles::key(account.role) }, { QStringLiteral("after"), Roles::key(role) } });
    });
}

Status UserAccounts::setActive(const QString& login, bool active, const Actor& actor)
{
    return change(login, actor, [&](const UserAccount& account) -> Status {
        if (!active)
            if (Status s = keepsAnAdministrator(account, false); !s)
                return s;
        if (Status s = UserStore::setActive(m_db, account.id, active); !s)
            return s;
        return audit(m_db,
            actor,
            active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
            account.login,
            { { QStringLiteral("before"), account.active }, { QStringLiteral("after"), active } });
    });
}

Status UserAccounts::unlock(const QString& login, const Actor& actor)
{
    return change(login, actor, [&](const UserAccount& account) -> Status {
        if (Status s = UserStore::unlock(m_db, account.id); !s)
            return s;
        return audit(m_db,
            actor,
            QStringLiteral("user.unlock"),
            account.login,
            { { QStringLiteral("failed_logins"), account.failedLogins } });
    });
}
