#include "reports/SatisfactionSurvey.h"

#include "common/Clock.h"
#include "domain/Catalog.h"
#include "reports/StationFilter.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "validation/TextRules.h"

#include <QHash>

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
void add(SatisfactionRow& row, int rating)
{
    ++row.answers;
    ++row.levels[size_t(rating - 1)];
    if (Satisfaction::isSatisfied(rating))
        ++row.satisfied;
}

QList<SatisfactionRow> sortedByVisits(const QHash<QString, SatisfactionRow>& rows)
{
    QList<SatisfactionRow> list = rows.values();
    std::sort(list.begin(), list.end(), [](const SatisfactionRow& a, const SatisfactionRow& b) {
        return a.visits != b.visits ? a.visits > b.visits : a.key < b.key;
    });
    return list;
}
} // namespace

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
    QString stationClause;
    QVariantList binds { Clock::toStorage(QDateTime(from, QTime(0, 0), Clock::chinaZone())),
        Clock::toStorage(QDateTime(to.addDays(1), QTime(0, 0), Clock::chinaZone())) };
    auto filter = StationFilter::find(db, station);
    if (!filter)
        return filter.error();
    f.station = filter->code;
    f.stationName = filter->name;
    if (filter->seq > 0) {
        stationClause = QStringLiteral(" AND c.station_seq = ?");
        binds << filter->seq;
    }
    // One row per return visit of the period that no later visit corrects; the agency is the one the
    // case was last handed to.
    auto q = Sql::run(db.sql(),
        QStringLiteral(
            "SELECT r.method, r.rating_matching, r.rating_level, r.rating_attitude, r.rating_complaint, "
            "c.category_code, s.code, s.name, a.name, c.number, r.visited_at, r.client_said, r.comment, r.visited_by "
            "FROM return_visits r JOIN cases c ON c.seq = r.case_seq "
            "JOIN stations s ON s.seq = c.station_seq "
            "LEFT JOIN handoffs h ON h.seq = (SELECT max(seq) FROM handoffs WHERE case_seq = c.seq) "
            "LEFT JOIN agencies a ON a.seq = h.agency_seq "
            "WHERE r.visited_at >= ? AND r.visited_at < ?%1 "
            "AND NOT EXISTS (SELECT 1 FROM return_visits n WHERE n.supersedes = r.id)")
            .arg(stationClause),
        binds);
    if (!q)
        return q.error();
    for (Dimension d : kAllDimensions)
        f.dimensions << SatisfactionRow { kDimensions.key(d), kDimensions.label(d).local };
    QHash<QString, SatisfactionRow> byCategory, byStation, byAgency;
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        ++f.visits;
        ++f.visitsBy[rows.value(13).toString()];
        ++(rows.value(0).toString() == QLatin1String("onsite") ? f.onsite : f.phone);
        const QString category = rows.value(5).toString();
        SatisfactionRow& cat = byCategory[category];
        if (cat.key.isEmpty()) {
            cat.key = category;
            const auto c = catalog.category(category);
            cat.label = c ? c->nameZh : category;
        }
        SatisfactionRow& st = byStation[rows.value(6).toString()];
        st.key = rows.value(6).toString();
        st.label = rows.value(7).toString();
        // Key empty: served by the platform itself, never handed off.
        const QString agency = rows.value(8).toString();
        SatisfactionRow& ag = byAgency[agency];
        ag.key = agency;
        ag.label
            = agency.isEmpty() ? QCoreApplication::translate("Report", "The platform itself (not handed off)") : agency;
        ++cat.visits;
        ++st.visits;
        ++ag.visits;
        ++f.overall.visits;
        int lowest = 5;
        for (int i = 0; i < 4; ++i) {
            if (rows.value(1 + i).isNull())
                continue;
            const int rating = rows.value(1 + i).toInt();
            if (rating < 1 || rating > 5)
                continue;
            lowest = std::min(lowest, rating);
            for (SatisfactionRow* r : { &f.dimensions[i], &f.overall, &cat, &st, &ag })
                add(*r, rating);
        }
        for (int i = 0; i < 4; ++i)
            if (!rows.value(1 + i).isNull())
                ++f.dimensions[i].visits;
        const QString comment = rows.value(12).toString();
        if (!comment.isEmpty() || lowest < 3)
            f.comments << SurveyComment { rows.value(9).toString(),
                Clock::fromStorage(rows.value(10).toString()),
                kReturnVisitMethods.fromKey(rows.value(0).toString()).value_or(ReturnVisitMethod::Phone),
                lowest,
                comment.isEmpty() ? rows.value(11).toString()
                                  : QStringLiteral("%1 %2").arg(rows.value(11).toString(), comment) };
    }
    f.byCategory = sortedByVisits(byCategory);
    f.byStation = sortedByVisits(byStation);
    f.byAgency = sortedByVisits(byAgency);
    std::stable_sort(f.comments.begin(), f.comments.end(), [](const SurveyComment& a, const SurveyComment& b) {
        return a.lowest != b.lowest ? a.lowest < b.lowest : a.visitedAt > b.visitedAt;
    });
    return f;
}
