#include "sync/LocalScope.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace LocalScope {
Status forEach(Database& db, const QString& bucket, const std::function<void(const ScopeDigest::Entry&)>& each)
{
    const QString unsettled
        = QStringLiteral(" NOT IN (SELECT record_id FROM outbox WHERE state IN ('pending', 'rejected'))");
    const QString inBucket = bucket.isEmpty() ? QString() : QStringLiteral(" AND substr(id, 1, 2) = ?");
    const QString sql = QStringLiteral("SELECT 'client', id, 1, '', '' FROM clients WHERE id") + unsettled + inBucket
        + QStringLiteral(" UNION ALL SELECT 'case', id, rev, status, coalesce(answer, '') FROM cases WHERE id")
        + unsettled + inBucket
        + QStringLiteral(" UNION ALL SELECT 'case_event', id, 1, '', '' FROM case_events WHERE id") + unsettled
        + inBucket + QStringLiteral(" UNION ALL SELECT 'visit', id, 1, '', '' FROM visits WHERE id") + unsettled
        + inBucket;
    auto run
        = Sql::run(db.sql(), sql, bucket.isEmpty() ? QVariantList() : QVariantList { bucket, bucket, bucket, bucket });
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

Result<ScopeDigest::Buckets> digest(Database& db)
{
    ScopeDigest::Buckets buckets;
    if (Status s = forEach(db, {}, [&buckets](const ScopeDigest::Entry& e) { buckets.add(e); }); !s)
        return s.error();
    return buckets;
}
} // namespace LocalScope
