#include "storage/OnlineRequestStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

Result<bool> OnlineRequestStore::take(Database& db, const QJsonObject& p)
{
    auto text = [&p](const char* key) { return p.value(QLatin1String(key)).toString(); };
    auto here = Sql::one(db, QStringLiteral("SELECT 1 FROM online_requests WHERE id = ?"), { text("id") });
    if (!here)
        return here.error();
    if (here->has_value()) {
        // A later revision from the platform says what its station made of it (the city's copy).
        const QString state = text("state");
        if (state == QLatin1String("accepted") || state == QLatin1String("returned"))
            if (Status s = Sql::write(db,
                    QStringLiteral("UPDATE online_requests SET state = ?, return_reason = ? WHERE id = ? AND "
                                   "state = 'pending'"),
                    { state, Sql::orNull(text("return_reason")), text("id") });
                !s)
                return s.error();
        return false;
    }
    Status s = Sql::write(db,
        QStringLiteral("INSERT INTO online_requests(id, number, enterprise, uscc, contact, phone, email, item_code, "
                       "summary, division, sms, received_at, station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { text("id"),
            text("number"),
            text("enterprise"),
            text("uscc"),
            text("contact"),
            text("phone"),
            text("email"),
            text("item"),
            text("summary"),
            text("division"),
            p.value(QLatin1String("sms")).toBool() ? 1 : 0,
            text("received_at"),
            text("station") });
    if (!s)
        return s.error();
    return true;
}

namespace {
const char* const kColumns = "seq, id, number, enterprise, uscc, contact, phone, email, item_code, summary, division, "
                             "sms, received_at, state, coalesce(return_reason, ''), station";

OnlineRequest rowOf(const QSqlQuery& q)
{
    OnlineRequest r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.number = q.value(2).toString();
    r.enterprise = q.value(3).toString();
    r.uscc = q.value(4).toString();
    r.contact = q.value(5).toString();
    r.phone = q.value(6).toString();
    r.email = q.value(7).toString();
    r.itemCode = q.value(8).toString();
    r.summary = q.value(9).toString();
    r.division = q.value(10).toString();
    r.sms = q.value(11).toInt() == 1;
    r.receivedAt = Clock::fromStorage(q.value(12).toString());
    r.state = q.value(13).toString();
    r.returnReason = q.value(14).toString();
    r.station = q.value(15).toString();
    return r;
}
} // namespace

Result<QList<OnlineRequest>> OnlineRequestStore::pending(Database& db, int limit)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT %1 FROM online_requests WHERE state = 'pending' ORDER BY received_at, seq LIMIT ?")
            .arg(QLatin1String(kColumns)),
        { limit });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<OnlineRequest> list;
    while (query.next())
        list << rowOf(query);
    return list;
}

Result<std::optional<OnlineRequest>> OnlineRequestStore::byNumber(Database& db, const QString& number)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT %1 FROM online_requests WHERE number = ?").arg(QLatin1String(kColumns)),
        { number.trimmed().toUpper() });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::optional<OnlineRequest>();
    return std::optional<OnlineRequest>(rowOf(query));
}

Status OnlineRequestStore::markAccepted(
    Database& db, qint64 seq, qint64 caseSeq, const QString& by, const QDateTime& at)
{
    return Sql::write(db,
        QStringLiteral("UPDATE online_requests SET state = 'accepted', case_seq = ?, handled_by = ?, handled_at = ? "
                       "WHERE seq = ?"),
        { caseSeq, by, Clock::toStorage(at), seq });
}

Status OnlineRequestStore::markReturned(
    Database& db, qint64 seq, const QString& reason, const QString& by, const QDateTime& at)
{
    return Sql::write(db,
        QStringLiteral("UPDATE online_requests SET state = 'returned', return_reason = ?, handled_by = ?, "
                       "handled_at = ? WHERE seq = ?"),
        { reason, by, Clock::toStorage(at), seq });
}
