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
    if (here->has_value())
        return false;
    Status s = Sql::write(db,
        QStringLiteral("INSERT INTO online_requests(id, number, enterprise, uscc, contact, phone, email, item_code, "
                       "summary, division, sms, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
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
            text("received_at") });
    if (!s)
        return s.error();
    return true;
}

Result<QList<OnlineRequest>> OnlineRequestStore::pending(Database& db, int limit)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT seq, id, number, enterprise, uscc, contact, phone, email, item_code, summary, division, "
                       "sms, received_at, state FROM online_requests WHERE state = 'pending' ORDER BY received_at, seq "
                       "LIMIT ?"),
        { limit });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<OnlineRequest> list;
    while (query.next()) {
        OnlineRequest r;
        r.seq = query.value(0).toLongLong();
        r.id = query.value(1).toString();
        r.number = query.value(2).toString();
        r.enterprise = query.value(3).toString();
        r.uscc = query.value(4).toString();
        r.contact = query.value(5).toString();
        r.phone = query.value(6).toString();
        r.email = query.value(7).toString();
        r.itemCode = query.value(8).toString();
        r.summary = query.value(9).toString();
        r.division = query.value(10).toString();
        r.sms = query.value(11).toInt() == 1;
        r.receivedAt = Clock::fromStorage(query.value(12).toString());
        r.state = query.value(13).toString();
        list << r;
    }
    return list;
}
