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
    // Each entity's records: what the digest takes of them, the record id as synchronised, and the
    // column a bucket is a range over (the table's unique index on its lowercase UUIDs).
    struct Part
    {
        const char* select;
        const char* recordId;
        const char* bucketColumn;
    };
    static const Part parts[] = {
        { "'client', id, 1, '', '' FROM clients", "id", "id" },
        { "'case', id, rev, status, coalesce(answer, '') FROM cases", "id", "id" },
        { "'case_event', id, 1, '', '' FROM case_events", "id", "id" },
        { "'visit', id, 1, '', '' FROM visits", "id", "id" },
        // The city's knowledge, version by version (SyncPayload::knowledgeRecordId); a version's id
        // begins with its entry's, so the bucket is a range over the entries' ids.
        { "'kb_version', e.id || '-v' || v.version, 1, '', '' FROM kb_versions v JOIN kb_entries e ON e.seq = "
          "v.entry_seq AND e.scope = 'city'",
            "e.id || '-v' || v.version",
            "e.id" },
    };
    const ScopeDigest::IdRange range = ScopeDigest::rangeOf(bucket);
    QStringList selects;
    QVariantList binds;
    for (const Part& part : parts) {
        QString select = QStringLiteral("SELECT %1 WHERE %2 NOT IN (%3)")
                             .arg(QLatin1String(part.select), QLatin1String(part.recordId), unsettledOps());
        if (!bucket.isEmpty()) {
            select += QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(QLatin1String(part.bucketColumn));
            binds << range.low << range.high;
        }
        selects << select;
    }
    const QString sql = selects.join(QStringLiteral(" UNION ALL "));
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
