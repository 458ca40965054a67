#include "security/Authentication.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "security/PasswordHash.h"
#include "security/PasswordPolicy.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"
#include "storage/UserStore.h"

#include <QCoreApplication>

namespace {
// The one answer to every refused log-in: an unknown login, a wrong password, a locked or inactive
// account. Telling them apart would confirm to whoever guesses that an account exists; the lock is
// named so that its owner knows to ask an administrator.
Error wrongLogin()
{
    return Error::notAllowed(UiText::of("Users",
        QT_TRANSLATE_NOOP("Users",
            "The login name or the password is not right. After %1 wrong passwords in a row an account is locked "
            "for a while; an administrator can unlock it sooner."))
                                 .arg(Authentication::kFreeAttempts));
}

// Work as long as checking a real password, for logins that do not exist.
void spendAsLongAsAVerify(const QString& password)
{
    // A real Argon2id hash of a password nobody has, with the parameters PasswordHash uses, written
    // out so that no failure to make one (memory, say) can stop the program at a log-in.
    static const QString dummy = QStringLiteral(
        "$argon2id$v=19$m=65536,t=2,p=1$j1VhbcXaKnP9fTK3gGccBA$owXKzpngpi5Q40jWcA9UzTrLqH7z1brEDdYUawoUlfc");
    PasswordHash::matches(dummy, password);
}

Status audit(Database& db, const QString& login, const QString& action, const QJsonObject& detail, const QString& role)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = AuditLog::record(db, login, action, QStringLiteral("user"), login, detail, role); !s)
        return s;
    return tx.commit();
}
} // namespace

Authentication::Authentication(Database& db)
    : m_db(db)
{ }

QDateTime Authentication::lockedUntil(int failedLogins, const QDateTime& now)
{
    if (failedLogins < kFreeAttempts)
        return {};
    const int minutes = std::min(30, 1 << std::min(5, failedLogins - kFreeAttempts));
    return now.addSecs(60 * minutes);
}

Result<Actor> Authentication::logIn(const QString& login, const QString& password)
{
    auto stored = UserStore::byLogin(m_db, login.trimmed());
    if (!stored)
        return stored.error();
    const QDateTime now = Clock::nowUtc();
    if (!*stored) {
        spendAsLongAsAVerify(password);
        // What was typed is not kept: it may be a password typed into the login field.
        audit(m_db,
            QStringLiteral(""), // not null: the column is NOT NULL
            QStringLiteral("user.login_failed"),
            { { QStringLiteral("reason"), QStringLiteral("unknown") } },
            {});
        qCInfo(lcSecurity) << "log-in refused: unknown account";
        return wrongLogin();
    }
    const UserAccount& account = (*stored)->account;
    const QString role = Roles::key(account.role);
    if (!account.active || (account.lockedUntil.isValid() && account.lockedUntil > now)) {
        // As long as a real check, and the same answer as for an unknown login.
        spendAsLongAsAVerify(password);
        audit(m_db,
            account.login,
            QStringLiteral("user.login_failed"),
            { { QStringLiteral("reason"), account.active ? QStringLiteral("locked") : QStringLiteral("inactive") } },
            role);
        qCInfo(lcSecurity) << "log-in refused: locked or inactive account";
        return wrongLogin();
    }
    // The slow part runs outside any transaction: nobody waits for it.
    // An archive of closed cases (7.6) is read-only: the password is checked, nothing is recorded
    // (whoever holds the file can read it anyway; the station's own log records the archiving).
    if (m_db.isArchive()) {
        if (!PasswordHash::matches((*stored)->passwordHash, password))
            return wrongLogin();
        return Actor::user(account.login, account.role, account.name);
    }
    if (!PasswordHash::matches((*stored)->passwordHash, password)) {
        const int failures = account.failedLogins + 1;
        const QDateTime until = lockedUntil(failures, now);
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        if (Status s = UserStore::recordFailure(m_db, account.id, failures, until); !s)
            return s.error();
        QJsonObject detail { { QStringLiteral("reason"), QStringLiteral("password") },
            { QStringLiteral("failed_logins"), failures } };
        if (until.isValid())
            detail.insert(QStringLiteral("locked_until"), Clock::toStorage(until));
        if (Status s = AuditLog::record(m_db,
                account.login,
                QStringLiteral("user.login_failed"),
                QStringLiteral("user"),
                account.login,
                detail,
                role);
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        qCInfo(lcSecurity) << "log-in refused for" << account.login << "after" << failures << "failures";
        return wrongLogin();
    }
    QString rehashed; // an account made under older limits gets today's on its next log-in
    if (PasswordHash::needsRehash((*stored)->passwordHash))
        if (auto fresh = PasswordHash::make(password))
            rehashed = *fresh;
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = UserStore::recordSuccess(m_db, account.id); !s)
        return s.error();
    if (!rehashed.isEmpty())
        if (Status s = UserStore::rehash(m_db, account.id, rehashed); !s)
            return s.error();
    if (Status s = AuditLog::record(
            m_db, account.login, QStringLiteral("user.login"), QStringLiteral("user"), account.login, {}, role);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcSecurity) << "logged in:" << account.login << role;
    return Actor::user(account.login, account.role, account.name);
}

Result<bool> Authentication::passwordExpired(const Actor& actor)
{
    if (m_db.isArchive()) // read-only: nothing could be changed there
        return false;
    auto days = SettingsStore::value(m_db, QString::fromLatin1(PasswordPolicy::kMaxAgeSetting), QStringLiteral("0"));
    if (!days)
        return days.error();
    auto stored = UserStore::byLogin(m_db, actor.login);
    if (!stored)
        return stored.error();
    if (!*stored)
        return false;
    return PasswordPolicy::expired((*stored)->account.passwordChangedAt, days->toInt(), Clock::nowUtc());
}

UiText Authentication::passwordExpiredMessage()
{
    return UiText::of("Users",
        QT_TRANSLATE_NOOP("Users",
            "Your password has run out: this station asks for a new one at regular intervals. Choose a new password "
            "to go on."));
}
