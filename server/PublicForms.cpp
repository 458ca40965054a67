#include "PublicForms.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {
constexpr const char kCookie[] = "qs_form";

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), n / 4);
    return bytes;
}

// The value of cookie `name` in a Cookie header.
QByteArray cookieValue(const std::string& header, const char* name)
{
    const QByteArray all = QByteArray::fromStdString(header);
    for (const QByteArray& part : all.split(';')) {
        const QByteArray p = part.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq > 0 && p.left(eq) == name)
            return p.mid(eq + 1);
    }
    return {};
}
} // namespace

FormTokens::FormTokens(QByteArray key)
    : m_key(std::move(key))
{ }

QString FormTokens::fieldFor(const QByteArray& nonce) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(nonce, m_key, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

FormTokens::Issued FormTokens::issue() const
{
    const QByteArray nonce = randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return { std::string(kCookie) + '=' + nonce.toStdString() + "; Path=/; HttpOnly; Secure; SameSite=Strict",
        fieldFor(nonce) };
}

bool FormTokens::accepts(const std::string& cookieHeader, const QString& field) const
{
    const QByteArray nonce = cookieValue(cookieHeader, kCookie);
    if (nonce.size() < 16 || field.isEmpty())
        return false;
    const QByteArray expected = fieldFor(nonce).toLatin1();
    const QByteArray given = field.toLatin1();
    if (expected.size() != given.size())
        return false;
    char diff = 0; // every byte compared: the time taken tells nothing
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= char(expected[i] ^ given[i]);
    return diff == 0;
}

AttemptLimiter::AttemptLimiter(int max, std::chrono::seconds window)
    : m_max(max)
    , m_window(window)
{ }

void AttemptLimiter::prune(Clock::time_point now)
{
    for (auto it = m_attempts.begin(); it != m_attempts.end();) {
        while (!it->empty() && now - it->front() > m_window)
            it->pop_front();
        it = it->empty() ? m_attempts.erase(it) : std::next(it);
    }
}

bool AttemptLimiter::allowed(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    auto it = m_attempts.find(key);
    if (it == m_attempts.end())
        return true;
    while (!it->empty() && now - it->front() > m_window)
        it->pop_front();
    return int(it->size()) < m_max;
}

void AttemptLimiter::record(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    if (m_attempts.size() > 10000)
        prune(now);
    m_attempts[key].push_back(now);
}

QHash<QString, QString> formFields(const std::string& body)
{
    QHash<QString, QString> fields;
    for (QByteArray pair : QByteArray::fromStdString(body).split('&')) {
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        if (name.isEmpty())
            continue;
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1))));
    }
    return fields;
}
