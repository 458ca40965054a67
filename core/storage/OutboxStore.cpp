#include "storage/OutboxStore.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

Status OutboxStore::append(Database& db, OutboxOp op)
{
    // The kinds of record sync carries (migration 9 moved this check here from the table).
    static const QStringList entities { QStringLiteral("client"),
        QStringLiteral("case"),
        QStringLiteral("case_event"),
        QStringLiteral("visit"),
        QStringLiteral("clock_event"),
        QStringLiteral("kb_version"),
        QStringLiteral("online_request") }; // what a clerk made of one (issue 23)
    if (!entities.contains(op.entity))
        return Error::internal(QStringLiteral("no sync for records of kind %1").arg(op.entity));
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
Result<QList<OutboxOp>> select(
    Database& db, const QString& where, const QString& tail, const QVariantList& binds, QByteArray* wire = nullptr)
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
        op.actor = query.value(7).toString();
        op.deviceTime = Clock::fromStorage(query.value(8).toString());
        op.state = OutboxStates::fromKey(query.value(9).toString()).value_or(OutboxState::Pending);
        op.attempts = query.value(10).toInt();
        if (!query.value(11).isNull())
            op.result = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
        if (wire)
            *wire += (ops.isEmpty() ? "" : ",") + op.toWire(query.value(6).toString().toUtf8());
        else
            op.payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        ops << op;
    }
    return ops;
}
} // namespace

Result<QList<OutboxOp>> OutboxStore::pending(Database& db, int limit)
{
    return select(db, QStringLiteral("state = 'pending'"), QStringLiteral("LIMIT ?"), { limit });
}

Result<OutboxStore::PushBatch> OutboxStore::nextPush(Database& db, int limit, qint64 afterSeq)
{
    PushBatch batch;
    batch.body = "{\"ops\":[";
    auto ops = select(db,
        QStringLiteral("state = 'pending' AND seq > ?"),
        QStringLiteral("LIMIT ?"),
        { afterSeq, limit },
        &batch.body);
    if (!ops)
        return ops.error();
    batch.body += "]}";
    batch.ops = std::move(ops).value();
    return batch;
}

Result<QList<OutboxOp>> OutboxStore::needingAttention(Database& db)
{
    return select(db, QStringLiteral("state IN ('rejected', 'conflict') AND resolved_at IS NULL"), {}, {});
}

Result<qint64> OutboxStore::attentionCount(Database& db)
{
    auto row = Sql::one(db,
        QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('rejected', 'conflict') AND resolved_at IS NULL"));
    if (!row)
        return row.error();
    return row->has_value() ? (**row).at(0).toLongLong() : 0;
}

Status OutboxStore::resolve(Database& db, qint64 seq, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ResolveSyncProblem); !s)
        return s;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = markResolved(db, seq, actor); !s)
        return s;
    return tx.commit();
}

Status OutboxStore::markResolved(Database& db, qint64 seq, const Actor& actor)
{
    auto op = Sql::one(db,
        QStringLiteral("SELECT op_id, entity, record_id FROM outbox WHERE seq = ? AND state IN ('rejected', "
                       "'conflict') AND resolved_at IS NULL"),
        { seq });
    if (!op)
        return op.error();
    if (!op->has_value())
        return Error::notFound(UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "That item was already dealt with.")));
    const QString now = Clock::toStorage(Clock::nowUtc());
    if (Status s = Sql::write(db,
            QStringLiteral("UPDATE outbox SET resolved_at = ?, resolved_by = ?, updated_at = ? WHERE seq = ?"),
            { now, actor.login, now, seq });
        !s)
        return s.error();
    return AuditLog::record(db,
        actor,
        QStringLiteral("sync.resolve"),
        (**op).at(1).toString(),
        (**op).at(2).toString(),
        { { QStringLiteral("op_id"), (**op).at(0).toString() } });
}

Result<bool> OutboxStore::hasPending(Database& db, const QString& recordId)
{
    auto row = Sql::one(
        db, QStringLiteral("SELECT 1 FROM outbox WHERE record_id = ? AND state = 'pending' LIMIT 1"), { recordId });
    if (!row)
        return row.error();
    return row->has_value();
}

Result<qint64> OutboxStore::count(Database& db, OutboxState state)
{
    auto q = Sql::run(
        db.sql(), QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"), { OutboxStates::key(state) });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}
