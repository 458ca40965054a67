#pragma once

#include "common/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>

class Database;
struct ReportPeriod;
struct sqlite3_stmt;

// What the report's figures share: a period's bounds in storage time, and its queries with the
// station filter where one is chosen.
namespace ReportQuery {
// UTC storage bounds of China-time days: [from 00:00, to+1 00:00).
struct Bounds
{
    QString lo, hi;
};

Bounds boundsOf(const ReportPeriod& p);

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
    Result<QSqlQuery> run(
        QString sql, QVariantList binds, const QString& stationColumn = QStringLiteral("station_seq"));
    Result<qint64> count(
        const QString& sql, const QVariantList& binds, const QString& stationColumn = QStringLiteral("station_seq"));

private:
    Database& m_db;
    qint64 m_stationSeq;
};

// Runs `sql` through SQLite's own API, without a QVariant per value: ?1 and ?2 are the period's
// bounds; with a station chosen, " AND <stationColumn> = ?3" is added. Each row goes to `row`.
Status eachRow(Database& db,
    QByteArray sql,
    const Bounds& b,
    qint64 stationSeq,
    const char* stationColumn,
    const std::function<void(sqlite3_stmt*)>& row);
} // namespace ReportQuery
