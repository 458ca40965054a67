#include "demo/DemoData.h"

#include "common/Clock.h"
#include "demo/DemoCounterWork.h"
#include "demo/DemoHistory.h"
#include "domain/WorkCalendar.h"
#include "reports/MonthlyReport.h"
#include "search/CaseQuery.h"
#include "storage/ClientStore.h"
#include "storage/Sql.h"
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

TEST_CASE(
    "the closed cases' past has notices, handoffs and instructions, counted by the report as in the tables", "[demo]")
{
    // The workflows' own notices first (DemoCounterWork), then the past in bulk, numbered on from them.
    const auto made = [](TestDatabase& t) {
        REQUIRE(DemoData::generate(*t.db, t.catalog, { 3000, 7, QDate(2026, 11, 24), 5 }).ok());
        REQUIRE(DemoCounterWork::add(*t.db, t.catalog, WorkCalendar::standard(), false).ok());
        auto past = DemoHistory::add(*t.db);
        REQUIRE(past.ok());
        return past.value();
    };
    TestDatabase t, again;
    const DemoHistorySummary past = made(t);
    const auto scalar = [](TestDatabase& db, const QString& sql) {
        auto row = Sql::one(*db.db, sql);
        REQUIRE(row.ok());
        REQUIRE(row->has_value());
        return (**row).first().toLongLong();
    };
    // About one closed case in nine of those that took days has a notice, one in twelve a handoff.
    const qint64 slow
        = scalar(t, QStringLiteral("SELECT count(*) FROM cases WHERE status = 'closed' AND answer IS NULL"));
    INFO("closed after days: " << slow);
    CHECK(past.notices > slow / 15);
    CHECK(past.notices < slow / 6);
    CHECK(past.handoffs > slow / 20);
    CHECK(past.handoffs < slow / 8);
    CHECK(past.instructions > 0);
    CHECK(
        scalar(t, QStringLiteral("SELECT count(DISTINCT number) FROM notices")) == t.count(QStringLiteral("notices")));
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'noticed'"))
        == t.count(QStringLiteral("notices")));
    // Each handoff finished before its case closed, on the timeline too.
    CHECK(scalar(t,
              QStringLiteral("SELECT count(*) FROM handoffs h JOIN cases c ON c.seq = h.case_seq "
                             "WHERE h.result_at > c.closed_at"))
        == 0);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'service_result'")) >= past.handoffs);
    // The same again for the same cases.
    CHECK(made(again).notices == past.notices);
    CHECK(scalar(again, QStringLiteral("SELECT group_concat(number) FROM (SELECT number FROM notices ORDER BY seq)"))
        == scalar(t, QStringLiteral("SELECT group_concat(number) FROM (SELECT number FROM notices ORDER BY seq)")));
    // The report counts what the tables hold (October 2026 in China time, stored in UTC).
    auto f = MonthlyReport::compute(
        *t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor(QStringLiteral("s"), Role::Supervisor));
    REQUIRE(f.ok());
    const QString october = QStringLiteral(">= '2026-09-30T16:00:00.000Z' AND %1 < '2026-10-31T16:00:00.000Z'");
    CHECK(f->noticesIssued
        == scalar(t,
            QStringLiteral("SELECT count(*) FROM notices WHERE issued_at ")
                + october.arg(QStringLiteral("issued_at"))));
    CHECK(f->handedOff
        == scalar(t,
            QStringLiteral("SELECT count(*) FROM handoffs WHERE handed_at ")
                + october.arg(QStringLiteral("handed_at"))));
    CHECK(f->instructionsAsked
        == scalar(t,
            QStringLiteral("SELECT count(*) FROM instruction_requests WHERE asked_at ")
                + october.arg(QStringLiteral("asked_at"))));
    CHECK(f->noticesIssued > 0);
    CHECK(f->handedOff > 0);
}

TEST_CASE("with the outbox, every line of the demo's timelines goes to the platform, the past's too", "[demo][sync]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 1500, 3, QDate(2026, 11, 24), 3, true }).ok());
    REQUIRE(DemoCounterWork::add(*t.db, t.catalog, WorkCalendar::standard(), true).ok());
    auto past = DemoHistory::add(*t.db, true);
    REQUIRE(past.ok());
    REQUIRE(past->notices + past->handoffs > 0);
    // Before: the past's lines (notices, handoffs, instructions) had none, and a sync's check found
    // them missing on the platform.
    CHECK(t.count(QStringLiteral("case_events e WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = "
                                 "'case_event' AND o.record_id = e.id)"))
        == 0);
    CHECK(t.count(QStringLiteral("outbox o WHERE o.entity = 'case_event' AND NOT EXISTS (SELECT 1 FROM case_events e "
                                 "WHERE e.id = o.record_id)"))
        == 0);
    // Without it, none.
    TestDatabase quiet;
    REQUIRE(DemoData::generate(*quiet.db, quiet.catalog, { 300, 3, QDate(2026, 11, 24), 3 }).ok());
    REQUIRE(DemoHistory::add(*quiet.db).ok());
    CHECK(quiet.count(QStringLiteral("outbox")) == 0);
}
