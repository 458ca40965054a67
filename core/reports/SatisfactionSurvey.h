#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/AfterService.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <array>

class Catalog;
class Database;
class ReportDays;

// How satisfied clients were with one dimension of 8.1.1, or with a group of cases over all four.
struct SatisfactionRow
{
    QString key; // "matching"; "5.1"; "LN"; an agency's name ("" for the platform itself)
    QString label;
    qint64 visits = 0; // return visits counted in the row
    qint64 answers = 0; // ratings given
    qint64 satisfied = 0; // of them 4 (satisfied) or 5 (very satisfied)
    std::array<qint64, 5> levels = {}; // ratings 1..5
    double mean() const;
};

struct SurveyComment
{
    QString caseNumber;
    QDateTime visitedAt;
    ReturnVisitMethod method = ReturnVisitMethod::Phone;
    int lowest = 0; // the lowest rating the client gave
    QString text; // what the client said, and the comment
};

// The client satisfaction survey of a period (8.1.1, 7.4.2): the return visits recorded in it (a
// corrected visit counts once, as corrected) and what the clients said.
struct SurveyFigures
{
    QDate from, to; // China dates, both included
    QString station; // code; empty: all stations
    QString stationName;
    qint64 visits = 0, onsite = 0, phone = 0;
    QList<SatisfactionRow> dimensions; // the four of 8.1.1, in order
    SatisfactionRow overall; // every rating of every dimension
    QList<SatisfactionRow> byCategory, byStation, byAgency;
    QList<SurveyComment> comments; // with a comment, or a rating below 3; the least satisfied first
    QHash<QString, qint64> visitsBy; // staff login -> return visits made (staff workload)
};

namespace SatisfactionSurvey {
// For supervisors and administrators (Permission::ViewStatistics).
Result<SurveyFigures> compute(Database& db,
    const Catalog& catalog,
    const QDate& from,
    const QDate& to,
    const QString& station,
    const Actor& actor);

// The totals alone (visits, by method and by who made them, each dimension and all of them) from
// day counts that hold these figures: what the monthly report shows, read with its other counts.
extern const QList<QByteArray> kTotalFigures;
void addTotals(const ReportDays& days, SurveyFigures& f);
} // namespace SatisfactionSurvey
