#include "storage/ClockEventStore.h"

#include "common/Clock.h"
#include "domain/WorkCalendar.h"
#include "storage/Database.h"
#include "storage/Sql.h"

Result<bool> ClockEventStore::has(Database& db, const QString& id)
{
    auto row = Sql::one(db, QStringLiteral("SELECT 1 FROM clock_events WHERE id = ?"), { id });
    if (!row)
        return row.error();
    return row->has_value();
}

Status ClockEventStore::insert(Database& db, ClockEvent e, qint64 caseSeq)
{
    if (e.id.isEmpty())
        e.id = Sql::newId();
    return Sql::write(db,
        QStringLiteral("INSERT INTO clock_events(id, case_seq, kind, at, actor, reason, days, note, ref) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.id,
            caseSeq,
            e.kind,
            Clock::toStorage(e.at),
            e.actor,
            Sql::orNull(e.reason),
            e.days > 0 ? QVariant(e.days) : QVariant(QMetaType(QMetaType::Int)),
            Sql::orNull(e.note),
            Sql::orNull(e.ref) });
}

Result<QList<ClockEvent>> ClockEventStore::forCase(Database& db, qint64 caseSeq)
{
    auto rows = Sql::all(db,
        QStringLiteral("SELECT id, kind, at, actor, coalesce(reason, ''), coalesce(days, 0), coalesce(note, ''), "
                       "coalesce(ref, '') FROM clock_events WHERE case_seq = ? ORDER BY at, id"),
        { caseSeq });
    if (!rows)
        return rows.error();
    QList<ClockEvent> events;
    for (const QVariantList& r : *rows)
        events << ClockEvent { r.at(0).toString(),
            r.at(1).toString(),
            Clock::fromStorage(r.at(2).toString()),
            r.at(3).toString(),
            r.at(4).toString(),
            r.at(5).toInt(),
            r.at(6).toString(),
            r.at(7).toString() };
    return events;
}

Result<CaseClock> ClockEventStore::clockOf(Database& db, qint64 caseSeq, const WorkCalendar& calendar)
{
    auto row = Sql::one(db,
        QStringLiteral("SELECT received_at, coalesce(response_days, 0), coalesce(close_days, 0) FROM cases "
                       "WHERE seq = ?"),
        { caseSeq });
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::internal(QStringLiteral("no case %1 for its clock").arg(caseSeq));
    auto events = forCase(db, caseSeq);
    if (!events)
        return events.error();
    const QVariantList& c = **row;
    return CaseClock::fold(
        Clock::chinaDate(Clock::fromStorage(c.at(0).toString())), c.at(1).toInt(), c.at(2).toInt(), *events, calendar);
}

CaseClock ClockEventStore::clockOfNew(const CaseRecord& c, const WorkCalendar& calendar)
{
    const bool limited = c.closeDays > 0;
    return CaseClock::fold(
        Clock::chinaDate(c.receivedAt), limited ? c.responseDays : 0, limited ? c.closeDays : 0, {}, calendar);
}

Result<CaseClock> ClockEventStore::refresh(Database& db, qint64 caseSeq, const WorkCalendar& calendar)
{
    auto clock = clockOf(db, caseSeq, calendar);
    if (!clock)
        return clock.error();
    auto date = [](const QDate& d) {
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    };
    const QVariant dueResponse = date(clock->dueResponse), dueClose = date(clock->dueClose),
                   pausedSince
        = clock->isPaused() ? QVariant(Clock::toStorage(clock->pausedSince)) : QVariant(QMetaType(QMetaType::QString));
    // Written only where it changes: an unchanged row runs none of the case's triggers.
    if (Status s = Sql::write(db,
            QStringLiteral("UPDATE cases SET due_response = ?, due_close = ?, paused_since = ? WHERE seq = ? AND "
                           "(due_response IS NOT ? OR due_close IS NOT ? OR paused_since IS NOT ?)"),
            { dueResponse, dueClose, pausedSince, caseSeq, dueResponse, dueClose, pausedSince });
        !s)
        return s.error();
    return clock;
}
