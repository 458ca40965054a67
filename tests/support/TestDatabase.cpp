#include "support/TestDatabase.h"

#include "storage/StationStore.h"
#include "workflow/ClientArchive.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

TestDatabase::TestDatabase(const QString& stationCode, StationLevel level)
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(path());
    REQUIRE(opened.ok());
    db = std::move(opened).value();
    Station s;
    s.cityCode = QStringLiteral("LZ");
    s.code = stationCode;
    s.level = level;
    s.name = stationCode == QLatin1String("LN") ? QStringLiteral("柳南区") : stationCode;
    REQUIRE(StationStore::initLocal(*db, s, QStringLiteral("tester")).ok());
    auto c = Catalog::loadBuiltIn();
    REQUIRE(c.ok());
    catalog = c.value();
}

std::unique_ptr<Database> TestDatabase::openAnother() const
{
    auto opened = Database::open(path());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

qint64 TestDatabase::count(const QString& table) const
{
    auto other = openAnother();
    QSqlQuery q(other->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString TestDatabase::addClient(const QString& name, const QString& uscc)
{
    NewClient input;
    input.name = name;
    input.uscc = uscc;
    auto added = ClientArchive(*db).add(input, testActor(QStringLiteral("tester")));
    REQUIRE(added.ok());
    return added->client.id;
}
