#include "storage/DocumentNumbers.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"

Result<QString> DocumentNumbers::take(Database& db, const Station& station, const QString& kind, int year)
{
    auto stationSeq = StationStore::seqOf(db, station.id);
    if (!stationSeq)
        return stationSeq.error();
    auto q = Sql::run(db.sql(),
        QStringLiteral("INSERT INTO document_counters(station_seq, kind, year, last) VALUES (?, ?, ?, 1) "
                       "ON CONFLICT(station_seq, kind, year) DO UPDATE SET last = last + 1 RETURNING last"),
        { *stationSeq, kind, year });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::internal(QStringLiteral("the document counter returned nothing"));
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(station.cityCode, station.code, kind)
        .arg(year)
        .arg(query.value(0).toInt(), 4, 10, QLatin1Char('0'));
}
