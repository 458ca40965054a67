#include "reports/MonthlyReport.h"

#include "common/Clock.h"
#include "domain/Catalog.h"
#include "domain/Channel.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace {
// UTC storage bounds of China-time days: [from 00:00, to+1 00:00).
struct Bounds
{
    QString lo, hi;
};

Bounds boundsOf(const ReportPeriod& p)
{
    return { Clock::toStorage(QDateTime(p.from, QTime(0, 0), Clock::chinaZone())),
        Clock::toStorage(QDateTime(p.to.addDays(1), QTime(0, 0), Clock::chinaZone())) };
}

// Builds the SQL and binds of one figure, with the station filter when there is one.
class Query
{
public:
    Query(Database& db, qint64 stationSeq)
        : m_db(db)
        , m_stationSeq(stationSeq)
    { }
    // `stationColumn` names the cases' station_seq in `sql` ("c.station_seq"); "%S" marks where the
    // filter goes (it becomes " AND c.station_seq = ?" or nothing).
    Result<QSqlQuery> run(QString sql, QVariantList binds, const QString& stationColumn = QStringLiteral("station_seq"))
    {
        if (m_stationSeq > 0) {
            sql.replace(QStringLiteral("%S"), QStringLiteral(" AND %1 = ?").arg(stationColumn));
            binds << m_stationSeq;
        } else {
            sql.replace(QStringLiteral("%S"), QString());
        }
        return Sql::run(m_db.sql(), sql, binds);
    }
    Result<qint64> count(
        const QString& sql, const QVariantList& binds, const QString& stationColumn = QStringLiteral("station_seq"))
    {
        auto q = run(sql, binds, stationColumn);
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    Result<QHash<QString, qint64>> grouped(const QString& sql, const QVariantList& binds)
    {
        auto q = run(sql, binds);
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        QHash<QString, qint64> out;
        while (query.next())
            out.insert(query.value(0).toString(), query.value(1).toLongLong());
        return out;
    }
    Result<QList<double>> values(const QString& sql, const QVariantList& binds, const QString& stationColumn)
    {
        auto q = run(sql, binds, stationColumn);
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        QList<double> out;
        while (query.next())
            out << query.value(0).toDouble();
        return out;
    }

private:
    Database& m_db;
    qint64 m_stationSeq;
};

// Counts by a column of cases received in a period, for the period, the month before and last year.
Result<QList<CountRow>> compared(Query& q,
    const QString& column,
    const ReportPeriod& p,
    const QList<QPair<QString, QString>>& keysAndLabels,
    bool onlyPresent)
{
    const QString sql = QStringLiteral("SELECT %1, count(*) FROM cases WHERE received_at >= ? AND received_at < ?%S "
                                       "GROUP BY %1")
                            .arg(column);
    QHash<QString, qint64> counts[3];
    const ReportPeriod periods[3] = { p, p.previousMonth(), p.sameMonthLastYear() };
    for (int i = 0; i < 3; ++i) {
        const Bounds b = boundsOf(periods[i]);
        auto g = q.grouped(sql, { b.lo, b.hi });
        if (!g)
            return g.error();
        counts[i] = *g;
    }
    QList<CountRow> rows;
    for (const auto& [key, label] : keysAndLabels) {
        CountRow r { key, label, counts[0].value(key), counts[1].value(key), counts[2].value(key) };
        if (!onlyPresent || r.count || r.previous || r.lastYear)
            rows << r;
    }
    return rows;
}

QString hoursBetween(const QString& later, const QString& earlier)
{
    return QStringLiteral("(julianday(%1) - julianday(%2)) * 24").arg(later, earlier);
}
} // namespace

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return { first, first.addMonths(1).addDays(-1) };
}

ReportPeriod ReportPeriod::previousMonth() const
{
    const QDate first = QDate(from.year(), from.month(), 1).addMonths(-1);
    return { first, first.addMonths(1).addDays(-1) };
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
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return Error::badInput(QStringLiteral("period"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Period: the first day must not be after the last.")));
    MonthlyFigures f;
    f.period = period;
    qint64 stationSeq = 0;
    if (!station.isEmpty()) {
        auto row = Sql::one(db, QStringLiteral("SELECT seq, name FROM stations WHERE code = ?"), { station.toUpper() });
        if (!row)
            return row.error();
        if (!*row)
            return Error::notFound(
                UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Station: no station %1 in this database."))
                    .arg(station));
        stationSeq = (**row).at(0).toLongLong();
        f.station = station.toUpper();
        f.stationName = (**row).at(1).toString();
    }
    Query q(db, stationSeq);
    const Bounds b = boundsOf(period);

    // Received, by category, channel and station, beside the month before and last year's.
    QList<QPair<QString, QString>> categories;
    for (const CatalogCategory& c : catalog.categories())
        categories.append({ c.code, c.nameZh });
    auto byCategory = compared(q, QStringLiteral("category_code"), period, categories, false);
    if (!byCategory)
        return byCategory.error();
    f.byCategory = *byCategory;
    for (const CountRow& r : f.byCategory) {
        f.received += r.count;
        f.receivedPrevious += r.previous;
        f.receivedLastYear += r.lastYear;
    }
    QList<QPair<QString, QString>> channels;
    for (Channel c : Channels::all())
        channels.append({ Channels::key(c), Channels::label(c).local });
    auto byChannel = compared(q, QStringLiteral("channel"), period, channels, false);
    if (!byChannel)
        return byChannel.error();
    f.byChannel = *byChannel;
    QList<QPair<QString, QString>> stations;
    auto stationRows
        = Sql::run(db.sql(), QStringLiteral("SELECT seq, name FROM stations ORDER BY is_local DESC, code"));
    if (!stationRows)
        return stationRows.error();
    QSqlQuery sq = std::move(stationRows).value();
    while (sq.next())
        stations.append({ sq.value(0).toString(), sq.value(1).toString() });
    sq.finish();
    auto byStation = compared(q, QStringLiteral("station_seq"), period, stations, true);
    if (!byStation)
        return byStation.error();
    f.byStation = *byStation;

    // How they were handled (7.2.2-7.2.4, 4.3): what happened in the period, whenever received.
    auto events = [&](const QString& kind) {
        return q.count(QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.seq = e.case_seq "
                                      "WHERE e.kind = ? AND e.at >= ? AND e.at < ?%S"),
            { kind, b.lo, b.hi },
            QStringLiteral("c.station_seq"));
    };
    auto answered = events(QStringLiteral("answered"));
    auto escalated = events(QStringLiteral("escalated"));
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
    auto closed = q.count(
        QStringLiteral("SELECT count(DISTINCT e.case_seq) FROM case_events e JOIN cases c ON c.seq = e.case_seq "
                       "WHERE e.kind IN ('answered', 'closed') AND e.at >= ? AND e.at < ?%S"),
        { b.lo, b.hi },
        QStringLiteral("c.station_seq"));
    // Open at the end: received before it and not closed then (still open now, or closed after it).
    auto stillOpen = q.count(QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_open_received "
                                            "WHERE closed_at IS NULL AND received_at < ?%S"),
        { b.hi });
    auto closedLater = q.count(QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_closed_at "
                                              "WHERE closed_at >= ? AND received_at < ?%S"),
        { b.hi, b.hi });
    for (const Result<qint64>* r :
        { &answered, &escalated, &notices, &handed, &asked, &closed, &stillOpen, &closedLater })
        if (!*r)
            return r->error();
    f.answeredAtOnce = *answered;
    f.escalated = *escalated;
    f.noticesIssued = *notices;
    f.handedOff = *handed;
    f.instructionsAsked = *asked;
    f.closed = *closed;
    f.openAtEnd = *stillOpen + *closedLater;

    // Timeliness: hours from receipt to closing (cases closed in the period) and to the first thing
    // done about it (cases received in the period; those with nothing done yet are left out).
    auto closeHours = q.values(QStringLiteral("SELECT %1 FROM case_events e JOIN cases c ON c.seq = e.case_seq "
                                              "WHERE e.kind IN ('answered', 'closed') AND e.at >= ? AND e.at < ?%S")
                                   .arg(hoursBetween(QStringLiteral("e.at"), QStringLiteral("c.received_at"))),
        { b.lo, b.hi },
        QStringLiteral("c.station_seq"));
    if (!closeHours)
        return closeHours.error();
    f.closeMedianHours = percentile(*closeHours, 50);
    f.closeP90Hours = percentile(*closeHours, 90);
    auto firstHours = q.values(
        QStringLiteral("SELECT %1 FROM cases c WHERE c.received_at >= ? AND c.received_at < ?%S "
                       "AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_seq = c.seq)")
            .arg(hoursBetween(QStringLiteral("(SELECT min(e.at) FROM case_events e WHERE e.case_seq = c.seq)"),
                QStringLiteral("c.received_at"))),
        { b.lo, b.hi },
        QStringLiteral("c.station_seq"));
    if (!firstHours)
        return firstHours.error();
    f.firstResponseMedianHours = percentile(*firstHours, 50);
    f.firstResponseP90Hours = percentile(*firstHours, 90);

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

    // Staff workload: cases registered and visits recorded, per person.
    auto registered = q.grouped(QStringLiteral("SELECT received_by, count(*) FROM cases WHERE received_at >= ? AND "
                                               "received_at < ?%S GROUP BY received_by"),
        { b.lo, b.hi });
    if (!registered)
        return registered.error();
    auto visits
        = Query(db, stationSeq)
              .run(QStringLiteral("SELECT v.recorded_by, count(*) FROM visits v JOIN cases c ON c.seq = v.case_seq "
                                  "WHERE v.visited_at >= ? AND v.visited_at < ?%S GROUP BY v.recorded_by"),
                  { b.lo, b.hi },
                  QStringLiteral("c.station_seq"));
    if (!visits)
        return visits.error();
    QHash<QString, StaffRow> staff;
    for (auto it = registered->cbegin(); it != registered->cend(); ++it)
        staff[it.key()] = { it.key(), it.value(), 0 };
    QSqlQuery vq = std::move(visits).value();
    while (vq.next()) {
        StaffRow& r = staff[vq.value(0).toString()];
        r.login = vq.value(0).toString();
        r.visits = vq.value(1).toLongLong();
    }
    vq.finish();
    f.staff = staff.values();
    std::sort(f.staff.begin(), f.staff.end(), [](const StaffRow& a, const StaffRow& b) {
        return a.registered + a.visits != b.registered + b.visits ? a.registered + a.visits > b.registered + b.visits
                                                                  : a.login < b.login;
    });
    return f;
}
