#include "storage/OutboxStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

Status OutboxStore::append(Database& db, OutboxOp op)
{
    if (op.opId.isEmpty())
        op.opId = Sql::newId();
    if (!op.deviceTime.isValid())
        op.deviceTime = Clock::nowUtc();
    const QString now = Clock::toStorage(Clock::nowUtc());
    Status q = Sql::write(db,
        QStringLiteral("INSERT INTO outbox(op_id, entity, record_id, kind, base_rev, payload, actor, "
                       "device_time, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { op.opId,
            op.entity,
            op.recordId,
            op.kind,
            op.baseRev,
            QString::fromUtf8(QJsonDocument(op.payload).toJson(QJsonDocument::Compact)),
            op.actor,
            Clock::toStorage(op.deviceTime),
            now });
    if (!q)
        return q.error();
    return success();
}

namespace {
Result<QList<OutboxOp>> select(Database& db, const QString& where, const QString& tail, const QVariantList& binds)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT seq, op_id, entity, record_id, kind, base_rev, payload, actor, device_time, "
                       "state, attempts, result FROM outbox WHERE %1 ORDER BY seq %2")
            .arg(where, tail),
        binds);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<OutboxOp> ops;
    while (query.next()) {
        OutboxOp op;
        op.seq = query.value(0).toLongLong();
        op.opId = query.value(1).toString();
        op.entity = query.value(2).toString();
        op.recordId = query.value(3).toString();
        op.kind = query.value(4).toString();
        op.baseRev = query.value(5).toLongLong();
        op.payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        op.actor = query.value(7).toString();
        op.deviceTime = Clock::fromStorage(query.value(8).toString());
        op.state = query.value(9).toString();
        op.attempts = query.value(10).toInt();
        op.result = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
        ops << op;
    }
    return ops;
}
} // namespace

Result<QList<OutboxOp>> OutboxStore::pending(Database& db, int limit)
{
    return select(db, QStringLiteral("state = 'pending'"), QStringLiteral("LIMIT ?"), { limit });
}

Result<QList<OutboxOp>> OutboxStore::needingAttention(Database& db)
{
    return select(db, QStringLiteral("state IN ('rejected', 'conflict')"), {}, {});
}

Result<qint64> OutboxStore::count(Database& db, const QString& state)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"), { state });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}
