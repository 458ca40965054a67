#include "reports/ClockTimeliness.h"

#include "domain/CaseEvents.h"
#include "domain/Catalog.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportDays.h"
#include "reports/ReportQuery.h"
#include "storage/AgencyStore.h"

#include <sqlite3.h>
#include <tuple>

namespace {
QString textAt(sqlite3_stmt* st, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)));
}
} // namespace

const QList<QByteArray> ClockTimeliness::kFigures = { "clock.closed.cat",
    "clock.closed.staff",
    "clock.ontime.cat",
    "clock.ontime.staff",
    "ag.handed",
    "ag.signlate",
    "ag.done",
    "ag.done.ontime",
    "ag.returned.cat",
    "ag.returned.staff",
    "ag.returned.agency" };

Result<ClockTimeliness> ClockTimeliness::compute(Database& db,
    const Catalog& catalog,
    const ReportPeriod& period,
    qint64 stationSeq,
    const ReportDays& days,
    const QHash<QString, QString>& names)
{
    const ReportQuery::Bounds b = ReportQuery::boundsOf(period);
    QHash<QString, ClockRow> categories, staff;
    QHash<QString, AgencyClockRow> agencies;
    auto run = [&](const QByteArray& sql, const std::function<void(sqlite3_stmt*)>& row) {
        return ReportQuery::eachRow(db, sql, b, stationSeq, "c.station_seq", row);
    };
    // Cases closed in the period against their own due dates, and handoffs returned, by category
    // and clerk, counted day by day.
    for (const auto& [closedFigure, onTimeFigure, returnedFigure, rows] :
        { std::tuple { "clock.closed.cat", "clock.ontime.cat", "ag.returned.cat", &categories },
            std::tuple { "clock.closed.staff", "clock.ontime.staff", "ag.returned.staff", &staff } }) {
        const QHash<QString, qint64> closed = days.byKey(closedFigure), onTime = days.byKey(onTimeFigure);
        for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
            ClockRow& r = (*rows)[it.key()];
            r.closed += it.value();
            r.onTime += onTime.value(it.key());
        }
        const QHash<QString, qint64> returned = days.byKey(returnedFigure);
        for (auto it = returned.cbegin(); it != returned.cend(); ++it)
            (*rows)[it.key()].returns += it.value();
    }
    // The agencies' handoffs, by the agency's number: named as they are now (two of one name are one row).
    auto agencyNames = AgencyStore::names(db);
    if (!agencyNames)
        return agencyNames.error();
    const auto agencyOf
        = [&](const QString& seq) -> AgencyClockRow& { return agencies[agencyNames->value(seq.toLongLong(), seq)]; };
    for (const auto& [figure, field] : { std::pair { "ag.handed", &AgencyClockRow::handedOff },
             std::pair { "ag.signlate", &AgencyClockRow::lateSignFors },
             std::pair { "ag.done", &AgencyClockRow::finished },
             std::pair { "ag.done.ontime", &AgencyClockRow::onTime },
             std::pair { "ag.returned.agency", &AgencyClockRow::returns } }) {
        const QHash<QString, qint64> counts = days.byKey(figure);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            agencyOf(it.key()).*field += it.value();
    }
    // Handed in the period and still not signed for as it ended (not yet answered, so not counted
    // above): the few handoffs still open.
    if (Status s = run(QByteArrayLiteral("SELECT h.agency_seq FROM handoffs h INDEXED BY handoffs_awaiting_sign JOIN "
                                         "cases c ON c.seq = h.case_seq WHERE h.state = 'open' AND h.accepted_at IS "
                                         "NULL AND h.sign_due < '")
                + period.to.addDays(1).toString(Qt::ISODate).toUtf8()
                + QByteArrayLiteral("' AND h.handed_at >= ?1 AND h.handed_at < ?2"),
            [&](sqlite3_stmt* st) { ++agencyOf(QString::number(sqlite3_column_int64(st, 0))).lateSignFors; });
        !s)
        return s.error();
    // Extensions approved and urgings made in the period; an urging of a handoff is its agency's too.
    if (Status s
        = run(QByteArrayLiteral("SELECT c.category_code, c.received_by, e.kind, h.agency_seq FROM clock_events e "
                                "INDEXED BY clock_events_kind JOIN cases c ON c.seq = e.case_seq "
                                "LEFT JOIN handoffs h ON h.id = e.ref AND e.kind = 'urged' "
                                "WHERE e.kind IN ('extension_approved', 'urged') AND e.at >= ?1 AND e.at < ?2"),
            [&](sqlite3_stmt* st) {
                const bool urged = qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)), "urged") == 0;
                for (ClockRow* r : { &categories[textAt(st, 0)], &staff[textAt(st, 1)] })
                    ++(urged ? r->urgings : r->extensions);
                if (sqlite3_column_type(st, 3) != SQLITE_NULL)
                    ++agencyOf(QString::number(sqlite3_column_int64(st, 3))).urgings;
            });
        !s)
        return s.error();

    ClockTimeliness t;
    for (const CatalogCategory& c : catalog.categories()) {
        ClockRow r = categories.value(c.code);
        r.key = c.code;
        r.label = c.nameZh;
        t.byCategory << r;
    }
    for (auto it = staff.begin(); it != staff.end(); ++it) {
        it->key = it.key();
        it->label = CaseEvents::staff(names, it.key());
        t.byStaff << *it;
    }
    std::sort(t.byStaff.begin(), t.byStaff.end(), [](const ClockRow& x, const ClockRow& y) {
        return x.closed != y.closed ? x.closed > y.closed : x.key < y.key;
    });
    for (auto it = agencies.begin(); it != agencies.end(); ++it) {
        it->name = it.key();
        t.byAgency << *it;
    }
    std::sort(t.byAgency.begin(), t.byAgency.end(), [](const AgencyClockRow& x, const AgencyClockRow& y) {
        return x.name < y.name;
    });
    return t;
}
