#include "DigestService.h"

#include "sync/ScopeDigest.h"
#include "sync/SyncPayload.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

Result<QJsonObject> DigestService::digest(PlatformStore& store, const PlatformStation& station, qint64 cursor)
{
    // Whether the station is behind is read first: what commits after it is in the digest as well,
    // and a station that finds it there takes it as it would from its next pull.
    auto behind = store.hasChangesAfter(station, cursor);
    if (!behind)
        return behind.error();
    ScopeDigest::Buckets buckets;
    Status read = store.recordsVisibleTo(station, {}, false, [&buckets](const PlatformScopeRow& r) {
        buckets.add({ r.entity, r.recordId, r.rev, r.status, r.answer });
    });
    if (!read)
        return read.error();
    return QJsonObject { { QStringLiteral("behind"), *behind },
        { QStringLiteral("count"), buckets.count() },
        { QStringLiteral("buckets"), buckets.toJson() } };
}

Result<QByteArray> DigestService::bucket(PlatformStore& store, const PlatformStation& station, const QString& bucket)
{
    static const QRegularExpression name(QStringLiteral("^[0-9a-z-]{2}$"));
    if (!name.match(bucket).hasMatch())
        return Error::badInput(QStringLiteral("bucket"),
            UiText::verbatim(QStringLiteral("a bucket is the first two characters of record ids (lowercase)")));
    QList<PlatformScopeRow> rows;
    Status read = store.recordsVisibleTo(station, bucket, true, [&rows](const PlatformScopeRow& r) { rows << r; });
    if (!read)
        return read.error();
    std::stable_sort(rows.begin(), rows.end(), [&](const PlatformScopeRow& a, const PlatformScopeRow& b) {
        return SyncPayload::applyOrder(a.entity) < SyncPayload::applyOrder(b.entity);
    });
    // As pull writes it: the payloads are stored as JSON already.
    QByteArray out = "{\"changes\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PlatformScopeRow& c = rows.at(i);
        if (i > 0)
            out += ',';
        out += "{\"seq\":0,\"entity\":\"" + c.entity.toUtf8() + "\",\"record_id\":\"" + c.recordId.toUtf8()
            + "\",\"owner\":\"" + c.owner.toUtf8() + "\",\"rev\":" + QByteArray::number(c.rev)
            + ",\"payload\":" + c.payload + '}';
    }
    out += "]}";
    return out;
}
