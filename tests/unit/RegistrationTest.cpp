// 7.2.2 answered on the spot and closed; 7.2.3 registered and classified for follow-up. One
// transaction each: bad input changes nothing anywhere.
#include "workflow/Registration.h"

#include "common/Clock.h"
#include "search/CaseQuery.h"
#include "storage/CaseStore.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

#include <QRegularExpression>

namespace {
struct Snapshot
{
    qint64 cases, events, audit, counters, clients, outbox;
    bool operator==(const Snapshot& o) const
    {
        return cases == o.cases && events == o.events && audit == o.audit && counters == o.counters
            && clients == o.clients && outbox == o.outbox;
    }
};

Snapshot snapshot(const TestDatabase& t)
{
    return { t.count(QStringLiteral("cases")),
        t.count(QStringLiteral("case_events")),
        t.count(QStringLiteral("audit_log")),
        t.count(QStringLiteral("case_counters")),
        t.count(QStringLiteral("clients")),
        t.count(QStringLiteral("outbox")) };
}

NewCase walkIn(const QString& clientId)
{
    NewCase c;
    c.clientId = clientId;
    c.channel = QStringLiteral("window");
    c.itemCode = QStringLiteral("5.2.2");
    c.summary = QStringLiteral("查询企业标准有效性");
    return c;
}
} // namespace

TEST_CASE("a request registered for follow-up gets a number, a timeline and an audit entry", "[registration]")
{
    TestDatabase t;
    const QString client
        = t.addClient(QStringLiteral("广西柳工机械股份有限公司"), QStringLiteral("91450200198229141F"));
    ClockOverride clock([] { return QDateTime(QDate(2026, 11, 24), QTime(2, 15), Qt::UTC); });
    auto r = Registration(*t.db, t.catalog).registerCase(walkIn(client), testActor(QStringLiteral("clerk1")));
    clock.reset();
    REQUIRE(r.ok());
    CHECK(r->number == QStringLiteral("LZ-LN-20261124-0001"));
    CHECK(r->status == CaseStatus::Registered);
    CHECK(r->categoryCode == QStringLiteral("5.2"));
    CHECK(r->clientName == QStringLiteral("广西柳工机械股份有限公司"));
    CHECK(r->receivedBy == QStringLiteral("clerk1"));
    REQUIRE(r->events.size() == 1);
    CHECK(r->events.first().kind == QStringLiteral("registered"));
    CHECK(t.count(QStringLiteral("audit_log WHERE action = 'case.register'")) == 1);

    auto shown = CaseStore::byNumber(*t.openAnother(), r->number, true);
    REQUIRE(shown.ok());
    CHECK(shown->summary == QStringLiteral("查询企业标准有效性"));
}

TEST_CASE("a request answered on the spot is recorded with its answer and closed (7.2.2)", "[registration]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("张三"));
    NewCase input = walkIn(client);
    input.answer = QStringLiteral("已告知标准现行有效");
    auto r = Registration(*t.db, t.catalog).registerCase(input, testActor(QStringLiteral("clerk1")));
    REQUIRE(r.ok());
    CHECK(r->status == CaseStatus::Closed);
    CHECK(r->answer == QStringLiteral("已告知标准现行有效"));
    REQUIRE(r->events.size() == 2);
    CHECK(r->events.at(1).kind == QStringLiteral("answered"));
    CHECK(r->events.at(1).detail == QStringLiteral("已告知标准现行有效"));
}

TEST_CASE("bad input names the field and changes nothing", "[registration]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("张三"));
    REQUIRE(Registration(*t.db, t.catalog).registerCase(walkIn(client), testActor(QStringLiteral("c"))).ok());
    const Snapshot before = snapshot(t);

    struct Bad
    {
        const char* field;
        std::function<void(NewCase&)> spoil;
    };
    const QList<Bad> cases = {
        { "client", [](NewCase& c) { c.clientId.clear(); } },
        { "channel", [](NewCase& c) { c.channel = QStringLiteral("nowhere"); } },
        { "item", [](NewCase& c) { c.itemCode = QStringLiteral("5.99"); } },
        { "summary", [](NewCase& c) { c.summary = QStringLiteral("   "); } },
        { "summary", [](NewCase& c) { c.summary = QString(2001, QChar(u'查')); } },
        { "answer", [](NewCase& c) { c.answer = QString(4001, QChar(u'答')); } },
        { "received_at", [](NewCase& c) { c.receivedAt = QDateTime::currentDateTimeUtc().addDays(2); } },
    };
    for (const Bad& bad : cases) {
        INFO(bad.field);
        NewCase input = walkIn(client);
        bad.spoil(input);
        auto r = Registration(*t.db, t.catalog).registerCase(input, testActor(QStringLiteral("c")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().field == QString::fromLatin1(bad.field));
        CHECK_FALSE(r.error().message.english.isEmpty());
        CHECK(snapshot(t) == before);
    }
    // An unknown client is found missing inside the transaction: still nothing changes.
    NewCase ghost = walkIn(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    auto r = Registration(*t.db, t.catalog).registerCase(ghost, testActor(QStringLiteral("c")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotFound);
    CHECK(snapshot(t) == before);
    // The next good registration takes the next number: the failures used none.
    auto next = Registration(*t.db, t.catalog).registerCase(walkIn(client), testActor(QStringLiteral("c")));
    REQUIRE(next.ok());
    CHECK(next->number.endsWith(QStringLiteral("-0002")));
}

TEST_CASE("registration needs a station", "[registration]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bare.db")));
    REQUIRE(db.ok());
    auto catalog = Catalog::loadBuiltIn();
    NewCase input = walkIn(QStringLiteral("x"));
    auto r = Registration(**db, *catalog).registerCase(input, testActor(QStringLiteral("c")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotFound);
}

TEST_CASE("every registration writes its sync ops in the same transaction", "[registration][outbox]")
{
    TestDatabase t;
    CHECK(t.count(QStringLiteral("outbox WHERE entity = 'client'")) == 0);
    const QString client = t.addClient(QStringLiteral("张三"));
    CHECK(t.count(QStringLiteral("outbox WHERE entity = 'client' AND kind = 'create'")) == 1);
    REQUIRE(Registration(*t.db, t.catalog).registerCase(walkIn(client), testActor(QStringLiteral("c"))).ok());
    CHECK(t.count(QStringLiteral("outbox WHERE entity = 'case' AND kind = 'create'")) == 1);
    NewCase answered = walkIn(client);
    answered.answer = QStringLiteral("已答复");
    auto r = Registration(*t.db, t.catalog).registerCase(answered, testActor(QStringLiteral("c")));
    REQUIRE(r.ok());
    CHECK(t.count(QStringLiteral("outbox WHERE entity = 'case_event'")) == 1);
    CHECK(t.count(QStringLiteral("outbox WHERE state = 'pending'")) == 4);
    // The case op carries the record by its UUIDs, as the other side stores it.
    auto ops = OutboxStore::pending(*t.db, 10);
    REQUIRE(ops.ok());
    const OutboxOp& caseOp = ops->at(2);
    CHECK(caseOp.recordId == r->id);
    CHECK(caseOp.payload.value(QStringLiteral("number")).toString() == r->number);
    CHECK(caseOp.payload.value(QStringLiteral("client_id")).toString() == client);
    CHECK(caseOp.payload.value(QStringLiteral("station")).toString() == QStringLiteral("LZ-LN"));

    // A new client registered with its case: both ops, or (refused) neither.
    NewCase withNewClient = walkIn(QString());
    REQUIRE(Registration(*t.db, t.catalog)
                .registerCase(
                    withNewClient, testActor(QStringLiteral("c")), NewClient { QStringLiteral("李四"), {}, {}, {}, {} })
                .ok());
    CHECK(t.count(QStringLiteral("outbox")) == 6);
    withNewClient.summary.clear();
    CHECK_FALSE(
        Registration(*t.db, t.catalog)
            .registerCase(
                withNewClient, testActor(QStringLiteral("c")), NewClient { QStringLiteral("王五"), {}, {}, {}, {} })
            .ok());
    CHECK(t.count(QStringLiteral("outbox")) == 6);
    CHECK(t.count(QStringLiteral("clients WHERE name = '王五'")) == 0);
}

TEST_CASE("the event timeline is append-only", "[registration]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("张三"));
    NewCase answered = walkIn(client);
    answered.answer = QStringLiteral("已当场答复：标准现行有效。"); // 7.2.2: the answer is an event
    REQUIRE(Registration(*t.db, t.catalog).registerCase(answered, testActor(QStringLiteral("clerk1"))).ok());
    CHECK(t.count(QStringLiteral("case_events")) == 1);
    CHECK_FALSE(Sql::run(t.db->sql(), QStringLiteral("DELETE FROM case_events")).ok());
    CHECK_FALSE(Sql::run(t.db->sql(), QStringLiteral("UPDATE case_events SET actor = 'x'")).ok());
    CHECK(t.count(QStringLiteral("case_events")) == 1);
}

TEST_CASE("all problems of a registration are listed in the form's order; the first refuses it", "[registration]")
{
    TestDatabase t;
    NewCase input;
    input.channel = QStringLiteral("fax");
    input.outcome = Outcome::AnswerAndClose;
    NewClient client;
    client.uscc = QStringLiteral("914502001982291412");
    client.phone = QStringLiteral("12345");
    const QList<Error> all = Registration::problems(t.catalog, input, client);
    QStringList fields;
    for (const Error& e : all)
        fields << e.field;
    CHECK(fields.join(QLatin1Char(' ')).toStdString() == "name uscc phone channel item summary answer");
    auto refused = Registration(*t.db, t.catalog).registerCase(input, testActor(), client);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("name"));
    CHECK(t.count(QStringLiteral("cases")) == 0);
    input.clientId = QStringLiteral("x");
    CHECK(Registration::problems(t.catalog, input).size() == 4); // channel, item, summary, answer
}

TEST_CASE("the person who came is kept with the case, found by name or the last digits of the phone", "[registration]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳州某机械厂"));
    NewCase in = walkIn(client);
    in.visitorName = QStringLiteral("  覃明 ");
    in.visitorPhone = QStringLiteral("139 0772 1234");
    auto r = Registration(*t.db, t.catalog).registerCase(in, testActor(QStringLiteral("clerk1")));
    REQUIRE(r.ok());
    CHECK(r->visitorName == QStringLiteral("覃明"));
    CHECK(r->visitorPhone == QStringLiteral("13907721234"));
    auto find = [&](const QString& text) {
        CaseFilter f;
        f.text = text;
        auto page = CaseQuery::page(*t.db, f, 0, 10);
        REQUIRE(page.ok());
        return page->size();
    };
    CHECK(find(QStringLiteral("覃明")) == 1);
    CHECK(find(QStringLiteral("13907721234")) == 1);
    CHECK(find(QStringLiteral("1234")) == 1); // 尾号, as read out
    CHECK(find(QStringLiteral("张三")) == 0);

    // A phone that is none is refused by its field, with everything else wrong, and nothing is written.
    const Snapshot before = snapshot(t);
    NewCase bad = walkIn(client);
    bad.summary.clear();
    bad.visitorPhone = QStringLiteral("12345");
    const QList<Error> problems = Registration::problems(t.catalog, bad, std::nullopt);
    QStringList fields;
    for (const Error& e : problems)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("visitor_phone")));
    CHECK(fields.contains(QStringLiteral("summary")));
    auto refused = Registration(*t.db, t.catalog).registerCase(bad, testActor(QStringLiteral("clerk1")));
    REQUIRE_FALSE(refused.ok());
    CHECK(snapshot(t) == before);
}
