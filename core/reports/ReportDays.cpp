#include "reports/ReportDays.h"

#include "reports/MonthlyReport.h"
#include "reports/ReportQuery.h"
#include "storage/Sql.h"

#include <algorithm>
#include <cmath>
#include <sqlite3.h>

Result<ReportDays> ReportDays::read(
    Database& db, const ReportPeriod& period, qint64 stationSeq, const QList<QByteArray>& figures)
{
    ReportDays days;
    QByteArray sql = QByteArrayLiteral("SELECT figure, key, n FROM report_days WHERE figure IN (");
    for (qsizetype i = 0; i < figures.size(); ++i)
        sql += (i ? QByteArrayLiteral(", '") : QByteArrayLiteral("'")) + figures.at(i) + '\'';
    sql += QByteArrayLiteral(") AND day BETWEEN ?1 AND ?2");
    // The same counts for every row of a figure: look them up only when the figure changes (rows
    // come in figure order, from the table's key).
    QByteArray figure;
    Counts* counts = nullptr;
    bool numbered = false;
    const Status s = ReportQuery::eachRow(db,
        sql,
        { period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate) },
        stationSeq,
        "station_seq",
        [&](sqlite3_stmt* st) {
            const char* f = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            if (!counts || figure != f) {
                figure = f;
                counts = &days.m_counts[figure];
                numbered = figure.endsWith(".h");
            }
            const qint64 n = sqlite3_column_int64(st, 2);
            if (numbered) {
                counts->byNumber[sqlite3_column_int64(st, 1)] += n;
                return;
            }
            counts->byText.at(
                QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)), sqlite3_column_bytes(st, 1)))
                += n;
        });
    if (!s)
        return s.error();
    return days;
}

Result<qint64> ReportDays::openAtEndOf(Database& db, const QString& day, qint64 stationSeq)
{
    auto row = Sql::one(db,
        stationSeq > 0
            ? QStringLiteral(
                "SELECT coalesce(sum(n), 0) FROM report_days WHERE figure IN ('recv.station', 'open') AND day <= ? "
                "AND station_seq = ?")
            : QStringLiteral(
                "SELECT coalesce(sum(n), 0) FROM report_days WHERE figure IN ('recv.station', 'open') AND day <= ?"),
        stationSeq > 0 ? QVariantList { day, stationSeq } : QVariantList { day });
    if (!row)
        return row.error();
    return *row ? (**row).at(0).toLongLong() : 0;
}

qint64 ReportDays::total(const QByteArray& figure) const
{
    const Counts counts = m_counts.value(figure);
    qint64 sum = 0;
    for (const auto& [key, n] : counts.byText.entries())
        sum += n;
    for (qint64 n : counts.byNumber)
        sum += n;
    return sum;
}

QHash<QString, qint64> ReportDays::byKey(const QByteArray& figure) const
{
    const Counts counts = m_counts.value(figure);
    QHash<QString, qint64> out;
    for (const auto& [key, n] : counts.byText.entries())
        if (n)
            out.insert(QString::fromUtf8(key), n);
    for (auto it = counts.byNumber.cbegin(); it != counts.byNumber.cend(); ++it)
        if (it.value())
            out.insert(QString::number(it.key()), it.value());
    return out;
}

double ReportDays::percentileHours(const QByteArray& figure, double p) const
{
    QList<QPair<qint64, qint64>> byDuration; // key, count
    qint64 all = 0;
    const QHash<qint64, qint64> counts = m_counts.value(figure).byNumber;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0) {
            byDuration.append({ it.key(), it.value() });
            all += it.value();
        }
    if (all == 0)
        return -1;
    std::sort(byDuration.begin(), byDuration.end());
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(all))));
    qint64 seen = 0;
    for (const auto& [key, n] : byDuration)
        if ((seen += n) >= rank)
            return hoursOf(key);
    return hoursOf(byDuration.last().first);
}

qint64 ReportDays::durationKey(qint64 ms)
{
    // As migration 28 computes it: integer division, which truncates towards zero in SQLite as here.
    const qint64 tenthsOfHour = (ms + 180000) / 360000;
    return tenthsOfHour < 480 ? tenthsOfHour : 10000 + (ms + 4320000) / 8640000;
}

double ReportDays::hoursOf(qint64 key)
{
    return key < 10000 ? double(key) / 10 : double(key - 10000) / 10 * 24;
}
