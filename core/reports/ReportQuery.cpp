#include "reports/ReportQuery.h"

#include "common/Clock.h"
#include "reports/MonthlyReport.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StatementLog.h"

#include <sqlite3.h>

ReportQuery::Bounds ReportQuery::boundsOf(const ReportPeriod& p)
{
    return { Clock::toStorage(QDateTime(p.from, QTime(0, 0), Clock::chinaZone())),
        Clock::toStorage(QDateTime(p.to.addDays(1), QTime(0, 0), Clock::chinaZone())) };
}

Result<QSqlQuery> ReportQuery::Query::run(QString sql, QVariantList binds, const QString& stationColumn)
{
    if (m_stationSeq > 0) {
        sql.replace(QStringLiteral("%S"), QStringLiteral(" AND %1 = ?").arg(stationColumn));
        binds << m_stationSeq;
    } else {
        sql.replace(QStringLiteral("%S"), QString());
    }
    return Sql::run(m_db.sql(), sql, binds);
}

Result<qint64> ReportQuery::Query::count(const QString& sql, const QVariantList& binds, const QString& stationColumn)
{
    auto q = run(sql, binds, stationColumn);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status ReportQuery::eachRow(Database& db,
    QByteArray sql,
    const Bounds& b,
    qint64 stationSeq,
    const char* stationColumn,
    const std::function<void(sqlite3_stmt*)>& row)
{
    if (stationSeq > 0)
        sql += QByteArrayLiteral(" AND ") + stationColumn + QByteArrayLiteral(" = ?3");
    StatementLog::note(
        QString::fromUtf8(sql), stationSeq > 0 ? QVariantList { b.lo, b.hi, stationSeq } : QVariantList { b.lo, b.hi });
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const QByteArray lo = b.lo.toUtf8(), hi = b.hi.toUtf8();
    sqlite3_bind_text(st, 1, lo.constData(), int(lo.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, hi.constData(), int(hi.size()), SQLITE_STATIC);
    if (stationSeq > 0)
        sqlite3_bind_int64(st, 3, stationSeq);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        row(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return Error::internal(QString::fromUtf8(sqlite3_errstr(rc)));
    return success();
}
