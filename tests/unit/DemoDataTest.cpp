#include "demo/DemoData.h"

#include "common/Clock.h"
#include "search/CaseQuery.h"
#include "storage/ClientStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "validation/Uscc.h"

namespace {
QStringList fingerprint(TestDatabase& t)
{
    QStringList out;
    for (const CaseRecord& c : CaseQuery::page(*t.db, {}, 0, 100000).value())
        out << c.number + c.clientName + c.summary + Channels::key(c.channel) + c.itemCode;
    return out;
}
} // namespace

TEST_CASE("the same seed gives the same data; another seed other data", "[demo]")
{
    TestDatabase a, b, c;
    const DemoOptions options { 600, 42, QDate(2026, 11, 24), 5 };
    REQUIRE(DemoData::generate(*a.db, a.catalog, options).ok());
    REQUIRE(DemoData::generate(*b.db, b.catalog, options).ok());
    REQUIRE(DemoData::generate(*c.db, c.catalog, { 600, 43, QDate(2026, 11, 24), 5 }).ok());
    const QStringList fa = fingerprint(a);
    CHECK(fa.size() == 600);
    CHECK(fa == fingerprint(b));
    CHECK(fa != fingerprint(c));
}

TEST_CASE("demo data is realistic and valid", "[demo]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 2000, 7, QDate(2026, 11, 24), 5 }).ok());
    const auto cases = CaseQuery::page(*t.db, {}, 0, 5000).value();
    REQUIRE(cases.size() == 2000);
    CHECK(cases.first().number.startsWith(QStringLiteral("LZ-LN-202611")));
    CHECK(cases.last().number.startsWith(QStringLiteral("LZ-LN-2021")));
    QSet<QString> categories, channels;
    for (const CaseRecord& c : cases) {
        categories.insert(c.categoryCode);
        channels.insert(Channels::key(c.channel));
        CHECK(c.receivedAt.toTimeZone(Clock::chinaZone()).date().dayOfWeek() <= 5);
    }
    CHECK(categories.size() == 12);
    CHECK(channels.size() == 6);
    for (const Client& c : ClientStore::find(*t.db, { {}, 0, 1000 }).value())
        if (!c.uscc.isEmpty())
            CHECK(Uscc::validate(c.uscc).ok());
    CaseFilter metrology;
    metrology.text = QStringLiteral("计量");
    CHECK(CaseQuery::count(*t.db, metrology).value() > 100);
    // The demo's counters continue: a new registration today does not collide with demo numbers.
    CHECK(t.count(QStringLiteral("case_counters")) > 1000);
}
