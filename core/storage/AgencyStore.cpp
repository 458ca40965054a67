#include "storage/AgencyStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>

namespace {
QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The agencies matching `where`, each completed with its scope, qualifications and load.
Result<QList<Agency>> select(Database& db, const QString& where, const QVariantList& binds)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral(
            "SELECT a.seq, a.id, a.kind, a.name, coalesce(a.uscc, ''), coalesce(a.contact_name, ''), "
            "coalesce(a.phone, ''), coalesce(a.address, ''), coalesce(a.capability, ''), "
            "(SELECT count(*) FROM handoffs h WHERE h.agency_seq = a.seq AND h.state IN ('open', "
            "'accepted')), "
            "(SELECT count(*) FROM handoffs h WHERE h.agency_seq = a.seq AND h.state = 'done'), "
            "(SELECT count(*) FROM handoffs h WHERE h.agency_seq = a.seq AND h.state = 'declined'), "
            "(SELECT count(*) FROM handoffs h WHERE h.agency_seq = a.seq AND %2), "
            "(SELECT count(*) FROM clock_events e INDEXED BY clock_events_kind JOIN handoffs h ON h.id = e.ref "
            "WHERE e.kind = 'urged' AND h.agency_seq = a.seq) "
            "FROM agencies a WHERE %1 ORDER BY a.name, a.seq")
            .arg(where, AgencyStore::lateSignForSql(Clock::chinaToday())),
        binds);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<Agency> agencies;
    QHash<qint64, qsizetype> bySeq;
    while (query.next()) {
        Agency a;
        a.seq = query.value(0).toLongLong();
        a.id = query.value(1).toString();
        a.kind = AgencyKinds::fromKey(query.value(2).toString()).value_or(AgencyKind::Agency);
        a.name = query.value(3).toString();
        a.uscc = query.value(4).toString();
        a.contactName = query.value(5).toString();
        a.phone = query.value(6).toString();
        a.address = query.value(7).toString();
        a.capability = query.value(8).toString();
        a.openHandoffs = query.value(9).toInt();
        a.doneHandoffs = query.value(10).toInt();
        a.returnedHandoffs = query.value(11).toInt();
        a.lateSignFors = query.value(12).toInt();
        a.urgedHandoffs = query.value(13).toInt();
        bySeq.insert(a.seq, agencies.size());
        agencies << a;
    }
    query.finish();
    if (agencies.isEmpty())
        return agencies;
    auto items
        = Sql::run(db.sql(), QStringLiteral("SELECT agency_seq, item_code FROM agency_items ORDER BY item_code"));
    if (!items)
        return items.error();
    for (QSqlQuery i = std::move(items).value(); i.next();)
        if (auto it = bySeq.constFind(i.value(0).toLongLong()); it != bySeq.constEnd())
            agencies[*it].items << i.value(1).toString();
    auto quals = Sql::run(db.sql(),
        QStringLiteral("SELECT agency_seq, id, name, coalesce(number, ''), coalesce(issuer, ''), "
                       "coalesce(valid_from, ''), coalesce(valid_to, ''), items FROM qualifications ORDER BY seq"));
    if (!quals)
        return quals.error();
    for (QSqlQuery r = std::move(quals).value(); r.next();) {
        auto it = bySeq.constFind(r.value(0).toLongLong());
        if (it == bySeq.constEnd())
            continue;
        Qualification q;
        q.id = r.value(1).toString();
        q.name = r.value(2).toString();
        q.number = r.value(3).toString();
        q.issuer = r.value(4).toString();
        q.validFrom = QDate::fromString(r.value(5).toString(), Qt::ISODate);
        q.validTo = QDate::fromString(r.value(6).toString(), Qt::ISODate);
        q.items = r.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        agencies[*it].qualifications << q;
    }
    return agencies;
}

Result<std::optional<Agency>> one(Database& db, const QString& where, const QVariantList& binds)
{
    auto found = select(db, where, binds);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Agency>();
    return std::optional<Agency>(found->first());
}
} // namespace

Result<QHash<qint64, QString>> AgencyStore::names(Database& db)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT seq, name FROM agencies"));
    if (!q)
        return q.error();
    QHash<qint64, QString> names;
    for (QSqlQuery query = std::move(q).value(); query.next();)
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

QString AgencyStore::lateSignForSql(const QDate& today)
{
    // The agency's first answer is its 签收, or a 退回 without one. The day is China's.
    return QStringLiteral("h.sign_due IS NOT NULL AND coalesce(date(coalesce(h.accepted_at, CASE WHEN h.state = "
                          "'declined' THEN h.result_at END), '+8 hours') > h.sign_due, h.state = 'open' AND "
                          "h.sign_due < '%1')")
        .arg(today.toString(Qt::ISODate));
}

Result<Agency> AgencyStore::insert(Database& db, Agency a)
{
    if (a.id.isEmpty())
        a.id = Sql::newId();
    const QString now = Clock::toStorage(Clock::nowUtc());
    qint64 seq = 0;
    Status s = Sql::write(db,
        QStringLiteral("INSERT INTO agencies(id, kind, name, uscc, contact_name, phone, address, capability, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { a.id,
            AgencyKinds::key(a.kind),
            a.name,
            Sql::orNull(a.uscc),
            Sql::orNull(a.contactName),
            Sql::orNull(a.phone),
            Sql::orNull(a.address),
            Sql::orNull(a.capability),
            now,
            now },
        &seq);
    if (!s)
        return s.error();
    a.seq = seq;
    for (const QString& item : std::as_const(a.items))
        if (Status i = Sql::write(db,
                QStringLiteral("INSERT OR IGNORE INTO agency_items(agency_seq, item_code) VALUES (?, ?)"),
                { a.seq, item });
            !i)
            return i.error();
    for (Qualification& q : a.qualifications) {
        if (q.id.isEmpty())
            q.id = Sql::newId();
        if (Status i = Sql::write(db,
                QStringLiteral("INSERT INTO qualifications(id, agency_seq, name, number, issuer, valid_from, "
                               "valid_to, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                { q.id,
                    a.seq,
                    q.name,
                    Sql::orNull(q.number),
                    Sql::orNull(q.issuer),
                    Sql::orNull(dateText(q.validFrom)),
                    Sql::orNull(dateText(q.validTo)),
                    q.items.isEmpty() ? QStringLiteral("") : q.items.join(QLatin1Char(',')) });
            !i)
            return i.error();
    }
    return a;
}

Result<std::optional<Agency>> AgencyStore::byId(Database& db, const QString& id)
{
    return one(db, QStringLiteral("a.id = ?"), { id.trimmed() });
}

Result<std::optional<Agency>> AgencyStore::byUscc(Database& db, const QString& uscc)
{
    return one(db, QStringLiteral("a.uscc = ?"), { uscc });
}

Result<QList<Agency>> AgencyStore::list(Database& db, const QString& itemCode)
{
    if (itemCode.isEmpty())
        return select(db, QStringLiteral("1"), {});
    return select(
        db, QStringLiteral("a.seq IN (SELECT agency_seq FROM agency_items WHERE item_code = ?)"), { itemCode });
}
