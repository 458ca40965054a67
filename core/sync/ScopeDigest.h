#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

// What a station and the platform compare to know that they hold the same records (DESIGN.md §6,
// convergence; issue 17): the records in the station's scope, each reduced to what must agree (its
// entity and id, and for a case its revision, status and answer, the only things that change after
// creation), in 256 buckets by the first two characters of the record's id. A bucket's digest is the
// XOR of its records' hashes, so it does not depend on the order they are read in, and a bucket
// that differs names the few records to compare one by one. Both sides compute it with this code.
namespace ScopeDigest {
// The entities both sides compare (LocalScope, the platform's store); a clock's facts are not
// compared yet.
inline const QStringList kEntities { QStringLiteral("client"),
    QStringLiteral("case"),
    QStringLiteral("case_event"),
    QStringLiteral("visit"),
    QStringLiteral("kb_version") };

struct Entry
{
    QString entity;
    QString recordId;
    qint64 rev = 1; // of a case; other records never change after creation
    QString status; // of a case
    QString answer; // of a case ('' when there is none)
};

QString bucketOf(const QString& recordId);
// The ids of a bucket are those from `low` (inclusive) to `high` (exclusive): a range an index on the
// id can serve.
struct IdRange
{
    QString low;
    QString high;
};
IdRange rangeOf(const QString& bucket);
// The 64-bit hash of what must agree about the record.
quint64 hashOf(const Entry& e);

class Buckets
{
public:
    void add(const Entry& e);
    void add(const QString& bucket, quint64 hash);
    qint64 count() const { return m_count; }
    // [{"b": "3f", "n": 12, "h": "9a0c…"}…], non-empty buckets only, in bucket order.
    QJsonArray toJson() const;
    static Buckets fromJson(const QJsonArray& json);
    // The buckets whose records differ between the two, in order.
    QStringList differing(const Buckets& other) const;

private:
    struct Bucket
    {
        qint64 count = 0;
        quint64 hash = 0;
    };
    QHash<QString, Bucket> m_buckets;
    qint64 m_count = 0;
};
} // namespace ScopeDigest
