#pragma once

#include "common/Result.h"
#include "reports/FewKeys.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class Database;
struct ReportPeriod;

// The day-by-day counts of the statistics (migration 28), summed over a period: what the monthly
// report reads instead of the cases, so that it grows with the categories and staff, not the cases.
class ReportDays
{
public:
    // The figures named (report_days.figure) over the period's days; stationSeq 0: every station.
    static Result<ReportDays> read(
        Database& db, const ReportPeriod& period, qint64 stationSeq, const QList<QByteArray>& figures);
    // Cases open as the day ended: the cases received until then, less closings, plus reopenings.
    static Result<qint64> openAtEndOf(Database& db, const QString& day, qint64 stationSeq);

    qint64 total(const QByteArray& figure) const;
    QHash<QString, qint64> byKey(const QByteArray& figure) const;
    // The nearest-rank percentile p (0-100) of a figure counted per printed duration ("close.h",
    // "first.h"), in hours; -1 for none.
    double percentileHours(const QByteArray& figure, double p) const;

    // A duration's key in those figures: the tenth of an hour it prints as below 48 hours, else
    // 10000 + the tenth of a day. Rounded half up from whole milliseconds, the same in SQL.
    static qint64 durationKey(qint64 milliseconds);
    // The duration a key prints as, in hours.
    static double hoursOf(qint64 key);

private:
    // A figure's counts by key, summed as the rows come: the few keys of a category, channel or
    // clerk by their bytes; durations by number.
    struct Counts
    {
        FewKeys<qint64> byText;
        QHash<qint64, qint64> byNumber;
    };
    QHash<QByteArray, Counts> m_counts;
};
