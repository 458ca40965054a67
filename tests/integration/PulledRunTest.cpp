// A pulled page written a run at a time (sync/PulledRun, issue 22) against the same page applied one
// record at a time, as before: the same rows in every table the records and their triggers write.
#include "ServerProcess.h"
#include "SyncingStation.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "storage/QuarantineStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/ClockOverride.h"
#include "sync/ChangeApplier.h"
#include "sync/SyncHttp.h"
#include "sync/SyncPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <httplib.h>

namespace {
// Every row a pull writes, in order, with its values.
QStringList rowsOf(Database& db)
{
    const QStringList queries {
        QStringLiteral("SELECT * FROM clients ORDER BY seq"),
        QStringLiteral("SELECT * FROM cases ORDER BY seq"),
        QStringLiteral("SELECT * FROM case_events ORDER BY seq"),
        QStringLiteral("SELECT * FROM clock_events ORDER BY id"),
        QStringLiteral("SELECT doc, offset, term FROM case_search_words ORDER BY doc, offset"),
        QStringLiteral("SELECT doc, offset, term FROM client_search_words ORDER BY doc, offset"),
        QStringLiteral("SELECT figure, day, station_seq, key, n FROM report_days WHERE n <> 0 ORDER BY 1, 2, 3, 4"),
        QStringLiteral("SELECT key, word, bits FROM case_bits WHERE bits <> 0 ORDER BY key, word"),
        QStringLiteral("SELECT * FROM uscc_cases ORDER BY 1"),
        QStringLiteral("SELECT seq, code, name, level FROM stations WHERE is_local = 0 ORDER BY seq"),
        QStringLiteral("SELECT entity, record_id, field FROM sync_quarantine ORDER BY seq"),
    };
    // The full-text tables keep no text: their words, through FTS5's own view of its index.
    REQUIRE(db.execScript(
                  QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_words USING fts5vocab(main, "
                                 "case_search, instance);"
                                 "CREATE VIRTUAL TABLE IF NOT EXISTS temp.client_search_words USING fts5vocab(main, "
                                 "client_search, instance);"))
                .ok());
    QStringList rows;
    for (const QString& sql : queries) {
        auto q = Sql::run(db.sql(), sql);
        REQUIRE(q.ok());
        QSqlQuery query = std::move(q).value();
        const int columns = query.record().count();
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns; ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << sql.section(QLatin1String(" FROM "), 1).section(u' ', 0, 0) + QLatin1Char(':') + values.join(u'|');
        }
    }
    return rows;
}

// Pulls everything in pages of `limit`, each page in one transaction as SyncClient does, applied by
// `apply`. Returns what was added and held.
template<typename Apply>
std::pair<int, int> pullEverything(SyncingStation& s, int limit, Apply apply)
{
    auto http = SyncHttp::clientFor(s.endpoint);
    const httplib::Headers auth { { "Authorization", "Bearer " + s.endpoint.token.toStdString() } };
    ChangeApplier applier(*s.t.db);
    int added = 0, held = 0;
    for (qint64 after = 0;;) {
        auto res = http->Get(QStringLiteral("/v1/pull?after=%1&limit=%2").arg(after).arg(limit).toStdString(), auth);
        REQUIRE(res);
        REQUIRE(res->status == 200);
        const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
        WriteTransaction tx(*s.t.db);
        REQUIRE(tx.begun().ok());
        s.t.db->searchRows().hold();
        const auto [a, h] = apply(applier, page.value(QStringLiteral("changes")).toArray());
        added += a;
        held += h;
        REQUIRE(s.t.db->searchRows().write(*s.t.db).ok());
        REQUIRE(tx.commit().ok());
        after = qint64(page.value(QStringLiteral("cursor")).toDouble());
        if (!page.value(QStringLiteral("more")).toBool())
            break;
    }
    return { added, held };
}

std::pair<int, int> inRuns(ChangeApplier& applier, const QJsonArray& changes)
{
    auto outcome = applier.applyPage(changes);
    REQUIRE(outcome.ok());
    return { outcome->added, outcome->held };
}

std::pair<int, int> oneByOne(ChangeApplier& applier, const QJsonArray& changes)
{
    int added = 0, held = 0;
    for (const QJsonValue& change : changes) {
        auto outcome = applier.applyOrHold(change.toObject());
        REQUIRE(outcome.ok());
        added += *outcome == ChangeApplier::Outcome::Added ? 1 : 0;
        held += *outcome == ChangeApplier::Outcome::Held ? 1 : 0;
    }
    return { added, held };
}

// A case of the city's own that holds the number `number` under another id, as a restore or a hand
// edit might leave it: the pulled case of that number cannot be stored.
void takeNumber(SyncingStation& s, const QString& number)
{
    REQUIRE(Sql::run(s.t.db->sql(),
        QStringLiteral("INSERT INTO clients(id, kind, name, created_at, updated_at) VALUES ('local-client', "
                       "'person', '本站的客户', '2026-11-02T01:00:00Z', '2026-11-02T01:00:00Z')"))
                .ok());
    REQUIRE(Sql::run(s.t.db->sql(),
        QStringLiteral("INSERT INTO cases(id, number, station_seq, client_seq, channel, category_code, item_code, "
                       "summary, status, received_at, received_by, created_at, updated_at) "
                       "SELECT 'local-copy', ?, 1, seq, 'window', '5', '5.4', '本站的诉求', 'registered', "
                       "'2026-11-02T01:00:00Z', 'c', '2026-11-02T01:00:00Z', '2026-11-02T01:00:00Z' "
                       "FROM clients WHERE id = 'local-client'"),
        { number })
                .ok());
}
} // namespace

TEST_CASE("a pulled page written a run at a time stores what applying it one record at a time stores", "[sync][pull]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation runs(server, QStringLiteral("SJ"), QStringLiteral("city"));
    SyncingStation single(server, QStringLiteral("SK"), QStringLiteral("city"));
    server.start();
    DemoOptions demo;
    demo.cases = 1200;
    demo.seed = 5;
    demo.until = QDate(2026, 11, 24);
    demo.years = 1;
    demo.withOutbox = true;
    REQUIRE(DemoData::generate(*ln.t.db, ln.t.catalog, demo).ok());
    REQUIRE(ln.sync().ok());
    // One case, far into the pull, cannot be stored at either city: its run is written one record at
    // a time, and only it and what hangs on it are held back.
    auto taken = Sql::one(*ln.t.db, QStringLiteral("SELECT number FROM cases ORDER BY seq LIMIT 1 OFFSET 700"));
    REQUIRE(taken.ok());
    REQUIRE(taken->has_value());
    const QString number = (**taken).at(0).toString();
    takeNumber(runs, number);
    takeNumber(single, number);

    const ClockOverride fixed(QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC));
    const auto [runsAdded, runsHeld] = pullEverything(runs, 500, inRuns);
    const auto [oneAdded, oneHeld] = pullEverything(single, 500, oneByOne);
    CHECK(runsAdded > 2000);
    CHECK(runsAdded == oneAdded);
    CHECK(runsHeld >= 2); // the case and at least its closing
    CHECK(runsHeld == oneHeld);
    const QStringList inRunRows = rowsOf(*runs.t.db), oneByOneRows = rowsOf(*single.t.db);
    REQUIRE(inRunRows.size() == oneByOneRows.size());
    for (qsizetype i = 0; i < inRunRows.size(); ++i) {
        INFO(i);
        REQUIRE(inRunRows.at(i) == oneByOneRows.at(i));
    }
    CHECK(caseBitsDisagreement(*runs.t.db).isEmpty());
    CHECK(runs.count(QStringLiteral("咨询")) == single.count(QStringLiteral("咨询")));

    // The same pages again change nothing; verification then finds the city as the platform has it,
    // but for what it holds back.
    const auto [again, heldAgain] = pullEverything(runs, 2000, inRuns);
    CHECK(again == 0);
    CHECK(heldAgain == runsHeld); // held once more, as one record at a time would
    const auto kept = [](QStringList rows) {
        rows.removeIf([](const QString& r) { return r.startsWith(QLatin1String("sync_quarantine:")); });
        return rows;
    };
    CHECK(kept(rowsOf(*runs.t.db)) == kept(inRunRows));
    auto synced = runs.sync();
    REQUIRE(synced.ok());
    CHECK(synced->added == 0);
    CHECK(synced->verified);
    CHECK(synced->repaired == 0);
    CHECK(synced->setAside == runsHeld);
    CHECK(synced->onlyHere == 2); // the city's own client and case, never sent
}

namespace {
QJsonObject changeOf(const QString& entity, const QJsonObject& payload, qint64 rev = 1)
{
    return { { QStringLiteral("entity"), entity },
        { QStringLiteral("record_id"), payload.value(QStringLiteral("id")) },
        { QStringLiteral("rev"), rev },
        { QStringLiteral("payload"), payload } };
}
} // namespace

TEST_CASE("a record the rules refuse in the middle of a run is held with its reason, and what hangs on it; the rest "
          "lands",
    "[sync][pull]")
{
    TestDatabase city(QStringLiteral("SJ"), StationLevel::City);
    const Station ln {
        0, {}, QStringLiteral("LZ"), QStringLiteral("LN"), QStringLiteral("柳南区"), StationLevel::County
    };
    Client client;
    client.id = Sql::newId();
    client.name = QStringLiteral("柳州螺蛳粉食品有限公司");
    client.createdAt = QDateTime(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC);
    auto kase = [&](int n, const QString& item) {
        CaseRecord c;
        c.id = Sql::newId();
        c.number = QStringLiteral("LZ-LN-20261102-%1").arg(n, 4, 10, QLatin1Char('0'));
        c.clientId = client.id;
        c.itemCode = item;
        c.categoryCode = item.section(u'.', 0, 0);
        c.summary = QStringLiteral("咨询食品生产许可证办理");
        c.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(2, n), Qt::UTC);
        c.receivedBy = QStringLiteral("c");
        return c;
    };
    const CaseRecord good = kase(1, QStringLiteral("5.4")), bad = kase(2, QStringLiteral("9.99")),
                     later = kase(3, QStringLiteral("5.4"));
    auto closing = [](const CaseRecord& c) {
        return SyncPayload::caseEvent(
            c.id, { Sql::newId(), QStringLiteral("closed"), QStringLiteral("c"), c.receivedAt.addSecs(600), {} });
    };
    const QJsonArray page { changeOf(QStringLiteral("client"), SyncPayload::client(client)),
        changeOf(QStringLiteral("case"), SyncPayload::caseRecord(good, ln)),
        changeOf(QStringLiteral("case"), SyncPayload::caseRecord(bad, ln)),
        changeOf(QStringLiteral("case_event"), closing(bad)),
        changeOf(QStringLiteral("case"), SyncPayload::caseRecord(later, ln)),
        changeOf(QStringLiteral("case_event"), closing(good)) };

    ChangeApplier applier(*city.db);
    WriteTransaction tx(*city.db);
    REQUIRE(tx.begun().ok());
    city.db->searchRows().hold();
    auto outcome = applier.applyPage(page);
    REQUIRE(outcome.ok());
    REQUIRE(city.db->searchRows().write(*city.db).ok());
    REQUIRE(tx.commit().ok());
    CHECK(outcome->added == 4);
    CHECK(outcome->held == 2);
    CHECK(city.count(QStringLiteral("cases")) == 2);
    CHECK(city.count(QStringLiteral("case_events")) == 1);
    auto held = QuarantineStore::held(*city.db);
    REQUIRE(held.ok());
    REQUIRE(held->size() == 2);
    CHECK(held->at(0).recordId == bad.id);
    CHECK(held->at(0).field == QStringLiteral("item"));
    CHECK(held->at(1).entity == QStringLiteral("case_event"));
    CHECK(caseBitsDisagreement(*city.db).isEmpty());
    CaseFilter words;
    words.text = QStringLiteral("螺蛳粉");
    CHECK(CaseQuery::count(*city.db, words).value() == 2); // the search rows of the two that landed
}
