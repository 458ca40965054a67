#include "security/PasswordHash.h"

#include <QCoreApplication>
#include <sodium.h>

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

// The password's UTF-8 bytes, wiped when it goes out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text)
        : m_bytes(text.toUtf8())
    { }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return (unsigned long long)m_bytes.size(); }

private:
    QByteArray m_bytes;
};
} // namespace

Result<QString> PasswordHash::make(const QString& password)
{
    if (!ready())
        return Error::internal(QStringLiteral("libsodium could not be initialised"));
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::internal(QStringLiteral("out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool PasswordHash::matches(const QString& stored, const QString& password)
{
    if (!ready())
        return false;
    const QByteArray hash = stored.toLatin1();
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(hash.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHash::needsRehash(const QString& stored)
{
    return !ready() || crypto_pwhash_str_needs_rehash(stored.toLatin1().constData(), kOpsLimit, kMemLimit) != 0;
}
