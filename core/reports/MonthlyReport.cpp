#include "reports/MonthlyReport.h"

#include "common/Clock.h"
#include "domain/CaseEvents.h"
#include "domain/Catalog.h"
#include "domain/Channel.h"
#include "reports/ReportDays.h"
#include "reports/ReportQuery.h"
#include "reports/StationFilter.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/UserStore.h"
#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <sqlite3.h>

namespace {
using ReportQuery::Bounds;
using ReportQuery::boundsOf;
using ReportQuery::eachRow;

// Cases received in a period counted by category, channel, station and who registered them.
struct Received
{
    qint64 total = 0;
    QHash<QString, qint64> category, channel, station, staff;
};

const QList<QByteArray> kReceived = { "recv.cat", "recv.chan", "recv.station", "recv.staff" };

Received receivedOf(const ReportDays& days)
{
    return { days.total("recv.station"),
        days.byKey("recv.cat"),
        days.byKey("recv.chan"),
        days.byKey("recv.station"),
        days.byKey("recv.staff") };
}

// Closings of a case counted once (7.2.2): a case closed twice in the period was reopened in it
// between, so only the cases reopened in it can have closed more than once; they are few.
Result<qint64> repeatClosings(Database& db, const Bounds& b, qint64 stationSeq)
{
    qint64 repeats = 0;
    const Status s = eachRow(db,
        QByteArrayLiteral(
            "SELECT (SELECT count(*) FROM case_events e WHERE e.case_seq = r.case_seq AND e.kind IN "
            "('answered', 'closed') AND e.at >= ?1 AND e.at < ?2) FROM (SELECT DISTINCT case_seq FROM "
            "case_events INDEXED BY case_events_kind_at WHERE kind = 'reopened' AND at >= ?1 AND at < ?2) "
            "r JOIN cases c ON c.seq = r.case_seq WHERE 1"),
        b,
        stationSeq,
        "c.station_seq",
        [&](sqlite3_stmt* st) { repeats += std::max<qint64>(0, sqlite3_column_int64(st, 0) - 1); });
    if (!s)
        return s.error();
    return repeats;
}

QList<CountRow> compared(
    const QList<QPair<QString, QString>>& keysAndLabels, const QHash<QString, qint64> (&counts)[3], bool onlyPresent)
{
    QList<CountRow> rows;
    for (const auto& [key, label] : keysAndLabels) {
        CountRow r { key, label, counts[0].value(key), counts[1].value(key), counts[2].value(key), {} };
        if (!onlyPresent || r.count || r.previous || r.lastYear)
            rows << r;
    }
    return rows;
}
} // namespace

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return { first, first.addMonths(1).addDays(-1) };
}

ReportPeriod ReportPeriod::previousMonth() const
{
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1)) { // a whole month: the whole month before
        const QDate first = from.addMonths(-1);
        return { first, first.addMonths(1).addDays(-1) };
    }
    return { from.addMonths(-1), to.addMonths(-1) }; // any other span: the same days a month earlier
}

ReportPeriod ReportPeriod::sameMonthLastYear() const
{
    return { from.addYears(-1), to.addYears(-1) };
}

QString ReportPeriod::label() const
{
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return QCoreApplication::translate("Report", "%1-%2")
            .arg(from.year())
            .arg(from.month(), 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Report", "%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

Result<MonthlyFigures> MonthlyReport::compute(
    Database& db, const Catalog& catalog, const ReportPeriod& period, const QString& station, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ViewStatistics); !s)
        return s.error();
    if (Status s = Fields::period(period.from, period.to); !s)
        return s.error();
    MonthlyFigures f;
    f.period = period;
    auto filter = StationFilter::find(db, station);
    if (!filter)
        return filter.error();
    const qint64 stationSeq = filter->seq;
    f.station = filter->code;
    f.stationName = filter->name;
    const Bounds b = boundsOf(period);

    // Received, by category, channel and station, beside the month before and last year's; the
    // period's other counts in the same read.
    const ReportPeriod periods[3] = { period, period.previousMonth(), period.sameMonthLastYear() };
    auto days = ReportDays::read(db,
        period,
        stationSeq,
        kReceived
            + QList<QByteArray> { "answered",
                "escalated",
                "reopened",
                "close.h",
                "first.h",
                "notices",
                "handed",
                "asked",
                "handoff.finished",
                "handoff.ontime" }
            + SatisfactionSurvey::kTotalFigures + ClockTimeliness::kFigures);
    if (!days)
        return days.error();
    Received received[3] = { receivedOf(*days) };
    for (int i = 1; i < 3; ++i) {
        auto earlier = ReportDays::read(db, periods[i], stationSeq, kReceived);
        if (!earlier)
            return earlier.error();
        received[i] = receivedOf(*earlier);
    }
    f.received = received[0].total;
    f.receivedPrevious = received[1].total;
    f.receivedLastYear = received[2].total;
    QList<QPair<QString, QString>> categories;
    for (const CatalogCategory& c : catalog.categories())
        categories.append({ c.code, c.nameZh });
    const QHash<QString, qint64> byCategory[3] = { received[0].category, received[1].category, received[2].category };
    f.byCategory = compared(categories, byCategory, false);
    for (CountRow& r : f.byCategory)
        if (const CatalogCategory* c = catalog.category(r.key))
            r.shortLabel = c->shortZh; // the Chinese of the label beside it
    QList<QPair<QString, QString>> channels;
    for (Channel c : Channels::all())
        channels.append({ Channels::key(c), Channels::label(c).local });
    const QHash<QString, qint64> byChannel[3] = { received[0].channel, received[1].channel, received[2].channel };
    f.byChannel = compared(channels, byChannel, false);
    QList<QPair<QString, QString>> stations;
    auto stationRows
        = Sql::run(db.sql(), QStringLiteral("SELECT seq, name FROM stations ORDER BY is_local DESC, code"));
    if (!stationRows)
        return stationRows.error();
    QSqlQuery sq = std::move(stationRows).value();
    while (sq.next())
        stations.append({ sq.value(0).toString(), sq.value(1).toString() });
    sq.finish();
    const QHash<QString, qint64> byStation[3] = { received[0].station, received[1].station, received[2].station };
    f.byStation = compared(stations, byStation, true);

    // How they were handled (7.2.2-7.2.4, 4.3): what happened in the period, whenever received.
    f.answeredAtOnce = days->total("answered");
    f.escalated = days->total("escalated");
    f.noticesIssued = days->total("notices");
    f.handedOff = days->total("handed");
    f.instructionsAsked = days->total("asked");
    f.closed = days->total("close.h"); // one duration counted for every closing
    if (days->total("reopened") > 0) {
        auto repeats = repeatClosings(db, b, stationSeq);
        if (!repeats)
            return repeats.error();
        f.closed -= *repeats;
    }
    auto open = ReportDays::openAtEndOf(db, period.to.toString(Qt::ISODate), stationSeq);
    if (!open)
        return open.error();
    f.openAtEnd = *open;

    // Timeliness: hours from receipt to closing (cases closed in the period) and to the first thing
    // done about it (cases received in the period; those with nothing done yet are left out), which
    // the case keeps (migration 18): exact as printed, from the counts per printed duration.
    f.closeMedianHours = days->percentileHours("close.h", 50);
    f.closeP90Hours = days->percentileHours("close.h", 90);
    f.firstResponseMedianHours = days->percentileHours("first.h", 50);
    f.firstResponseP90Hours = days->percentileHours("first.h", 90);

    // Handoffs (7.2.4): finished in the period and on time; still open past their due date at its end.
    const QString endDate = period.to.toString(Qt::ISODate);
    f.handoffsFinished = days->total("handoff.finished");
    f.handoffsOnTime = days->total("handoff.ontime");
    // Open at the end: not finished yet (few), or finished after it (a range of result_at).
    const QString overdueArm = QStringLiteral(
        "SELECT c.number, a.name, h.due_date FROM handoffs h JOIN cases c ON c.seq = h.case_seq JOIN agencies a ON "
        "a.seq = h.agency_seq WHERE %1 AND h.handed_at < ? AND h.state <> 'declined' AND h.due_date < ? AND (? = 0 OR "
        "c.station_seq = ?)");
    auto overdue = Sql::run(db.sql(),
        overdueArm.arg(QStringLiteral("h.result_at IS NULL")) + QStringLiteral(" UNION ALL ")
            + overdueArm.arg(QStringLiteral("h.result_at >= ?")) + QStringLiteral(" ORDER BY 3, 1"),
        { b.hi, endDate, stationSeq, stationSeq, b.hi, b.hi, endDate, stationSeq, stationSeq });
    if (!overdue)
        return overdue.error();
    QSqlQuery oq = std::move(overdue).value();
    while (oq.next()) {
        const QDate due = QDate::fromString(oq.value(2).toString(), Qt::ISODate);
        f.overdueAtEnd << OverdueHandoff {
            oq.value(0).toString(), oq.value(1).toString(), due, int(due.daysTo(period.to))
        };
    }
    oq.finish();

    // The cases' own clocks (issue 20), per category, clerk and agency.
    auto names = UserStore::names(db);
    if (!names)
        return names.error();
    auto clocks = ClockTimeliness::compute(db, catalog, period, stationSeq, *days, *names);
    if (!clocks)
        return clocks.error();
    f.clockByCategory = clocks->byCategory;
    f.clockByStaff = clocks->byStaff;
    f.clockByAgency = clocks->byAgency;

    // Staff workload: cases registered and visits recorded, per person.
    auto visits
        = ReportQuery::Query(db, stationSeq)
              .run(QStringLiteral("SELECT v.recorded_by, count(*) FROM visits v JOIN cases c ON c.seq = v.case_seq "
                                  "WHERE v.visited_at >= ? AND v.visited_at < ?%S GROUP BY v.recorded_by"),
                  { b.lo, b.hi },
                  QStringLiteral("c.station_seq"));
    if (!visits)
        return visits.error();
    QHash<QString, StaffRow> staff;
    for (auto it = received[0].staff.cbegin(); it != received[0].staff.cend(); ++it)
        staff[it.key()] = { it.key(), it.value(), 0, 0 };
    QSqlQuery vq = std::move(visits).value();
    while (vq.next()) {
        StaffRow& r = staff[vq.value(0).toString()];
        r.login = vq.value(0).toString();
        r.visits = vq.value(1).toLongLong();
    }
    vq.finish();
    // Return visits per person, from the survey's counts (a corrected visit counts once, as in the
    // survey).
    f.satisfaction.from = period.from;
    f.satisfaction.to = period.to;
    f.satisfaction.station = f.station;
    f.satisfaction.stationName = f.stationName;
    SatisfactionSurvey::addTotals(*days, f.satisfaction);
    for (auto it = f.satisfaction.visitsBy.cbegin(); it != f.satisfaction.visitsBy.cend(); ++it) {
        StaffRow& r = staff[it.key()];
        r.login = it.key();
        r.returnVisits = it.value();
    }
    f.staff = staff.values();
    for (StaffRow& r : f.staff)
        r.name = CaseEvents::staff(*names, r.login);
    std::sort(f.staff.begin(), f.staff.end(), [](const StaffRow& a, const StaffRow& b) {
        const qint64 x = a.registered + a.visits + a.returnVisits, y = b.registered + b.visits + b.returnVisits;
        return x != y ? x > y : a.login < b.login;
    });

    auto complaints
        = ComplaintStatistics::compute(db, period.from, period.to, f.station, Clock::chinaDate(Clock::nowUtc()), actor);
    if (!complaints)
        return complaints.error();
    f.complaints = std::move(complaints).value();
    return f;
}

Result<QList<QPair<ReportPeriod, qint64>>> MonthlyReport::trend(
    Database& db, const ReportPeriod& last, int months, const QString& station, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ViewStatistics); !s)
        return s.error();
    auto filter = StationFilter::find(db, station);
    if (!filter)
        return filter.error();
    QList<QPair<ReportPeriod, qint64>> out;
    for (int i = months - 1; i >= 0; --i) {
        const QDate first = QDate(last.from.year(), last.from.month(), 1).addMonths(-i);
        const ReportPeriod p = ReportPeriod::month(first.year(), first.month());
        auto days = ReportDays::read(db, p, filter->seq, { "recv.station" });
        if (!days)
            return days.error();
        out.append({ p, days->total("recv.station") });
    }
    return out;
}
