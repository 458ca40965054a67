#include "security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace {
Error refused(const char* why)
{
    return Error::badInput(QStringLiteral("password"), UiText::of("Users", why));
}

// Passwords that meet the length and the kinds and still are among the first an attacker tries:
// from published leak lists, with the patterns common in Chinese offices (keyboard walks, 1314,
// the station's own kind of name). Compared without regard to case.
const QSet<QString>& commonest()
{
    static const QSet<QString> list = [] {
        QSet<QString> s;
        for (const char* p : { "password1",
                 "password123",
                 "password@123",
                 "p@ssw0rd",
                 "p@ssword",
                 "p@ssw0rd1",
                 "p@ssw0rd123",
                 "passw0rd",
                 "passw0rd!",
                 "password!",
                 "password1!",
                 "admin123",
                 "admin@123",
                 "admin123!",
                 "admin@1234",
                 "admin@12345",
                 "admin#123",
                 "admin_123",
                 "administrator1",
                 "abc123456",
                 "abc@123",
                 "abc@1234",
                 "abc@123456",
                 "abcd@1234",
                 "abc123!@#",
                 "aa123456",
                 "aa123456.",
                 "aa123456!",
                 "aa@123456",
                 "a1234567",
                 "a123456789",
                 "a12345678",
                 "qq123456",
                 "qwe123456",
                 "qwer1234",
                 "qwer1234!",
                 "qwe@1234",
                 "qwe123!@#",
                 "qwerty123",
                 "qwerty1!",
                 "1qaz2wsx",
                 "1qaz@wsx",
                 "1qaz!qaz",
                 "1qaz@wsx3edc",
                 "!qaz2wsx",
                 "zaq1@wsx",
                 "zxcv1234",
                 "asdf1234",
                 "woaini1314",
                 "woaini520",
                 "iloveyou1",
                 "welcome1",
                 "welcome@123",
                 "test@123",
                 "test1234",
                 "root@123",
                 "huawei@123",
                 "changeme1",
                 "changeme!",
                 "letmein1",
                 "china@123",
                 "china123",
                 "123456aa",
                 "123456abc",
                 "123qwe!@#",
                 "1q2w3e4r",
                 "1q2w3e4r5t",
                 "a1b2c3d4",
                 "12345678a",
                 "123456789a",
                 "88888888a",
                 "sa123456",
                 "user@123",
                 "guest@123",
                 "qsdesk123",
                 "qsdesk@123",
                 "qsdesk-2026",
                 "liuzhou123",
                 "liuzhou@123" })
            s.insert(QString::fromLatin1(p));
        return s;
    }();
    return list;
}
} // namespace

int PasswordPolicy::kinds(const QString& password)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true; // signs, and letters without case such as Chinese characters
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

Status PasswordPolicy::check(const QString& password, const QString& login)
{
    if (password.size() < kMinLength)
        return refused(QT_TRANSLATE_NOOP("Users",
            "Password: at least 8 characters, of at least three kinds: lower-case letters, capitals, digits, "
            "other signs."));
    if (kinds(password) < kMinKinds)
        return refused(QT_TRANSLATE_NOOP("Users",
            "Password: use at least three kinds of character: lower-case letters, capitals, digits, other signs "
            "(for example Liunan-2026)."));
    if (password.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        return refused(QT_TRANSLATE_NOOP("Users", "Password: it must not be the login name."));
    if (commonest().contains(password.toLower()))
        return refused(QT_TRANSLATE_NOOP(
            "Users", "Password: it is one of the commonest passwords, which are tried first. Choose another."));
    return success();
}

bool PasswordPolicy::expired(const QDateTime& changedAt, int maxAgeDays, const QDateTime& now)
{
    if (maxAgeDays <= 0 || !changedAt.isValid())
        return false;
    return changedAt.addDays(maxAgeDays) <= now;
}
