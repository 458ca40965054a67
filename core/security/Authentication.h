#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDateTime>

class Database;

// Log-in with a station account (issue 6). After kFreeAttempts wrong passwords in a row the account
// is locked for a while, longer after each further failure (1, 2, 4 … up to 30 minutes); the lock
// holds even for the right password. Every attempt, right or wrong, is in the audit log, but an
// unknown login is recorded without the text typed (it may be a password typed in the wrong
// field). Unknown logins, wrong passwords and locked or inactive accounts get the same answer
// after the same work, so the answer does not tell which login names exist.
class Authentication
{
public:
    static constexpr int kFreeAttempts = 5;

    explicit Authentication(Database& db);
    Result<Actor> logIn(const QString& login, const QString& password);
    // After a log-in: whether the account's password has run out under the station's setting
    // (PasswordPolicy::kMaxAgeSetting, GB/T 22239 "定期更换"). The caller then asks for a new one
    // (UserAccounts::changeOwnPassword) before letting the user go on.
    Result<bool> passwordExpired(const Actor& actor);
    static UiText passwordExpiredMessage();
    // When an account with this many failures in a row is unlocked again (invalid: not locked).
    static QDateTime lockedUntil(int failedLogins, const QDateTime& now);

private:
    Database& m_db;
};
