// Issue 20: every case on a clock. The fold of a clock's facts on the Chinese working-day calendar
// (its hard days included), and the workflows that add the facts: who may, what a case in the
// wrong state refuses, and that each is one transaction with its timeline line and sync op.
#include "domain/CaseClock.h"

#include "common/Clock.h"
#include "domain/ReturnReason.h"
#include "domain/WorkCalendar.h"
#include "reports/ClockOverview.h"
#include "reports/MonthlyReport.h"
#include "search/CaseQuery.h"
#include "storage/AgencyStore.h"
#include "storage/CaseStore.h"
#include "storage/ClockEventStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "sync/RecordRules.h"
#include "sync/SyncPayload.h"
#include "workflow/AgencyArchive.h"
#include "workflow/CaseActions.h"
#include "workflow/CaseClocks.h"
#include "workflow/Handoff.h"
#include "workflow/HandoffProgress.h"
#include "workflow/InstructionRequests.h"
#include "workflow/OneTimeNotice.h"
#include "workflow/Registration.h"
#include "workflow/TimeLimits.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
const WorkCalendar& calendar()
{
    static const WorkCalendar c = WorkCalendar::load().value();
    return c;
}

// China time, as people say it, in UTC as it is kept.
QDateTime china(const QDate& d, const QTime& t)
{
    return QDateTime(d, t, Clock::chinaZone()).toUTC();
}

ClockEvent fact(const QString& id, const QString& kind, const QDateTime& at, int days = 0, const QString& ref = {})
{
    ClockEvent e;
    e.id = id;
    e.kind = kind;
    e.at = at;
    e.actor = QStringLiteral("zhangli");
    e.reason = kind == QLatin1String("pause") ? QStringLiteral("materials") : QString();
    e.days = days;
    e.ref = ref;
    return e;
}
} // namespace

TEST_CASE("a pause from Thursday to Tuesday gives back Friday, Monday and Tuesday", "[clock]")
{
    // Received Thursday 2026-11-05, 15 working days to close: due Thursday 2026-11-26.
    const QDate received(2026, 11, 5);
    CaseClock running = CaseClock::fold(received, 1, 15, {}, calendar());
    CHECK(running.dueResponse == QDate(2026, 11, 6));
    CHECK(running.dueClose == QDate(2026, 11, 26));
    CaseClock paused = CaseClock::fold(received,
        1,
        15,
        { fact(QStringLiteral("a"), QStringLiteral("pause"), china(received, QTime(10, 5))) },
        calendar());
    CHECK(paused.isPaused());
    CHECK(paused.light(true, QDate(2026, 11, 30), calendar()) == ClockLight::Paused);
    const CaseClock resumed = CaseClock::fold(received,
        1,
        15,
        { fact(QStringLiteral("b"), QStringLiteral("resume"), china(QDate(2026, 11, 10), QTime(10, 10))),
            fact(QStringLiteral("a"), QStringLiteral("pause"), china(received, QTime(10, 5))) },
        calendar());
    CHECK_FALSE(resumed.isPaused());
    CHECK(resumed.pausedWorkingDays == 3);
    CHECK(resumed.dueClose == QDate(2026, 12, 1));
    // A resume with nothing paused, or a second pause, changes nothing.
    const CaseClock odd = CaseClock::fold(received,
        1,
        15,
        { fact(QStringLiteral("r0"), QStringLiteral("resume"), china(received, QTime(9, 0))) },
        calendar());
    CHECK(odd.dueClose == running.dueClose);
}

TEST_CASE("the calendar's hard days: National Day and its make-up Saturday, a Spring Festival make-up day, "
          "a case received at 23:59 on a holiday's eve",
    "[clock]")
{
    // Paused Wednesday 30 September, resumed Monday 12 October 2026: 1-7 October are off, the 10th
    // (a Saturday) is worked, the 11th is a Sunday: the 8th, 9th, 10th and 12th count, four days.
    const QDate received(2026, 9, 28);
    const CaseClock c = CaseClock::fold(received,
        1,
        10,
        { fact(QStringLiteral("a"), QStringLiteral("pause"), china(QDate(2026, 9, 30), QTime(16, 0))),
            fact(QStringLiteral("b"), QStringLiteral("resume"), china(QDate(2026, 10, 12), QTime(9, 0))) },
        calendar());
    CHECK(c.pausedWorkingDays == 4);
    CHECK(c.dueClose == calendar().addWorkingDays(calendar().addWorkingDays(received, 10), 4));

    // Due Friday 27 February; one more day approved ends on Saturday the 28th, worked for the
    // Spring Festival.
    const CaseClock extended = CaseClock::fold(QDate(2026, 2, 26),
        1,
        1,
        { fact(QStringLiteral("x"), QStringLiteral("extension_asked"), china(QDate(2026, 2, 26), QTime(11, 0)), 1),
            fact(QStringLiteral("y"),
                QStringLiteral("extension_approved"),
                china(QDate(2026, 2, 26), QTime(15, 0)),
                0,
                QStringLiteral("x")),
            // A second decision on the same request is passed over.
            fact(QStringLiteral("z"),
                QStringLiteral("extension_approved"),
                china(QDate(2026, 2, 26), QTime(16, 0)),
                0,
                QStringLiteral("x")) },
        calendar());
    CHECK(extended.dueClose == QDate(2026, 2, 28));
    CHECK(extended.decisions.size() == 1);
    CHECK_FALSE(extended.pendingExtension());

    // Received at 23:59 on 30 September (15:59 UTC): its day is the 30th, the first working day
    // after it the 8th of October, and three working days end on the make-up Saturday.
    const QDateTime late = china(QDate(2026, 9, 30), QTime(23, 59));
    CHECK(late.time().hour() == 15);
    const CaseClock eve = CaseClock::fold(Clock::chinaDate(late), 1, 3, {}, calendar());
    CHECK(eve.dueResponse == QDate(2026, 10, 8));
    CHECK(eve.dueClose == QDate(2026, 10, 10));
}

TEST_CASE(
    "the light: green, amber within two working days, red the day after its date, paused, none when closed", "[clock]")
{
    const QDate due(2026, 11, 26); // a Thursday
    CHECK(CaseClock::light(true, due, false, QDate(2026, 11, 20), calendar()) == ClockLight::Green);
    CHECK(CaseClock::light(true, due, false, QDate(2026, 11, 24), calendar()) == ClockLight::Amber);
    CHECK(CaseClock::light(true, due, false, due, calendar()) == ClockLight::Amber);
    CHECK(CaseClock::light(true, due, false, QDate(2026, 11, 27), calendar()) == ClockLight::Red);
    CHECK(CaseClock::light(true, due, true, QDate(2026, 11, 27), calendar()) == ClockLight::Paused);
    CHECK(CaseClock::light(false, due, false, QDate(2026, 11, 27), calendar()) == ClockLight::None);
    CHECK(CaseClock::light(true, QDate(), false, due, calendar()) == ClockLight::None);
    CHECK(ClockLights::key(ClockLight::Red) == QStringLiteral("red"));
}

namespace {
struct ClockFixture
{
    // Thursday 5 November 2026, 10:00 in China, whatever the machine's zone.
    ClockOverride clock { QDateTime(QDate(2026, 11, 5), QTime(2, 0), Qt::UTC) };
    TestDatabase t;
    QString number;

    ClockFixture()
    {
        const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"));
        auto c = Registration(*t.db, t.catalog)
                     .registerCase({ client,
                                       QStringLiteral("window"),
                                       QStringLiteral("5.1.2"),
                                       QStringLiteral("计量器具校准咨询"),
                                       {},
                                       {} },
                         clerk());
        REQUIRE(c.ok());
        number = c->number;
    }
    static Actor clerk() { return testActor(QStringLiteral("zhangli"), Role::Clerk); }
    static Actor supervisor() { return testActor(QStringLiteral("liming"), Role::Supervisor); }
    CaseRecord kase() { return CaseStore::byNumber(*t.db, number, true).value(); }
    qint64 ops() { return t.count(QStringLiteral("outbox")); }
};
} // namespace

TEST_CASE("a registered case keeps its item's limits and shows its due dates", "[clock]")
{
    ClockFixture f;
    const CatalogItem* item = f.t.catalog.item(QStringLiteral("5.1.2"));
    const CaseRecord c = f.kase();
    CHECK(c.responseDays == item->responseDays);
    CHECK(c.closeDays == item->closeDays);
    CHECK(c.dueResponse == calendar().addWorkingDays(QDate(2026, 11, 5), item->responseDays));
    CHECK(c.dueClose == calendar().addWorkingDays(QDate(2026, 11, 5), item->closeDays));
    CHECK_FALSE(c.pausedSince.isValid());
}

TEST_CASE("pause, resume, extension and urging: who may, what the state allows, one transaction each", "[clock]")
{
    ClockFixture f;
    CaseClocks clocks(*f.t.db, calendar());
    const QDate due0 = f.kase().dueClose;

    // A reason outside the list, or the wrong role, changes nothing.
    const qint64 before = f.ops();
    auto unknown = clocks.pause(f.number, QStringLiteral("lunch"), {}, ClockFixture::clerk());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("pause_reason"));
    CHECK(clocks.pause(f.number, QStringLiteral("materials"), {}, testActor(QStringLiteral("w"), Role::FieldStaff))
              .error()
              .code
        == ErrorCode::NotAllowed);
    CHECK(f.ops() == before);

    REQUIRE(clocks.pause(f.number, QStringLiteral("materials"), QStringLiteral("等待补正材料"), ClockFixture::clerk())
                .ok());
    CHECK(f.kase().pausedSince.isValid());
    CHECK(f.ops() == before + 2); // the fact and its timeline line
    CHECK(clocks.pause(f.number, QStringLiteral("testing"), {}, ClockFixture::clerk()).error().code
        == ErrorCode::NotAllowed);
    CHECK(f.ops() == before + 2);

    {
        ClockOverride later(QDateTime(QDate(2026, 11, 10), QTime(2, 10), Qt::UTC)); // Tuesday 10:10
        auto resumed = clocks.resume(f.number, {}, ClockFixture::clerk());
        REQUIRE(resumed.ok());
        CHECK_FALSE(resumed->pausedSince.isValid());
        CHECK(resumed->dueClose == calendar().addWorkingDays(due0, 3));
        CHECK(resumed->events.last().kind == QStringLiteral("clock_resumed"));
    }
    const QDate due1 = f.kase().dueClose;

    REQUIRE(clocks.askExtension(f.number, 5, QStringLiteral("需送外地检测"), ClockFixture::clerk()).ok());
    CHECK(clocks.askExtension(f.number, 3, QStringLiteral("再次"), ClockFixture::clerk()).error().code
        == ErrorCode::NotAllowed); // one request at a time
    CHECK(clocks.askExtension(f.number, 0, QStringLiteral("x"), ClockFixture::clerk()).error().field
        == QStringLiteral("extension_days"));
    CHECK(clocks.decideExtension(f.number, true, {}, ClockFixture::clerk()).error().code == ErrorCode::NotAllowed);
    CHECK(f.kase().dueClose == due1);
    REQUIRE(clocks.decideExtension(f.number, true, QStringLiteral("同意延期"), ClockFixture::supervisor()).ok());
    CHECK(f.kase().dueClose == calendar().addWorkingDays(due1, 5));
    CHECK(clocks.decideExtension(f.number, false, {}, ClockFixture::supervisor()).error().code
        == ErrorCode::NotAllowed); // decided already

    CHECK(clocks.urge(f.number, QStringLiteral("请尽快办理"), ClockFixture::clerk()).error().code
        == ErrorCode::NotAllowed);
    CHECK(clocks.urge(f.number, QString(), ClockFixture::supervisor()).error().field == QStringLiteral("urge_note"));
    REQUIRE(clocks.urge(f.number, QStringLiteral("请本周内办结"), ClockFixture::supervisor()).ok());
    auto clock = clocks.clockOf(f.kase());
    REQUIRE(clock.ok());
    REQUIRE(clock->urgings.size() == 1);
    CHECK(clock->urgings.first().note == QStringLiteral("请本周内办结"));
    CHECK(clock->extensions.size() == 1);
    // Every fact went out to sync, each with its own op.
    CHECK(f.t.count(QStringLiteral("outbox WHERE entity = 'clock_event'")) == 5);
    CHECK(f.t.count(QStringLiteral("clock_events")) == 5);
    // Kept as made.
    CHECK_FALSE(Sql::run(f.t.db->sql(), QStringLiteral("UPDATE clock_events SET days = 9")).ok());
}

TEST_CASE("a one-time notice stops the clock for the applicant's materials; an instruction's answer lets a clock "
          "stopped for it run",
    "[clock]")
{
    ClockFixture f;
    CaseClocks clocks(*f.t.db, calendar());
    const QDate due0 = f.kase().dueClose;
    auto notice = OneTimeNotice(*f.t.db, f.t.catalog, calendar()).issue({ f.number }, ClockFixture::clerk());
    REQUIRE(notice.ok());
    auto clock = clocks.clockOf(f.kase());
    REQUIRE(clock.ok());
    CHECK(clock->isPaused());
    CHECK(clock->pauseReason == QStringLiteral("materials"));
    REQUIRE(clock->pauses.size() == 1);
    CHECK(clock->pauses.first().note == notice->number); // which notice stopped it
    CHECK(f.t.count(QStringLiteral("outbox WHERE entity = 'clock_event'")) == 1);
    {
        // 材料已补齐 the next Tuesday: Friday, Monday and Tuesday do not count.
        ClockOverride later(QDateTime(QDate(2026, 11, 10), QTime(2, 10), Qt::UTC));
        auto resumed = clocks.resume(f.number, QStringLiteral("材料已补齐"), ClockFixture::clerk());
        REQUIRE(resumed.ok());
        CHECK(resumed->dueClose == calendar().addWorkingDays(due0, 3));
    }
    // A second notice while it runs stops it again; one while it stands adds no second pause.
    // From the day after, every reading of the clock a minute later: each fact after the one before.
    auto last = std::make_shared<QDateTime>(QDate(2026, 11, 11), QTime(2, 0), Qt::UTC);
    ClockOverride ticking([last] { return *last = last->addSecs(60); });
    auto again = OneTimeNotice(*f.t.db, f.t.catalog, calendar());
    NewNotice second { f.number };
    second.repeatReason = QStringLiteral("补正材料仍不齐全");
    REQUIRE(again.issue(second, ClockFixture::clerk()).ok());
    second.repeatReason = QStringLiteral("再次补正");
    REQUIRE(again.issue(second, ClockFixture::clerk()).ok());
    CHECK(clocks.clockOf(f.kase())->pauses.size() == 2);
    REQUIRE(clocks.resume(f.number, {}, ClockFixture::clerk()).ok());

    // Paused for an instruction: its answer ends the pause.
    InstructionRequests requests(*f.t.db);
    REQUIRE(requests.ask(f.number, QStringLiteral("能否免收费用？"), {}, ClockFixture::clerk()).ok());
    REQUIRE(clocks.pause(f.number, QStringLiteral("instruction"), {}, ClockFixture::clerk()).ok());
    REQUIRE(requests.answer(f.number, QStringLiteral("可以"), ClockFixture::supervisor()).ok());
    CHECK_FALSE(clocks.clockOf(f.kase())->isPaused());
    // Paused for testing: the answer to an instruction leaves it standing.
    REQUIRE(requests.ask(f.number, QStringLiteral("检测机构如何选？"), {}, ClockFixture::clerk()).ok());
    REQUIRE(clocks.pause(f.number, QStringLiteral("testing"), {}, ClockFixture::clerk()).ok());
    REQUIRE(requests.answer(f.number, QStringLiteral("选市质检院"), ClockFixture::supervisor()).ok());
    CHECK(clocks.clockOf(f.kase())->isPaused());
    CHECK(clocks.clockOf(f.kase())->pauseReason == QStringLiteral("testing"));
}

TEST_CASE("an agency returns a handoff for a listed reason: registered again, its clock running on", "[clock][handoff]")
{
    ClockFixture f;
    NewAgency agency;
    agency.name = QStringLiteral("柳州市计量技术测试研究所");
    agency.items = { QStringLiteral("5.1.2") };
    auto added = AgencyArchive(*f.t.db, f.t.catalog).add(agency, testActor(QStringLiteral("admin")));
    REQUIRE(added.ok());
    auto handOff = [&] {
        auto h = Handoff(*f.t.db, f.t.catalog, calendar())
                     .handOff({ f.number, added->id, 0, {}, QStringLiteral("唯一机构") }, ClockFixture::clerk());
        INFO((h.ok() ? QString() : h.error().message.english).toStdString());
        return h.ok();
    };
    REQUIRE(handOff());
    const QDate due = f.kase().dueClose;
    HandoffProgress progress(*f.t.db);
    auto wrong = progress.returned(f.number, QStringLiteral("天气不好"), {}, ClockFixture::clerk());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("return_reason"));
    CHECK(f.kase().status == CaseStatus::HandedOff);

    auto back = progress.returned(
        f.number, QStringLiteral("超出服务范围"), QStringLiteral("属检验项目"), ClockFixture::clerk());
    REQUIRE(back.ok());
    CHECK(back->status == CaseStatus::Registered);
    CHECK(back->dueClose == due);
    CHECK(back->events.last().detail.contains(QStringLiteral("属检验项目")));
    // Handed off again and signed for.
    REQUIRE(handOff());
    REQUIRE(progress.accepted(f.number, ClockFixture::clerk()).ok());
    CHECK(f.kase().status == CaseStatus::InService);
    CHECK(ReturnReasons::parse(QStringLiteral("return_reason"), QStringLiteral("wrong_agency")).value()
        == ReturnReason::WrongAgency);
}

TEST_CASE(
    "the case list's clock views: past its limit, near it, paused, urged, still late after urging", "[clock][search]")
{
    ClockFixture f; // registered Thursday 2026-11-05 (5.1.2: due in its item's working days)
    CaseClocks clocks(*f.t.db, calendar());
    const QString client = f.t.addClient(QStringLiteral("柳州另一家公司"));
    auto second
        = Registration(*f.t.db, f.t.catalog)
              .registerCase(
                  { client, QStringLiteral("phone"), QStringLiteral("5.1.2"), QStringLiteral("暂停的"), {}, {} },
                  ClockFixture::clerk());
    REQUIRE(second.ok());
    REQUIRE(clocks.pause(second->number, QStringLiteral("expert"), {}, ClockFixture::clerk()).ok());
    REQUIRE(clocks.urge(f.number, QStringLiteral("请尽快办结"), ClockFixture::supervisor()).ok());
    const QDate due = f.kase().dueClose;
    auto count = [&](const CaseFilter& filter) { return CaseQuery::count(*f.t.db, filter).value(); };

    CaseFilter late;
    late.closeDueBy = due.addDays(-1);
    CHECK(count(late) == 0);
    late.closeDueBy = due;
    CHECK(count(late) == 1); // the paused one is not counted late while it stands still
    CaseFilter paused;
    paused.pausedOnly = true;
    CHECK(count(paused) == 1);
    CaseFilter urged;
    urged.urgedBy = Clock::nowUtc();
    CHECK(count(urged) == 1);
    urged.urgedBy = Clock::nowUtc().addSecs(-60);
    CHECK(count(urged) == 0);
    // Five working days after the urging and past its limit: on the supervisor's 督办 list.
    CaseFilter stillLate;
    stillLate.urgedBy = QDateTime(calendar().workingDaysBefore(due.addDays(10), CaseClock::kStillLateAfterUrgingDays),
        QTime(23, 59),
        Clock::chinaZone());
    stillLate.closeDueBy = due.addDays(9);
    CHECK(count(stillLate) == 1);
    CHECK(calendar().workingDaysBefore(QDate(2026, 10, 12), 3) == QDate(2026, 10, 8)); // over the 10th, worked
}

TEST_CASE("the monthly report counts time limits kept, extensions, urgings and returns per category, as plain SQL "
          "does",
    "[clock][report]")
{
    ClockOverride clock(QDateTime(QDate(2026, 11, 2), QTime(2, 0), Qt::UTC)); // Monday 2 November, 10:00
    TestDatabase t;
    CaseClocks clocks(*t.db, calendar());
    const Actor clerk = ClockFixture::clerk(), supervisor = ClockFixture::supervisor();
    const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"));
    auto registerCase = [&](const QString& item) {
        auto c
            = Registration(*t.db, t.catalog)
                  .registerCase({ client, QStringLiteral("window"), item, QStringLiteral("计时统计"), {}, {} }, clerk);
        REQUIRE(c.ok());
        return c.value();
    };
    const CaseRecord a = registerCase(QStringLiteral("5.1.1")); // due 2026-11-16 (ten working days)
    const CaseRecord b = registerCase(QStringLiteral("5.1.1"));
    const CaseRecord c = registerCase(QStringLiteral("5.4"));
    REQUIRE(a.dueClose == QDate(2026, 11, 16));
    // A: paused three working days and extended by two, closed on the 20th: on time (due the 23rd).
    REQUIRE(clocks.pause(a.number, QStringLiteral("materials"), {}, clerk).ok());
    clock.set(QDateTime(QDate(2026, 11, 5), QTime(2, 0), Qt::UTC));
    REQUIRE(clocks.resume(a.number, {}, clerk).ok());
    REQUIRE(clocks.askExtension(a.number, 2, QStringLiteral("需外出检测"), clerk).ok());
    REQUIRE(clocks.decideExtension(a.number, true, {}, supervisor).ok());
    REQUIRE(clocks.urge(b.number, QStringLiteral("请尽快办结"), supervisor).ok());
    REQUIRE(clocks.urge(c.number, QStringLiteral("请尽快办结"), supervisor).ok());
    CHECK(CaseStore::byNumber(*t.db, a.number, false)->dueClose == QDate(2026, 11, 23));
    clock.set(QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC));
    // B closed the same day: four days late.
    REQUIRE(CaseActions(*t.db).close(a.number, QStringLiteral("已答复"), clerk).ok());
    REQUIRE(CaseActions(*t.db).close(b.number, QStringLiteral("已答复"), clerk).ok());
    clock.set(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    auto f = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 11), {}, supervisor);
    REQUIRE(f.ok());
    REQUIRE(f->clockByCategory.size() == t.catalog.categories().size());
    const ClockRow& metrology = f->clockByCategory.first();
    CHECK(metrology.key == QStringLiteral("5.1"));
    CHECK(metrology.closed == 2);
    CHECK(metrology.onTime == 1);
    CHECK(metrology.extensions == 1);
    CHECK(metrology.urgings == 1);
    // Every row against the raw rows.
    auto sql = [&](const QString& q) { return t.count(q); };
    for (const ClockRow& r : f->clockByCategory) {
        INFO(r.key.toStdString());
        const QString in = QStringLiteral("(SELECT seq FROM cases WHERE category_code = '%1')").arg(r.key);
        CHECK(r.closed
            == sql(QStringLiteral("case_events e JOIN cases c ON c.seq = e.case_seq WHERE e.kind IN ('answered', "
                                  "'closed') AND e.at >= '2026-10-31T16:00' AND e.at < '2026-11-30T16:00' AND "
                                  "c.due_close IS NOT NULL AND c.seq IN %1")
                       .arg(in)));
        CHECK(r.onTime
            == sql(QStringLiteral("case_events e JOIN cases c ON c.seq = e.case_seq WHERE e.kind IN ('answered', "
                                  "'closed') AND e.at >= '2026-10-31T16:00' AND e.at < '2026-11-30T16:00' AND "
                                  "substr(datetime(e.at, '+8 hours'), 1, 10) <= c.due_close AND c.seq IN %1")
                       .arg(in)));
        CHECK(r.extensions
            == sql(QStringLiteral("clock_events WHERE kind = 'extension_approved' AND case_seq IN %1").arg(in)));
        CHECK(r.urgings == sql(QStringLiteral("clock_events WHERE kind = 'urged' AND case_seq IN %1").arg(in)));
        CHECK(r.returns == sql(QStringLiteral("handoffs WHERE state = 'declined' AND case_seq IN %1").arg(in)));
    }
}

TEST_CASE("an agency's record counts returns, late sign-fors and urgings; the report gives them per clerk and agency "
          "as plain SQL does",
    "[clock][report][handoff]")
{
    ClockOverride clock(QDateTime(QDate(2026, 11, 2), QTime(2, 0), Qt::UTC)); // Monday 2 November, 10:00
    TestDatabase t;
    CaseClocks clocks(*t.db, calendar());
    const Actor zhangli = ClockFixture::clerk(), wei = testActor(QStringLiteral("weixh"), Role::Clerk);
    const Actor supervisor = ClockFixture::supervisor();
    const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"));
    auto registerCase = [&](const Actor& by) {
        auto c = Registration(*t.db, t.catalog)
                     .registerCase(
                         { client, QStringLiteral("window"), QStringLiteral("5.1.2"), QStringLiteral("送检"), {}, {} },
                         by);
        REQUIRE(c.ok());
        return c->number;
    };
    NewAgency agency;
    agency.name = QStringLiteral("柳州市计量技术测试研究所");
    agency.items = { QStringLiteral("5.1.2") };
    auto added = AgencyArchive(*t.db, t.catalog).add(agency, testActor(QStringLiteral("admin")));
    REQUIRE(added.ok());
    auto handOff = [&](const QString& number, const Actor& by) {
        REQUIRE(Handoff(*t.db, t.catalog, calendar())
                    .handOff({ number, added->id, 0, {}, QStringLiteral("唯一机构") }, by)
                    .ok());
    };
    HandoffProgress progress(*t.db);
    const QString a = registerCase(zhangli), b = registerCase(wei), c = registerCase(wei);
    handOff(a, zhangli); // to be signed for by Tuesday the 3rd
    handOff(b, wei);
    CHECK(t.count(QStringLiteral("handoffs WHERE sign_due = '2026-11-03'")) == 2);
    clock.set(QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC));
    REQUIRE(progress.returned(b, QStringLiteral("超出服务范围"), {}, wei).ok()); // answered on its day
    clock.set(QDateTime(QDate(2026, 11, 4), QTime(2, 0), Qt::UTC));
    REQUIRE(progress.accepted(a, zhangli).ok()); // a day late
    // Urged while with the agency: the urging is on the handoff, and says whose it is.
    auto urged = clocks.urge(a, QStringLiteral("请加快检测"), supervisor);
    REQUIRE(urged.ok());
    CHECK(urged->events.last().detail.startsWith(agency.name));
    CHECK(t.count(QStringLiteral("clock_events e JOIN handoffs h ON h.id = e.ref WHERE e.kind = 'urged'")) == 1);
    // An extension decided with the applicant told in writing; a way not on the list changes nothing.
    REQUIRE(clocks.askExtension(a, 3, QStringLiteral("检测周期长"), zhangli).ok());
    const qint64 ops = t.count(QStringLiteral("outbox"));
    auto fax = clocks.decideExtension(a, true, {}, supervisor, QStringLiteral("fax"));
    REQUIRE_FALSE(fax.ok());
    CHECK(fax.error().field == QStringLiteral("applicant_told"));
    CHECK(t.count(QStringLiteral("outbox")) == ops);
    REQUIRE(clocks.decideExtension(a, true, QStringLiteral("同意"), supervisor, QStringLiteral("paper")).ok());
    CHECK(clocks.clockOf(CaseStore::byNumber(*t.db, a, false).value())->decisions.first().reason
        == QStringLiteral("paper"));
    clock.set(QDateTime(QDate(2026, 11, 6), QTime(2, 0), Qt::UTC)); // Friday: due to be signed for on Monday
    handOff(c, wei); // and never signed for
    clock.set(QDateTime(QDate(2026, 11, 10), QTime(2, 0), Qt::UTC));
    REQUIRE(progress.result(a, QStringLiteral("检测合格"), zhangli).ok());
    REQUIRE(CaseActions(*t.db).close(a, QStringLiteral("已办结"), zhangli).ok());

    auto listed = AgencyStore::list(*t.db);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().returnedHandoffs == 1);
    CHECK(listed->first().lateSignFors == 2); // a, signed late; c, not signed and its day past
    CHECK(listed->first().urgedHandoffs == 1);

    clock.set(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    auto f = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 11), {}, supervisor);
    REQUIRE(f.ok());
    auto sql = [&](const QString& q) { return t.count(q); };
    const QString period = QStringLiteral("'2026-10-31T16:00' AND '2026-11-30T16:00'");
    REQUIRE(f->clockByAgency.size() == 1);
    const AgencyClockRow& r = f->clockByAgency.first();
    CHECK(r.name == agency.name);
    CHECK(r.handedOff == sql(QStringLiteral("handoffs WHERE handed_at BETWEEN %1").arg(period)));
    CHECK(r.handedOff == 3);
    CHECK(r.lateSignFors
        == sql(
            QStringLiteral("handoffs WHERE (accepted_at IS NOT NULL AND substr(datetime(accepted_at, '+8 hours'), 1, "
                           "10) > sign_due) OR (state = 'open' AND sign_due <= '2026-11-30')")));
    CHECK(r.lateSignFors == 2);
    CHECK(r.finished == sql(QStringLiteral("handoffs WHERE state = 'done' AND result_at BETWEEN %1").arg(period)));
    CHECK(r.onTime
        == sql(QStringLiteral("handoffs WHERE state = 'done' AND substr(datetime(result_at, '+8 hours'), 1, 10) <= "
                              "due_date")));
    CHECK(r.returns == 1);
    CHECK(r.urgings == 1);
    REQUIRE(f->clockByStaff.size() == 2);
    for (const ClockRow& s : f->clockByStaff) {
        INFO(s.key.toStdString());
        const QString in = QStringLiteral("(SELECT seq FROM cases WHERE received_by = '%1')").arg(s.key);
        CHECK(s.closed
            == sql(QStringLiteral("case_events WHERE kind IN ('answered', 'closed') AND at BETWEEN %1 AND case_seq IN "
                                  "%2")
                       .arg(period, in)));
        CHECK(s.extensions
            == sql(QStringLiteral("clock_events WHERE kind = 'extension_approved' AND case_seq IN %1").arg(in)));
        CHECK(s.urgings == sql(QStringLiteral("clock_events WHERE kind = 'urged' AND case_seq IN %1").arg(in)));
        CHECK(s.returns == sql(QStringLiteral("handoffs WHERE state = 'declined' AND case_seq IN %1").arg(in)));
    }
    CHECK(f->clockByStaff.first().key == QStringLiteral("zhangli")); // the one with a closed case first
    CHECK(f->clockByStaff.first().closed == 1);
}

TEST_CASE("handoffs made before migration 25 get their sign-for day on the working-day calendar", "[clock][handoff]")
{
    // A station file at schema 24 with a handoff made on the eve of National Day, then opened here.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("schema24"));
    QDir().mkpath(old);
    for (const QString& name : QDir(Migrations::stationSchema()).entryList({ QStringLiteral("*.sql") }))
        if (name.left(3).toInt() <= 24)
            QFile::copy(Migrations::stationSchema() + QLatin1Char('/') + name, old + QLatin1Char('/') + name);
    const QString path = dir.filePath(QStringLiteral("station.db"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite, old);
        REQUIRE(db.ok());
        REQUIRE((*db)->schemaVersion() == 24);
        // Only the handoff's own columns matter here, not the case and agency it points at.
        REQUIRE(Sql::run((*db)->sql(), QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        REQUIRE(Sql::run((*db)->sql(),
            QStringLiteral("INSERT INTO handoffs(id, case_seq, agency_seq, handed_at, handed_by, due_days, due_date) "
                           "VALUES ('h1', 1, 1, '2026-09-30T02:00:00.000Z', 'zhangli', 5, '2026-10-15')"))
                    .ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= 25);
    auto due = Sql::run((*db)->sql(), QStringLiteral("SELECT sign_due FROM handoffs WHERE id = 'h1'"));
    REQUIRE(due.ok());
    QSqlQuery q = std::move(due).value();
    REQUIRE(q.next());
    // Wednesday 30 September: the holiday runs to 7 October, so the next working day is the 8th.
    CHECK(q.value(0).toString() == calendar().addWorkingDays(QDate(2026, 9, 30), 1).toString(Qt::ISODate));
    CHECK(q.value(0).toString() == QStringLiteral("2026-10-08"));
}

TEST_CASE("a station administrator sets an item's own limits: a new version, new cases take it, old ones keep theirs",
    "[clock][limits]")
{
    ClockFixture f; // one 5.1.2 case already, on the shipped limits
    const CatalogItem* item = f.t.catalog.item(QStringLiteral("5.1.2"));
    TimeLimits limits(*f.t.db, f.t.catalog);
    CHECK(limits.of(QStringLiteral("5.1.2"))->version == 0);
    CHECK(limits.of(QStringLiteral("5.1.2"))->closeDays == item->closeDays);
    CHECK(limits.set(QStringLiteral("5.1.2"), 1, 8, QStringLiteral("提速"), ClockFixture::clerk()).error().code
        == ErrorCode::NotAllowed);
    const Actor admin = testActor(QStringLiteral("admin"), Role::StationAdmin);
    CHECK(limits.set(QStringLiteral("5.1.2"), 3, 2, QStringLiteral("提速"), admin).error().field
        == QStringLiteral("close_days"));
    CHECK(limits.set(QStringLiteral("5.1.2"), 1, 8, QString(), admin).error().field == QStringLiteral("reason"));
    CHECK(limits.set(QStringLiteral("9.9"), 1, 8, QStringLiteral("x"), admin).error().code == ErrorCode::NotFound);
    CHECK(f.t.count(QStringLiteral("time_limits")) == 0);
    auto v1 = limits.set(QStringLiteral("5.1.2"), 1, 8, QStringLiteral("市局要求提速"), admin);
    REQUIRE(v1.ok());
    CHECK(v1->version == 1);
    CHECK(limits.set(QStringLiteral("5.1.2"), 2, 9, QStringLiteral("再调整"), admin)->version == 2);
    auto now = limits.of(QStringLiteral("5.1.2"));
    CHECK(now->closeDays == 9);
    CHECK(now->reason == QStringLiteral("再调整"));

    const QString client = f.t.addClient(QStringLiteral("柳州新公司"));
    auto later
        = Registration(*f.t.db, f.t.catalog)
              .registerCase(
                  { client, QStringLiteral("window"), QStringLiteral("5.1.2"), QStringLiteral("新规则下"), {}, {} },
                  ClockFixture::clerk());
    REQUIRE(later.ok());
    CHECK(later->closeDays == 9);
    CHECK(later->responseDays == 2);
    CHECK(later->dueClose == calendar().addWorkingDays(QDate(2026, 11, 5), 9));
    CHECK(f.kase().closeDays == item->closeDays); // registered under the shipped limits, it keeps them
}

TEST_CASE("the supervisor's overview counts every open case by its light, as the list's views do", "[clock][report]")
{
    ClockFixture f;
    CaseClocks clocks(*f.t.db, calendar());
    const QString client = f.t.addClient(QStringLiteral("柳州另一家公司"));
    auto second
        = Registration(*f.t.db, f.t.catalog)
              .registerCase(
                  { client, QStringLiteral("phone"), QStringLiteral("5.1.2"), QStringLiteral("暂停的"), {}, {} },
                  ClockFixture::clerk());
    REQUIRE(second.ok());
    REQUIRE(clocks.pause(second->number, QStringLiteral("testing"), {}, ClockFixture::clerk()).ok());
    const QDate due = f.kase().dueClose;
    auto at = [&](const QDate& today) { return ClockOverview::count(*f.t.db, today, calendar()).value(); };
    ClockOverview now = at(QDate(2026, 11, 5));
    CHECK(now.green == 1);
    CHECK(now.amber == 0);
    CHECK(now.red == 0);
    CHECK(now.paused == 1);
    CHECK(at(due).amber == 1);
    CHECK(at(calendar().addWorkingDays(due, 1)).red == 1);
    CHECK(CaseClock::light(true, due, false, calendar().addWorkingDays(due, 1), calendar()) == ClockLight::Red);
}

TEST_CASE("the platform's rules refuse a clock that could not be: limits out of range, unknown facts", "[clock][sync]")
{
    ClockFixture f;
    QJsonObject kase = SyncPayload::caseRecord(f.kase(), StationStore::local(*f.t.db).value());
    CHECK(RecordRules::check(QStringLiteral("case"), kase, f.t.catalog).ok());
    kase.insert(QStringLiteral("close_days"), 500);
    CHECK(RecordRules::check(QStringLiteral("case"), kase, f.t.catalog).error().field == QStringLiteral("close_days"));
    kase.insert(QStringLiteral("close_days"), 0); // from a station before clocks: no clock, accepted
    kase.insert(QStringLiteral("response_days"), 0);
    CHECK(RecordRules::check(QStringLiteral("case"), kase, f.t.catalog).ok());

    ClockEvent e
        = fact(QStringLiteral("9f0e4c1a-0000-4000-8000-000000000001"), QStringLiteral("pause"), Clock::nowUtc());
    QJsonObject p = SyncPayload::clockEvent(f.kase().id, e);
    CHECK(RecordRules::check(QStringLiteral("clock_event"), p, f.t.catalog).ok());
    p.insert(QStringLiteral("reason"), QStringLiteral("lunch"));
    CHECK(RecordRules::check(QStringLiteral("clock_event"), p, f.t.catalog).error().field
        == QStringLiteral("pause_reason"));
    p.insert(QStringLiteral("kind"), QStringLiteral("stop_the_world"));
    CHECK(RecordRules::check(QStringLiteral("clock_event"), p, f.t.catalog).error().field == QStringLiteral("kind"));
}
