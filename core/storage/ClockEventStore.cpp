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
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT id, kind, at, actor, coalesce(reason, ''), coalesce(days, 0), coalesce(note, ''), "
                       "coalesce(ref, '') FROM clock_events WHERE case_seq = ? ORDER BY at, id"),
        { caseSeq });
    if (!q)
        return q.error();
    QList<ClockEvent> events;
    for (QSqlQuery r = std::move(q).value(); r.next();)
        events << ClockEvent { r.value(0).toString(),
            r.value(1).toString(),
            Clock::fromStorage(r.value(2).toString()),
            r.value(3).toString(),
            r.value(4).toString(),
            r.value(5).toInt(),
            r.value(6).toString(),
            r.value(7).toString() };
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

Result<CaseClock> ClockEventStore::refresh(Database& db, qint64 caseSeq, const WorkCalendar& calendar)
{
    auto clock = clockOf(db, caseSeq, calendar);
    if (!clock)
        return clock.error();
    auto date = [](const QDate& d) {
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    };
    if (Status s = Sql::write(db,
            QStringLiteral("UPDATE cases SET due_response = ?, due_close = ?, paused_since = ? WHERE seq = ?"),
            { date(clock->dueResponse),
                date(clock->dueClose),
                clock->isPaused() ? QVariant(Clock::toStorage(clock->pausedSince))
                                  : QVariant(QMetaType(QMetaType::QString)),
                caseSeq });
        !s)
        return s.error();
    return clock;
}
