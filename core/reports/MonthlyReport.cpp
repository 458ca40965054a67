#include "reports/MonthlyReport.h"

#include "common/Clock.h"
#include "domain/CaseEvents.h"
#include "domain/Catalog.h"
#include "domain/Channel.h"
#include "reports/ReportQuery.h"
#include "reports/StationFilter.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/UserStore.h"
#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cmath>
#include <cstring>
#include <functional>
#include <sqlite3.h>

namespace {
using ReportQuery::Bounds;
using ReportQuery::boundsOf;
using ReportQuery::eachRow;
using ReportQuery::Query;

// Cases received in a period counted by category, channel, station and who registered them: one
// range scan of the covering index cases_report (migration 15).
struct Received
{
    qint64 total = 0;
    QHash<QString, qint64> category, channel, station, staff;
};

// Counts of a column with few distinct values (twelve categories, six channels, a handful of
// clerks), matched on SQLite's own bytes: no allocation per row, a short linear search.
class SmallCounter
{
public:
    void add(const unsigned char* text, int size)
    {
        const auto* bytes = reinterpret_cast<const char*>(text);
        for (auto& [key, count] : m_counts)
            if (key.size() == size && memcmp(key.constData(), bytes, size_t(size)) == 0) {
                ++count;
                return;
            }
        m_counts.append({ QByteArray(bytes, size), 1 });
    }
    QHash<QString, qint64> byKey() const
    {
        QHash<QString, qint64> out;
        for (const auto& [key, count] : m_counts)
            out.insert(QString::fromUtf8(key), count);
        return out;
    }

private:
    QList<QPair<QByteArray, qint64>> m_counts;
};

// Streams the index rows through SQLite's own API and counts them here: grouping by four columns in
// SQL sorts 16,000 rows a month in a temporary B-tree (14 ms on a million cases), reading them is 4 ms.
Result<Received> receivedIn(Database& db, qint64 stationSeq, const ReportPeriod& p)
{
    Received r;
    SmallCounter category, channel, staff;
    QHash<qint64, qint64> station;
    const Status read = eachRow(db,
        QByteArrayLiteral("SELECT category_code, channel, station_seq, received_by FROM cases INDEXED BY cases_report "
                          "WHERE received_at >= ?1 AND received_at < ?2"),
        boundsOf(p),
        stationSeq,
        "station_seq",
        [&](sqlite3_stmt* st) {
            ++r.total;
            category.add(sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0));
            channel.add(sqlite3_column_text(st, 1), sqlite3_column_bytes(st, 1));
            ++station[sqlite3_column_int64(st, 2)];
            staff.add(sqlite3_column_text(st, 3), sqlite3_column_bytes(st, 3));
        });
    if (!read)
        return read.error();
    r.category = category.byKey();
    r.channel = channel.byKey();
    r.staff = staff.byKey();
    for (auto it = station.cbegin(); it != station.cend(); ++it)
        r.station.insert(QString::number(it.key()), it.value());
    return r;
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

double MonthlyReport::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const int rank = std::max(1, int(std::ceil(p / 100.0 * values.size())));
    return values.at(std::min<qsizetype>(rank, values.size()) - 1);
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
    Query q(db, stationSeq);
    const Bounds b = boundsOf(period);

    // Received, by category, channel and station, beside the month before and last year's.
    Received received[3];
    const ReportPeriod periods[3] = { period, period.previousMonth(), period.sameMonthLastYear() };
    for (int i = 0; i < 3; ++i) {
        auto r = receivedIn(db, stationSeq, periods[i]);
        if (!r)
            return r.error();
        received[i] = *r;
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
    // One pass over the period's timeline events: answers, escalations, closings and how long each
    // closed case had taken.
    QList<double> closeHours;
    QSet<qint64> closedCases;
    const Status eventsRead = eachRow(db,
        QByteArrayLiteral("SELECT e.kind, e.case_seq, (julianday(e.at) - julianday(c.received_at)) * 24 "
                          "FROM case_events e INDEXED BY case_events_kind_at JOIN cases c INDEXED BY "
                          "cases_seq_received ON c.seq = e.case_seq "
                          "WHERE e.kind IN ('answered', 'closed', 'escalated') AND e.at >= ?1 AND e.at < ?2"),
        b,
        stationSeq,
        "c.station_seq",
        [&](sqlite3_stmt* st) {
            const char* kind = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            if (qstrcmp(kind, "escalated") == 0) {
                ++f.escalated;
                return;
            }
            if (qstrcmp(kind, "answered") == 0)
                ++f.answeredAtOnce;
            closedCases.insert(sqlite3_column_int64(st, 1));
            closeHours << sqlite3_column_double(st, 2);
        });
    if (!eventsRead)
        return eventsRead.error();
    f.closed = closedCases.size();
    auto notices = q.count(QStringLiteral("SELECT count(*) FROM notices n JOIN cases c ON c.seq = n.case_seq "
                                          "WHERE n.issued_at >= ? AND n.issued_at < ?%S"),
        { b.lo, b.hi },
        QStringLiteral("c.station_seq"));
    auto handed = q.count(QStringLiteral("SELECT count(*) FROM handoffs h JOIN cases c ON c.seq = h.case_seq "
                                         "WHERE h.handed_at >= ? AND h.handed_at < ?%S"),
        { b.lo, b.hi },
        QStringLiteral("c.station_seq"));
    auto asked
        = q.count(QStringLiteral("SELECT count(*) FROM instruction_requests i JOIN cases c ON c.seq = i.case_seq "
                                 "WHERE i.asked_at >= ? AND i.asked_at < ?%S"),
            { b.lo, b.hi },
            QStringLiteral("c.station_seq"));
    // Open at the end: received before it and not closed then (still open now, or closed after it).
    auto stillOpen = q.count(QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_open_received "
                                            "WHERE closed_at IS NULL AND received_at < ?%S"),
        { b.hi });
    auto closedLater = q.count(QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_closed_at "
                                              "WHERE closed_at >= ? AND received_at < ?%S"),
        { b.hi, b.hi });
    // A case closed before the end and reopened after it is open now, or closed again later: the
    // two counts above call it open at the end, but it was closed then. Such cases are few; their
    // timeline before the end says how they stood.
    auto closedThenReopened
        = q.count(QStringLiteral("SELECT count(*) FROM cases c WHERE c.received_at < ? AND c.seq IN "
                                 "(SELECT case_seq FROM case_events INDEXED BY case_events_kind_at "
                                 "WHERE kind = 'reopened' AND at >= ?) AND (SELECT e.kind FROM "
                                 "case_events e WHERE e.case_seq = c.seq AND e.kind IN ('answered', "
                                 "'closed', 'reopened') AND e.at < ? ORDER BY e.at DESC, e.seq DESC "
                                 "LIMIT 1) IN ('answered', 'closed')%S"),
            { b.hi, b.hi, b.hi },
            QStringLiteral("c.station_seq"));
    for (const Result<qint64>* r : { &notices, &handed, &asked, &stillOpen, &closedLater, &closedThenReopened })
        if (!*r)
            return r->error();
    f.noticesIssued = *notices;
    f.handedOff = *handed;
    f.instructionsAsked = *asked;
    f.openAtEnd = *stillOpen + *closedLater - *closedThenReopened;

    // Timeliness: hours from receipt to closing (cases closed in the period) and to the first thing
    // done about it (cases received in the period; those with nothing done yet are left out), which
    // the case keeps (migration 18).
    f.closeMedianHours = percentile(closeHours, 50);
    f.closeP90Hours = percentile(closeHours, 90);
    QList<double> firstHours;
    const Status firstRead = eachRow(db,
        QByteArrayLiteral("SELECT (julianday(first_response_at) - julianday(received_at)) * 24 FROM cases INDEXED BY "
                          "cases_first_response WHERE received_at >= ?1 AND received_at < ?2 "
                          "AND first_response_at IS NOT NULL"),
        b,
        stationSeq,
        "station_seq",
        [&](sqlite3_stmt* st) { firstHours << sqlite3_column_double(st, 0); });
    if (!firstRead)
        return firstRead.error();
    f.firstResponseMedianHours = percentile(firstHours, 50);
    f.firstResponseP90Hours = percentile(firstHours, 90);

    // Handoffs (7.2.4): finished in the period and on time; still open past their due date at its end.
    const QString endDate = period.to.toString(Qt::ISODate);
    auto finished = q.count(QStringLiteral("SELECT count(*) FROM handoffs h JOIN cases c ON c.seq = h.case_seq "
                                           "WHERE h.result_at >= ? AND h.result_at < ?%S"),
        { b.lo, b.hi },
        QStringLiteral("c.station_seq"));
    // result_at is UTC; the due date a China date: compare in China time (+8 h).
    auto onTime = q.count(QStringLiteral("SELECT count(*) FROM handoffs h JOIN cases c ON c.seq = h.case_seq "
                                         "WHERE h.result_at >= ? AND h.result_at < ? "
                                         "AND date(h.result_at, '+8 hours') <= h.due_date%S"),
        { b.lo, b.hi },
        QStringLiteral("c.station_seq"));
    if (!finished || !onTime)
        return (!finished ? finished : onTime).error();
    f.handoffsFinished = *finished;
    f.handoffsOnTime = *onTime;
    auto overdue
        = q.run(QStringLiteral("SELECT c.number, a.name, h.due_date FROM handoffs h JOIN cases c ON c.seq = h.case_seq "
                               "JOIN agencies a ON a.seq = h.agency_seq WHERE h.handed_at < ? "
                               "AND (h.result_at IS NULL OR h.result_at >= ?) AND h.state <> 'declined' "
                               "AND h.due_date < ?%S ORDER BY h.due_date, c.number"),
            { b.hi, b.hi, endDate },
            QStringLiteral("c.station_seq"));
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
    auto clocks = ClockTimeliness::compute(db, catalog, period, stationSeq, *names);
    if (!clocks)
        return clocks.error();
    f.clockByCategory = clocks->byCategory;
    f.clockByStaff = clocks->byStaff;
    f.clockByAgency = clocks->byAgency;

    // Staff workload: cases registered and visits recorded, per person.
    auto visits
        = Query(db, stationSeq)
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
    // Return visits per person, from the survey's one pass over the period's visits (a corrected
    // visit counts once, as in the survey).
    auto satisfaction = SatisfactionSurvey::compute(db, catalog, period.from, period.to, f.station, actor);
    if (!satisfaction)
        return satisfaction.error();
    f.satisfaction = std::move(satisfaction).value();
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
    Query q(db, filter->seq);
    QList<QPair<ReportPeriod, qint64>> out;
    for (int i = months - 1; i >= 0; --i) {
        const QDate first = QDate(last.from.year(), last.from.month(), 1).addMonths(-i);
        const ReportPeriod p = ReportPeriod::month(first.year(), first.month());
        const Bounds b = boundsOf(p);
        auto n = q.count(QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_report WHERE received_at >= ? AND "
                                        "received_at < ?%S"),
            { b.lo, b.hi });
        if (!n)
            return n.error();
        out.append({ p, *n });
    }
    return out;
}
