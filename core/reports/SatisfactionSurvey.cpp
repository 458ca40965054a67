#include "reports/SatisfactionSurvey.h"

#include "common/Clock.h"
#include "domain/Catalog.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportDays.h"
#include "reports/ReportQuery.h"
#include "reports/StationFilter.h"
#include "security/Permissions.h"
#include "storage/AgencyStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <functional>
#include <sqlite3.h>

double SatisfactionRow::mean() const
{
    if (answers == 0)
        return -1;
    qint64 sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += levels[size_t(i)] * (i + 1);
    return double(sum) / answers;
}

namespace {
void add(SatisfactionRow& row, int rating, qint64 n)
{
    row.answers += n;
    row.levels[size_t(rating - 1)] += n;
    if (Satisfaction::isSatisfied(rating))
        row.satisfied += n;
}

QList<SatisfactionRow> sortedByVisits(const QHash<QString, SatisfactionRow>& rows)
{
    QList<SatisfactionRow> list = rows.values();
    std::sort(list.begin(), list.end(), [](const SatisfactionRow& a, const SatisfactionRow& b) {
        return a.visits != b.visits ? a.visits > b.visits : a.key < b.key;
    });
    return list;
}

// A survey figure's counts (migration 29) by what they are of: "L:key" is n ratings at level L of
// the visits of key, "0:key" n visits. `rowOf` names the row a key's counts go to (nullptr: none).
void addCounts(const QHash<QString, qint64>& counts, const std::function<SatisfactionRow*(const QString&)>& rowOf)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString& key = it.key();
        const int level = key.isEmpty() ? -1 : key.at(0).digitValue();
        if (level < 0 || level > 5 || key.size() < 2 || key.at(1) != QLatin1Char(':'))
            continue;
        SatisfactionRow* row = rowOf(key.mid(2));
        if (!row)
            continue;
        if (level == 0)
            row->visits += it.value();
        else
            add(*row, level, it.value());
    }
}

// What the clients said: the visits with a comment or a rating below 3 (the partial index of
// migration 29 holds only those), the least satisfied first.
Status readComments(Database& db, const QDate& from, const QDate& to, qint64 stationSeq, QList<SurveyComment>& out)
{
    const auto text = [](sqlite3_stmt* st, int column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)));
    };
    const Status read = ReportQuery::eachRow(db,
        QByteArrayLiteral(
            "SELECT r.method, r.rating_matching, r.rating_level, r.rating_attitude, r.rating_complaint, c.number, "
            "r.visited_at, r.client_said, coalesce(r.comment, '') FROM return_visits r INDEXED BY "
            "return_visits_remarks JOIN cases c ON c.seq = r.case_seq WHERE (r.comment <> '' OR "
            "r.rating_matching < 3 OR r.rating_level < 3 OR r.rating_attitude < 3 OR r.rating_complaint < 3) "
            "AND r.visited_at >= ?1 AND r.visited_at < ?2 "
            "AND NOT EXISTS (SELECT 1 FROM return_visits n WHERE n.supersedes = r.id)"),
        ReportQuery::boundsOf({ from, to }),
        stationSeq,
        "c.station_seq",
        [&](sqlite3_stmt* st) {
            int lowest = 5;
            for (int i = 1; i <= 4; ++i)
                if (const int rating = sqlite3_column_int(st, i);
                    sqlite3_column_type(st, i) != SQLITE_NULL && rating >= 1 && rating <= 5)
                    lowest = std::min(lowest, rating);
            const QString said = text(st, 7), comment = text(st, 8);
            out << SurveyComment { text(st, 5),
                Clock::fromStorage(text(st, 6)),
                text(st, 0) == QLatin1String("onsite") ? ReturnVisitMethod::Onsite : ReturnVisitMethod::Phone,
                lowest,
                comment.isEmpty() ? said : QStringLiteral("%1 %2").arg(said, comment) };
        });
    std::stable_sort(out.begin(), out.end(), [](const SurveyComment& a, const SurveyComment& b) {
        return a.lowest != b.lowest ? a.lowest < b.lowest : a.visitedAt > b.visitedAt;
    });
    return read;
}
} // namespace

const QList<QByteArray> SatisfactionSurvey::kTotalFigures = { "sv.method", "sv.staff", "sv.dim" };

void SatisfactionSurvey::addTotals(const ReportDays& days, SurveyFigures& f)
{
    f.dimensions.clear();
    for (Dimension d : kAllDimensions)
        f.dimensions << SatisfactionRow { kDimensions.key(d), kDimensions.label(d).local };
    f.visits = days.total("sv.method");
    const QHash<QString, qint64> methods = days.byKey("sv.method");
    f.onsite = methods.value(QStringLiteral("onsite"));
    f.phone = methods.value(QStringLiteral("phone"));
    f.visitsBy = days.byKey("sv.staff");
    f.overall = {};
    f.overall.visits = f.visits;
    addCounts(days.byKey("sv.dim"), [&](const QString& dimension) -> SatisfactionRow* {
        for (SatisfactionRow& d : f.dimensions)
            if (d.key == dimension)
                return &d;
        return nullptr;
    });
    for (const SatisfactionRow& d : f.dimensions) {
        f.overall.answers += d.answers;
        f.overall.satisfied += d.satisfied;
        for (size_t i = 0; i < d.levels.size(); ++i)
            f.overall.levels[i] += d.levels[i];
    }
    for (SatisfactionRow& d : f.dimensions)
        d.visits = d.answers; // the visits that rated it
}

Result<SurveyFigures> SatisfactionSurvey::compute(Database& db,
    const Catalog& catalog,
    const QDate& from,
    const QDate& to,
    const QString& station,
    const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ViewStatistics); !s)
        return s.error();
    if (Status s = Fields::period(from, to); !s)
        return s.error();
    SurveyFigures f;
    f.from = from;
    f.to = to;
    auto filter = StationFilter::find(db, station);
    if (!filter)
        return filter.error();
    f.station = filter->code;
    f.stationName = filter->name;
    // The visits of the period that no later visit corrects, counted day by day (migration 29).
    auto days = ReportDays::read(
        db, { from, to }, filter->seq, kTotalFigures + QList<QByteArray> { "sv.cat", "sv.station", "sv.agency" });
    if (!days)
        return days.error();
    addTotals(*days, f);
    QHash<QString, SatisfactionRow> byCategory, byStation, byAgency;
    addCounts(days->byKey("sv.cat"), [&](const QString& code) {
        SatisfactionRow& r = byCategory[code];
        if (r.key.isEmpty()) {
            r.key = code;
            const auto c = catalog.category(code);
            r.label = c ? c->nameZh : code;
        }
        return &r;
    });
    // Stations and agencies by number: their codes and names are few.
    auto stations = Sql::run(db.sql(), QStringLiteral("SELECT seq, code, name FROM stations"));
    if (!stations)
        return stations.error();
    QHash<QString, QPair<QString, QString>> stationOf;
    for (QSqlQuery q = std::move(stations).value(); q.next();)
        stationOf.insert(q.value(0).toString(), { q.value(1).toString(), q.value(2).toString() });
    addCounts(days->byKey("sv.station"), [&](const QString& seq) -> SatisfactionRow* {
        const auto it = stationOf.constFind(seq);
        if (it == stationOf.cend())
            return nullptr;
        SatisfactionRow& r = byStation[it->first];
        r.key = it->first;
        r.label = it->second;
        return &r;
    });
    auto agencyOf = AgencyStore::names(db);
    if (!agencyOf)
        return agencyOf.error();
    addCounts(days->byKey("sv.agency"), [&](const QString& seq) {
        // Key empty: served by the platform itself, never handed off.
        const QString name = seq.isEmpty() ? QString() : agencyOf->value(seq.toLongLong(), seq);
        SatisfactionRow& r = byAgency[name];
        if (r.label.isEmpty()) {
            r.key = name;
            r.label
                = name.isEmpty() ? QCoreApplication::translate("Report", "The platform itself (not handed off)") : name;
        }
        return &r;
    });
    f.byCategory = sortedByVisits(byCategory);
    f.byStation = sortedByVisits(byStation);
    f.byAgency = sortedByVisits(byAgency);
    if (Status s = readComments(db, from, to, filter->seq, f.comments); !s)
        return s.error();
    return f;
}
