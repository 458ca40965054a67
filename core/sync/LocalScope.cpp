#include "sync/LocalScope.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace {
// The records whose state here is not the platform's yet, or will never be: a change still to send,
// a refusal nobody has dealt with, a record the platform refused to take.
QString unsettledOps()
{
    return QStringLiteral("SELECT record_id FROM outbox WHERE state = 'pending' OR (state = 'rejected' AND "
                          "(resolved_at IS NULL OR kind = 'create'))");
}
} // namespace

namespace LocalScope {
Status forEach(Database& db, const QString& bucket, const std::function<void(const ScopeDigest::Entry&)>& each)
{
    const QString unsettled = QStringLiteral(" NOT IN (") + unsettledOps() + QLatin1Char(')');
    // Ids are lowercase UUIDs; a bucket is a range over each table's unique index on them.
    const QString inBucket = bucket.isEmpty() ? QString() : QStringLiteral(" AND id >= ? AND id < ?");
    const QString sql = QStringLiteral("SELECT 'client', id, 1, '', '' FROM clients WHERE id") + unsettled + inBucket
        + QStringLiteral(" UNION ALL SELECT 'case', id, rev, status, coalesce(answer, '') FROM cases WHERE id")
        + unsettled + inBucket
        + QStringLiteral(" UNION ALL SELECT 'case_event', id, 1, '', '' FROM case_events WHERE id") + unsettled
        + inBucket + QStringLiteral(" UNION ALL SELECT 'visit', id, 1, '', '' FROM visits WHERE id") + unsettled
        + inBucket
        // The city's knowledge, version by version (SyncPayload::knowledgeRecordId); a version's id
        // begins with its entry's, so the bucket is a range over the entries' ids.
        + QStringLiteral(" UNION ALL SELECT 'kb_version', e.id || '-v' || v.version, 1, '', '' FROM kb_versions v "
                         "JOIN kb_entries e ON e.seq = v.entry_seq WHERE e.scope = 'city' AND e.id || '-v' || "
                         "v.version")
        + unsettled + QString(inBucket).replace(QLatin1String(" id "), QLatin1String(" e.id "));
    const ScopeDigest::IdRange range = ScopeDigest::rangeOf(bucket);
    QVariantList binds;
    if (!bucket.isEmpty())
        for (int table = 0; table < 5; ++table)
            binds << range.low << range.high;
    auto run = Sql::run(db.sql(), sql, binds);
    if (!run)
        return run.error();
    QSqlQuery q = std::move(run).value();
    ScopeDigest::Entry e;
    while (q.next()) {
        e.entity = q.value(0).toString();
        e.recordId = q.value(1).toString();
        e.rev = q.value(2).toLongLong();
        e.status = q.value(3).toString();
        e.answer = q.value(4).toString();
        each(e);
    }
    return success();
}

Result<QSet<QString>> unsettled(Database& db)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT DISTINCT entity || '/' || record_id FROM outbox WHERE record_id IN (%1)")
            .arg(unsettledOps()));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QSet<QString> out;
    while (query.next())
        out.insert(query.value(0).toString());
    return out;
}

Result<ScopeDigest::Buckets> digest(Database& db)
{
    ScopeDigest::Buckets buckets;
    if (Status s = forEach(db, {}, [&buckets](const ScopeDigest::Entry& e) { buckets.add(e); }); !s)
        return s.error();
    return buckets;
}
} // namespace LocalScope
