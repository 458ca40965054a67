#include "support/TestDatabase.h"

#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "workflow/ClientArchive.h"

#include <QSqlQuery>
#include <QSqlRecord>
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

QString caseBitsDisagreement(Database& db)
{
    const QString want = QStringLiteral(
        "SELECT key, word, sum(bit) AS bits FROM ("
        "SELECT 's:' || status AS key, seq >> 6 AS word, 1 << (seq & 63) AS bit FROM cases "
        "UNION ALL SELECT 'h:' || channel, seq >> 6, 1 << (seq & 63) FROM cases "
        "UNION ALL SELECT 'c:' || category_code, seq >> 6, 1 << (seq & 63) FROM cases "
        "UNION ALL SELECT 'i:' || item_code, seq >> 6, 1 << (seq & 63) FROM cases "
        "UNION ALL SELECT 'm:' || strftime('%Y-%m', received_at, '+8 hours'), seq >> 6, 1 << (seq & 63) FROM cases "
        "UNION ALL SELECT 'd:' || date(received_at, '+8 hours'), seq >> 6, 1 << (seq & 63) FROM cases) "
        "GROUP BY key, word");
    const QString have = QStringLiteral("SELECT key, word, bits FROM case_bits WHERE key NOT LIKE 't:%'");
    const auto first = [&](const QString& sql, const QVariantList& binds = {}) -> QString {
        auto row = Sql::run(db.sql(), sql, binds);
        if (!row)
            return row.error().message.english;
        QSqlQuery q = std::move(row).value();
        if (!q.next())
            return {};
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        return values.join(QLatin1Char(' '));
    };
    if (QString d = first(want + QStringLiteral(" EXCEPT ") + have); !d.isEmpty())
        return QStringLiteral("missing or wrong in case_bits: ") + d;
    if (QString d = first(have + QStringLiteral(" EXCEPT ") + want); !d.isEmpty())
        return QStringLiteral("in case_bits, not in cases: ") + d;
    auto tokens = Sql::run(db.sql(), QStringLiteral("SELECT token FROM case_bit_terms"));
    if (!tokens)
        return tokens.error().message.english;
    QStringList list;
    for (QSqlQuery q = std::move(tokens).value(); q.next();)
        list << q.value(0).toString();
    for (const QString& token : list) {
        const QString matches
            = QStringLiteral("SELECT 't:' || ?, rowid >> 6, sum(1 << (rowid & 63)) FROM case_search(?) GROUP BY 2");
        const QString keyed = QStringLiteral("SELECT key, word, bits FROM case_bits WHERE key = 't:' || ?");
        const QVariantList binds { token, QStringLiteral("\"%1\"").arg(token), token };
        if (QString d = first(matches + QStringLiteral(" EXCEPT ") + keyed, binds); !d.isEmpty())
            return QStringLiteral("token's words missing or wrong: ") + d;
        if (QString d = first(
                keyed + QStringLiteral(" EXCEPT ") + matches, { token, token, QStringLiteral("\"%1\"").arg(token) });
            !d.isEmpty())
            return QStringLiteral("token's words not in the index: ") + d;
    }
    return first(QStringLiteral("SELECT 'a word without bits', key, word FROM case_bits WHERE bits = 0"));
}
