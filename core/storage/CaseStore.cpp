#include "storage/CaseStore.h"

#include "common/Clock.h"
#include "search/CaseQuery.h"
#include "search/SearchTokens.h"
#include "storage/Database.h"
#include "storage/Sql.h"

Result<int> CaseStore::takeSequence(Database& db, qint64 stationSeq, const QDate& day)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("INSERT INTO case_counters(station_seq, day, last) VALUES (?, ?, 1) "
                       "ON CONFLICT(station_seq, day) DO UPDATE SET last = last + 1 RETURNING last"),
        { stationSeq, day.toString(Qt::ISODate) });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::internal(QStringLiteral("the case counter returned nothing"));
    return query.value(0).toInt();
}

QStringList CaseStore::searchTexts(const CaseRecord& c)
{
    // The city and station part of the number is in every case and found through the number index
    // (CaseQuery), so only its date and sequence are words here.
    // A phone is also found by its last four digits, as clerks read it out (尾号).
    return { c.number.section(QLatin1Char('-'), 2),
        c.summary,
        c.clientName,
        c.visitorName,
        c.visitorPhone,
        c.visitorPhone.right(4) };
}

Result<QList<QPair<qint64, QString>>> CaseStore::searchWordsOf(Database& db, const QString& where)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT c.seq, c.number, c.summary, cl.name, coalesce(c.visitor_name, ''), "
                       "coalesce(c.visitor_phone, '') FROM main.cases c JOIN main.clients cl ON cl.seq = c.client_seq "
                       "WHERE %1 ORDER BY c.seq")
            .arg(where));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<QPair<qint64, QString>> list;
    while (query.next()) {
        CaseRecord c;
        c.number = query.value(1).toString();
        c.summary = query.value(2).toString();
        c.clientName = query.value(3).toString();
        c.visitorName = query.value(4).toString();
        c.visitorPhone = query.value(5).toString();
        list.append({ query.value(0).toLongLong(), SearchTokens::forDocument(searchTexts(c)) });
    }
    return list;
}

Result<CaseRecord> CaseStore::insert(Database& db, CaseRecord c, qint64 stationSeq, const QString& actor)
{
    if (c.id.isEmpty())
        c.id = Sql::newId();
    const QString now = Clock::toStorage(Clock::nowUtc());
    const bool closed = c.status == CaseStatus::Closed;
    qint64 seq = 0;
    Status q = Sql::write(db,
        QStringLiteral("INSERT INTO cases(id, number, station_seq, client_seq, channel, category_code, "
                       "item_code, summary, status, received_at, received_by, answer, closed_at, "
                       "created_at, updated_at, visitor_name, visitor_phone, response_days, close_days) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { c.id,
            c.number,
            stationSeq,
            c.clientSeq,
            Channels::key(c.channel),
            c.categoryCode,
            c.itemCode,
            c.summary,
            CaseStatuses::key(c.status),
            Clock::toStorage(c.receivedAt),
            actor,
            Sql::orNull(c.answer),
            closed ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)),
            now,
            now,
            Sql::orNull(c.visitorName),
            Sql::orNull(c.visitorPhone),
            c.closeDays > 0 ? QVariant(c.responseDays) : QVariant(QMetaType(QMetaType::Int)),
            c.closeDays > 0 ? QVariant(c.closeDays) : QVariant(QMetaType(QMetaType::Int)) },
        &seq);
    if (!q)
        return q.error();
    c.seq = seq;
    c.receivedBy = actor;
    const auto tokens = SearchTokens::forDocument(searchTexts(c));
    Status idx = db.searchRows().add(db, "case_search", c.seq, tokens);
    if (!idx)
        return idx.error();
    return c;
}

Result<CaseEvent> CaseStore::appendEvent(Database& db, qint64 caseSeq, CaseEvent e)
{
    if (e.id.isEmpty())
        e.id = Sql::newId();
    if (!e.at.isValid())
        e.at = Clock::nowUtc();
    Status q = Sql::write(db,
        QStringLiteral("INSERT INTO case_events(id, case_seq, kind, actor, at, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { e.id, caseSeq, e.kind, e.actor, Clock::toStorage(e.at), Sql::orNull(e.detail) });
    if (!q)
        return q.error();
    return e;
}

Result<CaseRecord> CaseStore::byNumber(Database& db, const QString& number, bool withEvents)
{
    CaseFilter filter;
    filter.exactNumber = number.trimmed().toUpper();
    auto found = CaseQuery::page(db, filter, 0, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            UiText::of("Storage", QT_TRANSLATE_NOOP("Storage", "No case numbered %1.")).arg(number.trimmed()));
    CaseRecord c = found->first();
    if (!withEvents)
        return c;
    // The timeline starts with the registration, which is the case row itself.
    c.events.append({ c.id, QStringLiteral("registered"), c.receivedBy, c.receivedAt, {} });
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT id, kind, actor, at, detail FROM case_events WHERE case_seq = ? "
                       "ORDER BY seq"),
        { c.seq });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    while (query.next())
        c.events.append({ query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            Clock::fromStorage(query.value(3).toString()),
            query.value(4).toString() });
    return c;
}

Result<std::optional<qint64>> CaseStore::seqOfId(Database& db, const QString& id)
{
    auto row = Sql::one(db, QStringLiteral("SELECT seq FROM cases WHERE id = ?"), { id });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<qint64>();
    return std::optional<qint64>((**row).at(0).toLongLong());
}

bool CaseStore::hasEvent(Database& db, const QString& eventId)
{
    auto row = Sql::one(db, QStringLiteral("SELECT 1 FROM case_events WHERE id = ?"), { eventId });
    return row.ok() && row->has_value();
}

Result<std::optional<CaseStore::State>> CaseStore::stateOfId(Database& db, const QString& id)
{
    auto row = Sql::one(db, QStringLiteral("SELECT seq, status, rev FROM cases WHERE id = ?"), { id });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<State>();
    const QVariantList& r = **row;
    return std::optional<State>(State { r.at(0).toLongLong(),
        CaseStatuses::fromKey(r.at(1).toString()).value_or(CaseStatus::Registered),
        r.at(2).toLongLong() });
}

Status CaseStore::setReceivedAt(Database& db, qint64 seq, const QDateTime& receivedAt)
{
    if (!receivedAt.isValid())
        return success();
    return Sql::write(db,
        QStringLiteral("UPDATE cases SET received_at = ?, updated_at = ? WHERE seq = ?"),
        { Clock::toStorage(receivedAt), Clock::toStorage(Clock::nowUtc()), seq });
}

Status CaseStore::takePlatformState(Database& db, qint64 seq, CaseStatus status, const QString& answer, qint64 rev)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    return Sql::write(db,
        QStringLiteral("UPDATE cases SET status = ?, answer = ?, closed_at = CASE WHEN ? THEN coalesce(closed_at, ?) "
                       "END, rev = ?, updated_at = ? WHERE seq = ?"),
        { CaseStatuses::key(status), Sql::orNull(answer), status == CaseStatus::Closed, now, rev, now, seq });
}

Status CaseStore::setStatus(Database& db, qint64 seq, CaseStatus status, const QString& answer, qint64 rev)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    Status q = Sql::write(db,
        QStringLiteral("UPDATE cases SET status = ?, answer = coalesce(?, answer), "
                       "closed_at = CASE WHEN ? THEN coalesce(closed_at, ?) END, rev = max(rev, ?), "
                       "updated_at = ? WHERE seq = ?"),
        { CaseStatuses::key(status), Sql::orNull(answer), status == CaseStatus::Closed, now, rev, now, seq });
    if (!q)
        return q.error();
    return success();
}
