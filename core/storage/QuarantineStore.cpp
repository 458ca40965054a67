#include "storage/QuarantineStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace {
const QString kColumns = QStringLiteral(
    "seq, change_seq, entity, record_id, change, reason, reason_local, field, first_seen, last_tried, attempts, "
    "state = 'held'");

HeldRecord fromRow(const QSqlQuery& q)
{
    HeldRecord h;
    h.seq = q.value(0).toLongLong();
    h.changeSeq = q.value(1).toLongLong();
    h.entity = q.value(2).toString();
    h.recordId = q.value(3).toString();
    h.change = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    h.reason = { q.value(6).toString(), q.value(5).toString() };
    h.field = q.value(7).toString();
    h.firstSeen = Clock::fromStorage(q.value(8).toString());
    h.lastTried = Clock::fromStorage(q.value(9).toString());
    h.attempts = q.value(10).toInt();
    h.held = q.value(11).toBool();
    return h;
}
} // namespace

Status QuarantineStore::hold(Database& db, const QJsonObject& change, const Error& why)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    return Sql::write(db,
        QStringLiteral(
            "INSERT INTO sync_quarantine(change_seq, entity, record_id, change, reason, reason_local, field, "
            "first_seen, last_tried) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(change_seq, entity, record_id) DO UPDATE SET attempts = attempts + 1, "
            "last_tried = excluded.last_tried, reason = excluded.reason, "
            "reason_local = excluded.reason_local, field = excluded.field, state = 'held', "
            "settled_at = NULL, settled_by = NULL"),
        { change.value(QStringLiteral("seq")).toInteger(),
            change.value(QStringLiteral("entity")).toString(),
            change.value(QStringLiteral("record_id")).toString(),
            QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)),
            why.message.english,
            why.message.local,
            Sql::orNull(why.field),
            now,
            now });
}

Result<QList<HeldRecord>> QuarantineStore::held(Database& db)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT %1 FROM sync_quarantine WHERE state = 'held' ORDER BY change_seq, seq").arg(kColumns));
    if (!q)
        return q.error();
    QList<HeldRecord> out;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        out << fromRow(rows);
    return out;
}

Result<std::optional<HeldRecord>> QuarantineStore::find(Database& db, qint64 seq)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT %1 FROM sync_quarantine WHERE seq = ?").arg(kColumns), { seq });
    if (!q)
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<HeldRecord>();
    return std::optional<HeldRecord>(fromRow(row));
}

Result<qint64> QuarantineStore::heldCount(Database& db)
{
    auto n = Sql::one(db, QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE state = 'held'"));
    if (!n)
        return n.error();
    return (**n).at(0).toLongLong();
}

Result<QSet<QString>> QuarantineStore::setAside(Database& db)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT DISTINCT entity || '/' || record_id FROM sync_quarantine WHERE state IN ('held', "
                       "'dismissed')"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QSet<QString> out;
    while (query.next())
        out.insert(query.value(0).toString());
    return out;
}

Status QuarantineStore::supersede(Database& db, const QString& entity, const QString& recordId)
{
    return Sql::write(db,
        QStringLiteral(
            "UPDATE sync_quarantine SET state = 'applied', settled_at = ?, settled_by = 'sync' WHERE state = "
            "'held' AND entity = ? AND record_id = ?"),
        { Clock::toStorage(Clock::nowUtc()), entity, recordId });
}

Status QuarantineStore::settle(Database& db, qint64 seq, bool applied, const Actor& actor)
{
    return Sql::write(db,
        QStringLiteral("UPDATE sync_quarantine SET state = ?, settled_at = ?, settled_by = ? WHERE seq = ?"),
        { applied ? QStringLiteral("applied") : QStringLiteral("dismissed"),
            Clock::toStorage(Clock::nowUtc()),
            actor.login,
            seq });
}
