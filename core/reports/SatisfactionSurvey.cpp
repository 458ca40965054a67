#include "reports/SatisfactionSurvey.h"

#include "common/Clock.h"
#include "domain/Catalog.h"
#include "reports/FewKeys.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportQuery.h"
#include "reports/StationFilter.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QHash>
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
void add(SatisfactionRow& row, int rating)
{
    ++row.answers;
    ++row.levels[size_t(rating - 1)];
    if (Satisfaction::isSatisfied(rating))
        ++row.satisfied;
}

QList<SatisfactionRow> sortedByVisits(const FewKeys<SatisfactionRow>& rows)
{
    QList<SatisfactionRow> list;
    for (const auto& [key, row] : rows.entries())
        list << row;
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
    auto filter = StationFilter::find(db, station);
    if (!filter)
        return filter.error();
    f.station = filter->code;
    f.stationName = filter->name;
    for (Dimension d : kAllDimensions)
        f.dimensions << SatisfactionRow { kDimensions.key(d), kDimensions.label(d).local };
    FewKeys<SatisfactionRow> byCategory, byStation, byAgency;
    FewKeys<qint64> visitsBy;
    const auto text = [](sqlite3_stmt* st, int column) {
        return QByteArrayView(
            reinterpret_cast<const char*>(sqlite3_column_text(st, column)), sqlite3_column_bytes(st, column));
    };
    // One row per return visit of the period that no later visit corrects; the agency is the one the
    // case was last handed to.
    const Status read = ReportQuery::eachRow(db,
        QByteArrayLiteral(
            "SELECT r.method, r.rating_matching, r.rating_level, r.rating_attitude, r.rating_complaint, "
            "c.category_code, s.code, s.name, coalesce(a.name, ''), c.number, r.visited_at, r.client_said, "
            "coalesce(r.comment, ''), r.visited_by FROM return_visits r JOIN cases c ON c.seq = r.case_seq "
            "JOIN stations s ON s.seq = c.station_seq "
            "LEFT JOIN handoffs h ON h.seq = (SELECT max(seq) FROM handoffs WHERE case_seq = c.seq) "
            "LEFT JOIN agencies a ON a.seq = h.agency_seq "
            "WHERE r.visited_at >= ?1 AND r.visited_at < ?2 "
            "AND NOT EXISTS (SELECT 1 FROM return_visits n WHERE n.supersedes = r.id)"),
        ReportQuery::boundsOf({ from, to }),
        filter->seq,
        "c.station_seq",
        [&](sqlite3_stmt* st) {
            bool added = false;
            ++f.visits;
            ++visitsBy.at(text(st, 13));
            const bool onsite = text(st, 0) == "onsite";
            ++(onsite ? f.onsite : f.phone);
            SatisfactionRow& cat = byCategory.at(text(st, 5), &added);
            if (added) {
                cat.key = QString::fromUtf8(text(st, 5));
                const auto c = catalog.category(cat.key);
                cat.label = c ? c->nameZh : cat.key;
            }
            SatisfactionRow& sr = byStation.at(text(st, 6), &added);
            if (added) {
                sr.key = QString::fromUtf8(text(st, 6));
                sr.label = QString::fromUtf8(text(st, 7));
            }
            // Key empty: served by the platform itself, never handed off.
            SatisfactionRow& ag = byAgency.at(text(st, 8), &added);
            if (added) {
                ag.key = QString::fromUtf8(text(st, 8));
                ag.label = ag.key.isEmpty()
                    ? QCoreApplication::translate("Report", "The platform itself (not handed off)")
                    : ag.key;
            }
            ++cat.visits;
            ++sr.visits;
            ++ag.visits;
            ++f.overall.visits;
            int lowest = 5;
            for (int i = 0; i < 4; ++i) {
                if (sqlite3_column_type(st, 1 + i) == SQLITE_NULL)
                    continue;
                ++f.dimensions[i].visits;
                const int rating = sqlite3_column_int(st, 1 + i);
                if (rating < 1 || rating > 5)
                    continue;
                lowest = std::min(lowest, rating);
                for (SatisfactionRow* r : { &f.dimensions[i], &f.overall, &cat, &sr, &ag })
                    add(*r, rating);
            }
            const QByteArrayView comment = text(st, 12);
            if (!comment.isEmpty() || lowest < 3) {
                const QString said = QString::fromUtf8(text(st, 11));
                f.comments << SurveyComment { QString::fromUtf8(text(st, 9)),
                    Clock::fromStorage(QString::fromUtf8(text(st, 10))),
                    onsite ? ReturnVisitMethod::Onsite : ReturnVisitMethod::Phone,
                    lowest,
                    comment.isEmpty() ? said : QStringLiteral("%1 %2").arg(said, QString::fromUtf8(comment)) };
            }
        });
    if (!read)
        return read.error();
    for (const auto& [login, n] : visitsBy.entries())
        f.visitsBy.insert(QString::fromUtf8(login), n);
    f.byCategory = sortedByVisits(byCategory);
    f.byStation = sortedByVisits(byStation);
    f.byAgency = sortedByVisits(byAgency);
    std::stable_sort(f.comments.begin(), f.comments.end(), [](const SurveyComment& a, const SurveyComment& b) {
        return a.lowest != b.lowest ? a.lowest < b.lowest : a.visitedAt > b.visitedAt;
    });
    return f;
}
