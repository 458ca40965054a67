#include "storage/StationStore.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"

#include <QRegularExpression>

QString StationStore::levelKey(StationLevel level)
{
    switch (level) {
    case StationLevel::City:
        return QStringLiteral("city");
    case StationLevel::County:
        return QStringLiteral("county");
    case StationLevel::District:
        return QStringLiteral("district");
    case StationLevel::Park:
        return QStringLiteral("park");
    }
    return QStringLiteral("county");
}

std::optional<StationLevel> StationStore::levelFromKey(const QString& key)
{
    for (StationLevel l : { StationLevel::City, StationLevel::County, StationLevel::District, StationLevel::Park })
        if (levelKey(l) == key)
            return l;
    return std::nullopt;
}

Result<Station> StationStore::local(Database& db)
{
    auto q = Sql::run(
        db.sql(), QStringLiteral("SELECT id, city_code, code, name, level, seq FROM stations WHERE is_local = 1"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::notFound(UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "This database has no station yet. Set it up with "
                "\"qsdesk-cli init --city LZ --station LN --station-name …\".")));
    Station s;
    s.id = query.value(0).toString();
    s.cityCode = query.value(1).toString();
    s.code = query.value(2).toString();
    s.name = query.value(3).toString();
    s.level = levelFromKey(query.value(4).toString()).value_or(StationLevel::County);
    s.seq = query.value(5).toLongLong();
    return s;
}

Result<Station> StationStore::initLocal(Database& db, const Station& input, const QString& actor)
{
    Station s = input;
    s.cityCode = s.cityCode.trimmed().toUpper();
    s.code = s.code.trimmed().toUpper();
    static const QRegularExpression cityRe(QStringLiteral("^[A-Z]{2,4}$"));
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9]{1,8}$"));
    if (!cityRe.match(s.cityCode).hasMatch())
        return Error::badInput(QStringLiteral("city"),
            UiText::of("Validation",
                QT_TRANSLATE_NOOP("Validation", "%1 must be 2 to 4 Latin letters, such as LZ for Liuzhou."))
                .arg(Fields::label(QStringLiteral("city"))));
    if (!codeRe.match(s.code).hasMatch())
        return Error::badInput(QStringLiteral("station"),
            UiText::of(
                "Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be 1 to 8 Latin letters or digits, such as LN."))
                .arg(Fields::label(QStringLiteral("station"))));
    auto name = TextRules::check(QStringLiteral("station_name"), s.name, true, 60);
    if (!name)
        return name.error();
    s.name = name.value();
    if (s.id.isEmpty())
        s.id = Sql::newId();

    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto existing = local(db); existing.ok())
        return Error::notAllowed(
            UiText::of("Storage", QT_TRANSLATE_NOOP("Storage", "This database already belongs to station %1-%2 (%3)."))
                .arg(existing->cityCode, existing->code, existing->name));
    auto q = Sql::run(db.sql(),
        QStringLiteral("INSERT INTO stations(id, city_code, code, name, level, is_local, created_at) "
                       "VALUES (?, ?, ?, ?, ?, 1, ?)"),
        { s.id, s.cityCode, s.code, s.name, levelKey(s.level), Clock::toStorage(Clock::nowUtc()) });
    if (!q)
        return q.error();
    if (auto meta = Sql::run(db.sql(),
            QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('database_id', ?)"),
            { Sql::newId() });
        !meta)
        return meta.error();
    if (Status a = AuditLog::record(db,
            actor,
            QStringLiteral("station.init"),
            QStringLiteral("station"),
            s.id,
            { { QStringLiteral("city"), s.cityCode },
                { QStringLiteral("code"), s.code },
                { QStringLiteral("name"), s.name } });
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return s;
}

Result<qint64> StationStore::seqOf(Database& db, const QString& stationId)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT seq FROM stations WHERE id = ?"), { stationId });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::internal(QStringLiteral("unknown station %1").arg(stationId));
    return query.value(0).toLongLong();
}

Result<qint64> StationStore::ensureRemote(Database& db, const QString& qualifiedCode)
{
    const QString city = qualifiedCode.section(QLatin1Char('-'), 0, 0);
    const QString code = qualifiedCode.section(QLatin1Char('-'), 1);
    auto q = Sql::run(
        db.sql(), QStringLiteral("SELECT seq FROM stations WHERE city_code = ? AND code = ?"), { city, code });
    if (!q)
        return q.error();
    if (QSqlQuery found = std::move(q).value(); found.next())
        return found.value(0).toLongLong();
    auto insert = Sql::run(db.sql(),
        QStringLiteral("INSERT INTO stations(id, city_code, code, name, level, is_local, created_at) "
                       "VALUES (?, ?, ?, ?, 'county', 0, ?)"),
        { Sql::newId(), city, code, qualifiedCode, Clock::toStorage(Clock::nowUtc()) });
    if (!insert)
        return insert.error();
    return insert->lastInsertId().toLongLong();
}
