#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "reports/ClockTimeliness.h"
#include "reports/ComplaintStatistics.h"
#include "reports/SatisfactionSurvey.h"

#include <QDate>
#include <QList>
#include <QString>

class Catalog;
class Database;

// A period of China-time days, both ends included: a month, or any span a supervisor picks.
struct ReportPeriod
{
    QDate from, to;
    static ReportPeriod month(int year, int month);
    ReportPeriod previousMonth() const; // a whole month: the month before; other spans: a month earlier
    ReportPeriod sameMonthLastYear() const;
    QString label() const; // "2026年10月" or "2026-10-01 至 2026-10-15"
};

struct CountRow
{
    QString key; // "5.1", "window", "LN"
    QString label; // 计量服务, 线下窗口, 柳南区
    qint64 count = 0;
    qint64 previous = 0; // the month before
    qint64 lastYear = 0; // the same month a year earlier
    QString shortLabel; // a category as staff say it (计量, 特种设备), for the charts; empty: the label
};

struct OverdueHandoff
{
    QString caseNumber;
    QString agency;
    QDate due;
    int daysLate = 0; // calendar days at period end
};

struct StaffRow
{
    QString login;
    qint64 registered = 0;
    qint64 visits = 0;
    qint64 returnVisits = 0; // 7.4.2
    QString name = {}; // as printed: the person's name where the account is known here, else the login
};

// Everything the monthly statistics show (issue 7; clauses 4.2, 7.5.5, 7.6.4, 8.1.1). Times are in
// hours; -1 where there is nothing to measure.
struct MonthlyFigures
{
    ReportPeriod period;
    QString station; // code, or empty for every station this database holds
    QString stationName;

    qint64 received = 0, receivedPrevious = 0, receivedLastYear = 0;
    QList<CountRow> byCategory; // all twelve, in catalog order
    QList<CountRow> byChannel;
    QList<CountRow> byStation;

    qint64 answeredAtOnce = 0; // 7.2.2
    qint64 noticesIssued = 0; // 7.2.3
    qint64 handedOff = 0; // 7.2.4
    qint64 escalated = 0; // 4.3
    qint64 instructionsAsked = 0;
    qint64 closed = 0; // closed in the period, whenever received
    qint64 openAtEnd = 0;

    // Nearest-rank percentiles, exact to the precision they are printed with (MonthlyReportOutput::hours).
    double closeMedianHours = -1, closeP90Hours = -1;
    double firstResponseMedianHours = -1, firstResponseP90Hours = -1;
    qint64 handoffsFinished = 0, handoffsOnTime = 0;
    QList<OverdueHandoff> overdueAtEnd;
    QList<ClockRow> clockByCategory; // all twelve, in catalog order
    QList<ClockRow> clockByStaff; // by the clerk who received the cases
    QList<AgencyClockRow> clockByAgency;

    QList<StaffRow> staff;

    // After the service: return visits and the clients' ratings (7.4.2, 8.1.1), complaints by class
    // and how many were valid (7.5.4, 7.5.5), for the period.
    SurveyFigures satisfaction;
    ComplaintFigures complaints;
};

namespace MonthlyReport {
// For supervisors and administrators (Permission::ViewStatistics). `station` empty: all stations.
Result<MonthlyFigures> compute(
    Database& db, const Catalog& catalog, const ReportPeriod& period, const QString& station, const Actor& actor);
// Requests received in each of the `months` months ending with `last` (oldest first): the trend line.
Result<QList<QPair<ReportPeriod, qint64>>> trend(
    Database& db, const ReportPeriod& last, int months, const QString& station, const Actor& actor);
} // namespace MonthlyReport
