#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/UserAccount.h"

#include <QList>
#include <functional>

class Database;

struct NewUser
{
    QString login; // 2-32 letters, digits, '.', '_' or '-'
    QString name; // shown on screen and on printed documents
    Role role = Role::Clerk;
    QString password;
};

// Managing station accounts (issue 6): only administrators, and nobody grants a role above their
// own. Accounts are deactivated, never deleted; the last active administrator cannot be removed or
// demoted, so a station is never left without one. Each change is audited with before and after.
class UserAccounts
{
public:
    explicit UserAccounts(Database& db);

    // First start: the station's first administrator, while it has no active account at all.
    Result<UserAccount> createFirstAdministrator(const NewUser& input);
    Result<UserAccount> add(const NewUser& input, const Actor& actor);
    Result<QList<UserAccount>> list(const Actor& actor);
    // An administrator sets anyone's password; a user changes their own by giving the current one.
    Status setPassword(const QString& login, const QString& password, const Actor& actor);
    Status changeOwnPassword(const Actor& actor, const QString& current, const QString& password);
    Status setRole(const QString& login, Role role, const Actor& actor);
    Status setActive(const QString& login, bool active, const Actor& actor);
    Status unlock(const QString& login, const Actor& actor);
    bool hasAnyAccount();
    // The checks add() makes on the input, without writing: for a form that creates the account
    // after another step.
    static Status check(const NewUser& input);

private:
    Result<UserAccount> insert(const NewUser& input, const QString& auditActor, const QString& auditRole);
    Result<UserAccount> existing(const QString& login);
    Status keepsAnAdministrator(const UserAccount& account, bool staysAdministrator);
    Status change(const QString& login, const Actor& actor, const std::function<Status(const UserAccount&)>& changeIt);

    Database& m_db;
};
