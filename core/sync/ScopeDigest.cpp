#include "sync/ScopeDigest.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>
#include <algorithm>

namespace ScopeDigest {
QString bucketOf(const QString& recordId)
{
    return recordId.left(2).toLower();
}

IdRange rangeOf(const QString& bucket)
{
    QString high = bucket;
    if (!high.isEmpty())
        high[high.size() - 1] = QChar(high.at(high.size() - 1).unicode() + 1);
    return { bucket, high };
}

quint64 hashOf(const Entry& e)
{
    QByteArray text = e.entity.toUtf8() + '\x1f' + e.recordId.toUtf8();
    if (e.entity == QLatin1String("case"))
        text += '\x1f' + QByteArray::number(e.rev) + '\x1f' + e.status.toUtf8() + '\x1f' + e.answer.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

void Buckets::add(const Entry& e)
{
    add(bucketOf(e.recordId), hashOf(e));
}

void Buckets::add(const QString& bucket, quint64 hash)
{
    Bucket& b = m_buckets[bucket];
    b.count++;
    b.hash ^= hash;
    m_count++;
}

QJsonArray Buckets::toJson() const
{
    QStringList names = m_buckets.keys();
    std::sort(names.begin(), names.end());
    QJsonArray out;
    for (const QString& name : names) {
        const Bucket& b = m_buckets.value(name);
        out.append(QJsonObject { { QStringLiteral("b"), name },
            { QStringLiteral("n"), b.count },
            { QStringLiteral("h"), QString::number(b.hash, 16).rightJustified(16, QLatin1Char('0')) } });
    }
    return out;
}

Buckets Buckets::fromJson(const QJsonArray& json)
{
    Buckets out;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        Bucket& b = out.m_buckets[o.value(QStringLiteral("b")).toString()];
        b.count = o.value(QStringLiteral("n")).toInteger();
        b.hash = o.value(QStringLiteral("h")).toString().toULongLong(nullptr, 16);
        out.m_count += b.count;
    }
    return out;
}

QStringList Buckets::differing(const Buckets& other) const
{
    QSet<QString> names(m_buckets.keyBegin(), m_buckets.keyEnd());
    names.unite(QSet<QString>(other.m_buckets.keyBegin(), other.m_buckets.keyEnd()));
    QStringList out;
    for (const QString& name : names) {
        const Bucket mine = m_buckets.value(name);
        const Bucket theirs = other.m_buckets.value(name);
        if (mine.count != theirs.count || mine.hash != theirs.hash)
            out << name;
    }
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace ScopeDigest
