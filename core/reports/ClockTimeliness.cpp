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

Result<ClockTimeliness> ClockTimeliness::compute(Database& db,
    const Catalog& catalog,
    const ReportPeriod& period,
    qint64 stationSeq,
    const QHash<QString, QString>& names)
{
    const ReportQuery::Bounds b = ReportQuery::boundsOf(period);
    QHash<QString, ClockRow> categories, staff;
    QHash<QString, AgencyClockRow> agencies;
    auto run = [&](const QByteArray& sql, const std::function<void(sqlite3_stmt*)>& row) {
        return ReportQuery::eachRow(db, sql, b, stationSeq, "c.station_seq", row);
    };
    // Cases closed in the period against their own due dates, counted day by day (migration 28).
    auto days = ReportDays::read(
        db, period, stationSeq, { "clock.closed.cat", "clock.closed.staff", "clock.ontime.cat", "clock.ontime.staff" });
    if (!days)
        return days.error();
    for (const auto& [closedFigure, onTimeFigure, rows] :
        { std::tuple { "clock.closed.cat", "clock.ontime.cat", &categories },
            std::tuple { "clock.closed.staff", "clock.ontime.staff", &staff } }) {
        const QHash<QString, qint64> closed = days->byKey(closedFigure), onTime = days->byKey(onTimeFigure);
        for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
            ClockRow& r = (*rows)[it.key()];
            r.closed += it.value();
            r.onTime += onTime.value(it.key());
        }
    }
    // Extensions approved and urgings made in the period; an urging of a handoff is its agency's too.
    if (Status s
        = run(QByteArrayLiteral("SELECT c.category_code, c.received_by, e.kind, a.name FROM clock_events e "
                                "INDEXED BY clock_events_kind JOIN cases c ON c.seq = e.case_seq "
                                "LEFT JOIN handoffs h ON h.id = e.ref AND e.kind = 'urged' "
                                "LEFT JOIN agencies a ON a.seq = h.agency_seq "
                                "WHERE e.kind IN ('extension_approved', 'urged') AND e.at >= ?1 AND e.at < ?2"),
            [&](sqlite3_stmt* st) {
                const bool urged = qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)), "urged") == 0;
                for (ClockRow* r : { &categories[textAt(st, 0)], &staff[textAt(st, 1)] })
                    ++(urged ? r->urgings : r->extensions);
                if (sqlite3_column_type(st, 3) != SQLITE_NULL)
                    ++agencies[textAt(st, 3)].urgings;
            });
        !s)
        return s.error();
    // Handoffs the agency returned (退回) in the period.
    if (Status s = run(QByteArrayLiteral("SELECT c.category_code, c.received_by, a.name FROM handoffs h JOIN cases c "
                                         "ON c.seq = h.case_seq JOIN agencies a ON a.seq = h.agency_seq "
                                         "WHERE h.state = 'declined' AND h.result_at >= ?1 AND h.result_at < ?2"),
            [&](sqlite3_stmt* st) {
                ++categories[textAt(st, 0)].returns;
                ++staff[textAt(st, 1)].returns;
                ++agencies[textAt(st, 2)].returns;
            });
        !s)
        return s.error();
    // Handed to each agency in the period, and of those signed for late as the period ended.
    const QByteArray late = AgencyStore::lateSignForSql(period.to.addDays(1)).toUtf8();
    if (Status s = run(QByteArrayLiteral("SELECT a.name, ") + late
                + QByteArrayLiteral(" FROM handoffs h JOIN cases c ON c.seq = h.case_seq JOIN agencies a ON a.seq = "
                                    "h.agency_seq WHERE h.handed_at >= ?1 AND h.handed_at < ?2"),
            [&](sqlite3_stmt* st) {
                AgencyClockRow& r = agencies[textAt(st, 0)];
                ++r.handedOff;
                r.lateSignFors += sqlite3_column_int(st, 1);
            });
        !s)
        return s.error();
    // Finished in the period, on time against the handoff's own due date (China date: +8 h).
    if (Status s = run(QByteArrayLiteral("SELECT a.name, date(h.result_at, '+8 hours') <= h.due_date FROM handoffs h "
                                         "JOIN cases c ON c.seq = h.case_seq JOIN agencies a ON a.seq = h.agency_seq "
                                         "WHERE h.state = 'done' AND h.result_at >= ?1 AND h.result_at < ?2"),
            [&](sqlite3_stmt* st) {
                AgencyClockRow& r = agencies[textAt(st, 0)];
                ++r.finished;
                r.onTime += sqlite3_column_int(st, 1);
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
