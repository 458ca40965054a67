// Issue 8, 7.5: the complaint workflow — every allowed and refused move of the state machine, the
// deadlines in working days, what each step requires, and that only valid complaints count in the
// staff assessment (7.5.4).
#include "workflow/Complaints.h"

#include "common/Clock.h"
#include "domain/ComplaintStateMachine.h"
#include "domain/WorkCalendar.h"
#include "reports/ComplaintStatistics.h"
#include "storage/ComplaintStore.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/Registration.h"

#include <QSet>

using S = ComplaintState;

namespace {
const Actor kSupervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
const Actor kClerk = testActor(QStringLiteral("zhangli"), Role::Clerk);

// The table written out again, so a slip in ComplaintStateMachine shows: (from, valid) -> allowed.
struct Expected
{
    S from;
    std::optional<bool> valid;
    QSet<S> to;
};
const QList<Expected> kTable = {
    { S::Received, {}, { S::Acknowledged } },
    { S::Acknowledged, {}, { S::Assessed } },
    { S::Assessed, true, { S::Investigated } },
    { S::Assessed, false, { S::Answered } },
    { S::Investigated, true, { S::Forwarded, S::Answered } },
    { S::Forwarded, true, { S::Handled } },
    { S::Handled, true, { S::Answered } },
    { S::Answered, true, { S::Closed } },
    { S::Answered, false, { S::Closed } },
    { S::Closed, true, { S::Reopened } },
    { S::Reopened, true, { S::Assessed } },
};

struct Fixture
{
    TestDatabase t;
    WorkCalendar calendar = WorkCalendar::load().value();
    Complaints complaints { *t.db, calendar };

    Complaint add(const QString& summary = QStringLiteral("窗口人员态度差"))
    {
        NewComplaint n;
        n.channel = QStringLiteral("phone");
        n.summary = summary;
        auto k = complaints.registerComplaint(n, kClerk);
        REQUIRE(k.ok());
        return *k;
    }
    Result<Complaint> step(const QString& number,
        const QString& to,
        const QString& note = QStringLiteral("说明"),
        std::optional<bool> valid = {},
        const QString& forwardedTo = QStringLiteral("柳州市计量检定所"))
    {
        return complaints.advance(number, { to, note, valid, forwardedTo, {} }, kSupervisor);
    }
};
} // namespace

TEST_CASE("the complaint state machine allows exactly the moves of GB/T 19012's process", "[complaint]")
{
    for (const Expected& e : kTable) {
        for (S to : kComplaintStates.all()) {
            INFO(kComplaintStates.key(e.from).toStdString() << " -> " << kComplaintStates.key(to).toStdString());
            CHECK(ComplaintStateMachine::allows(e.from, to, e.valid) == e.to.contains(to));
        }
    }
    // Before an assessment there is no verdict: an assessed complaint without one goes nowhere.
    CHECK(ComplaintStateMachine::nextFrom(S::Assessed, std::nullopt).isEmpty());
    const UiText why = ComplaintStateMachine::refusal(S::Received, S::Closed, {});
    CHECK(why.english.contains(QLatin1String("Acknowledged")));
}

TEST_CASE("a complaint goes the whole way, each step recorded, and every skipped step is refused", "[complaint]")
{
    Fixture f;
    const Complaint k = f.add();
    CHECK(k.number.startsWith(QLatin1String("TS-LN-")));
    CHECK(k.state == S::Received);
    CHECK(k.events.size() == 1);
    // From received, every state but acknowledged is refused with exit 4 and nothing changes.
    for (S to : kComplaintStates.all()) {
        if (to == S::Acknowledged)
            continue;
        auto r = f.step(k.number, kComplaintStates.key(to), QStringLiteral("说明"), true);
        INFO(kComplaintStates.key(to).toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotAllowed);
    }
    CHECK(f.t.count(QStringLiteral("complaint_events")) == 1);
    REQUIRE(f.step(k.number, QStringLiteral("acknowledged"), {}).ok());
    // An assessment needs the verdict and its reason.
    auto noVerdict = f.step(k.number, QStringLiteral("assessed"));
    REQUIRE_FALSE(noVerdict.ok());
    CHECK(noVerdict.error().field == QLatin1String("valid"));
    auto noReason = f.step(k.number, QStringLiteral("assessed"), {}, true);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QLatin1String("note"));
    REQUIRE(f.step(k.number, QStringLiteral("assessed"), QStringLiteral("经核实属实"), true).ok());
    // A valid complaint is investigated before it is answered.
    CHECK(f.step(k.number, QStringLiteral("answered"), QStringLiteral("答复")).error().code == ErrorCode::NotAllowed);
    REQUIRE(f.step(k.number, QStringLiteral("investigated"), QStringLiteral("调取录音")).ok());
    auto forwarded = f.step(k.number, QStringLiteral("forwarded"), {});
    REQUIRE(forwarded.ok());
    CHECK(forwarded->forwardedTo == QStringLiteral("柳州市计量检定所"));
    auto handled = f.step(k.number, QStringLiteral("handled"), QStringLiteral("已批评教育"));
    REQUIRE(handled.ok());
    CHECK(handled->institutionResult == QStringLiteral("已批评教育"));
    auto answered = f.step(k.number, QStringLiteral("answered"), QStringLiteral("已电话告知投诉人"));
    REQUIRE(answered.ok());
    CHECK(answered->answer == QStringLiteral("已电话告知投诉人"));
    auto closed = f.step(k.number, QStringLiteral("closed"), {});
    REQUIRE(closed.ok());
    CHECK(closed->closedAt.isValid());
    // Reopening needs a reason; it clears the closing and sets a new answer deadline.
    CHECK(f.step(k.number, QStringLiteral("reopened"), {}).error().field == QLatin1String("note"));
    auto reopened = f.step(k.number, QStringLiteral("reopened"), QStringLiteral("投诉人不认可"));
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened->closedAt.isValid());
    CHECK(reopened->events.size() == 9);
    CHECK(reopened->events.last().from == QLatin1String("closed"));
    CHECK(f.t.count(QStringLiteral("audit_log WHERE action LIKE 'complaint.%'")) == 9);
}

TEST_CASE("a complaint found not valid is answered without investigation; only a supervisor may say so", "[complaint]")
{
    Fixture f;
    const Complaint k = f.add();
    REQUIRE(f.step(k.number, QStringLiteral("acknowledged"), {}).ok());
    auto byClerk = f.complaints.advance(
        k.number, { QStringLiteral("assessed"), QStringLiteral("不属实"), false, {}, {} }, kClerk);
    REQUIRE_FALSE(byClerk.ok());
    CHECK(byClerk.error().code == ErrorCode::NotAllowed);
    REQUIRE(f.step(k.number, QStringLiteral("assessed"), QStringLiteral("经核实不属实"), false).ok());
    CHECK(f.step(k.number, QStringLiteral("investigated"), QStringLiteral("x")).error().code == ErrorCode::NotAllowed);
    REQUIRE(f.step(k.number, QStringLiteral("answered"), QStringLiteral("已说明情况")).ok());
    auto closed = f.step(k.number, QStringLiteral("closed"), {});
    REQUIRE(closed.ok());
    CHECK(closed->valid == std::optional<bool>(false));
}

TEST_CASE("complaint deadlines count working days and overdue ones stand out", "[complaint]")
{
    Fixture f;
    // Registered on Friday 25 September 2026: the National Day holiday (1-8 October) lies ahead.
    ClockOverride clock([] { return QDateTime(QDate(2026, 9, 25), QTime(9, 0), Clock::chinaZone()).toUTC(); });
    const Complaint k = f.add();
    clock.reset();
    CHECK(k.ackDue == f.calendar.addWorkingDays(QDate(2026, 9, 25), Complaints::kAcknowledgeDays));
    CHECK(k.answerDue == f.calendar.addWorkingDays(QDate(2026, 9, 25), Complaints::kAnswerDays));
    CHECK(k.answerDue > QDate(2026, 9, 25).addDays(21)); // the holiday pushes it past three calendar weeks
    CHECK_FALSE(k.overdueOn(k.ackDue));
    CHECK(k.overdueOn(k.ackDue.addDays(1))); // not even acknowledged
    ComplaintStore::Filter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2026, 11, 29);
    CHECK(ComplaintStore::list(*f.t.db, overdue).value().size() == 1);
    overdue.today = QDate(2026, 9, 25);
    CHECK(ComplaintStore::list(*f.t.db, overdue).value().isEmpty());
}

TEST_CASE("a complaint with bad input names the field and changes nothing", "[complaint]")
{
    Fixture f;
    NewComplaint n;
    n.summary = QStringLiteral("态度差");
    CHECK(f.complaints.registerComplaint(n, kClerk).error().field == QLatin1String("complaint_channel"));
    n.channel = QStringLiteral("pigeon");
    CHECK(f.complaints.registerComplaint(n, kClerk).error().field == QLatin1String("complaint_channel"));
    n.channel = QStringLiteral("letter");
    n.subject = QStringLiteral("agency");
    CHECK(f.complaints.registerComplaint(n, kClerk).error().field == QLatin1String("agency"));
    n.subject = QStringLiteral("staff");
    CHECK(f.complaints.registerComplaint(n, kClerk).error().field == QLatin1String("staff_login"));
    n.subject.clear();
    n.caseNumber = QStringLiteral("LZ-LN-20990101-0001");
    CHECK(f.complaints.registerComplaint(n, kClerk).error().code == ErrorCode::NotFound);
    n.caseNumber.clear();
    n.summary.clear();
    CHECK(f.complaints.registerComplaint(n, kClerk).error().field == QLatin1String("complaint"));
    CHECK(f.t.count(QStringLiteral("complaints")) == 0);
    CHECK(f.t.count(QStringLiteral("complaint_events")) == 0);
    CHECK(f.step(QStringLiteral("TS-LN-20260101-0001"), QStringLiteral("acknowledged")).error().code
        == ErrorCode::NotFound);
}

TEST_CASE("the staff assessment counts only valid complaints (7.5.4)", "[complaint]")
{
    Fixture f;
    auto about = [&](const QString& staff, std::optional<bool> valid, const QString& category) {
        NewComplaint n;
        n.channel = QStringLiteral("window");
        n.summary = QStringLiteral("投诉%1").arg(staff);
        n.staffLogin = staff;
        n.category = category;
        auto k = f.complaints.registerComplaint(n, kClerk);
        REQUIRE(k.ok());
        if (!valid)
            return;
        REQUIRE(f.step(k->number, QStringLiteral("acknowledged"), {}).ok());
        REQUIRE(f.step(k->number, QStringLiteral("assessed"), QStringLiteral("核实"), valid).ok());
    };
    about(QStringLiteral("zhangli"), true, QStringLiteral("attitude"));
    about(QStringLiteral("zhangli"), false, QStringLiteral("attitude"));
    about(QStringLiteral("zhangli"), std::nullopt, QStringLiteral("timeliness"));
    about(QStringLiteral("wangqiang"), false, QStringLiteral("fees"));
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    auto s = ComplaintStatistics::compute(*f.t.db, today.addDays(-1), today, {}, today, kSupervisor);
    REQUIRE(s.ok());
    CHECK(s->received == 4);
    CHECK(s->valid == 1);
    CHECK(s->invalid == 2);
    CHECK(s->unassessed == 1);
    QHash<QString, ComplaintCount> staff;
    for (const ComplaintCount& c : s->byStaff)
        staff.insert(c.key, c);
    CHECK(staff.value(QStringLiteral("zhangli")).received == 3);
    CHECK(staff.value(QStringLiteral("zhangli")).valid == 1);
    CHECK(staff.value(QStringLiteral("wangqiang")).valid == 0);
    REQUIRE(s->byCategory.size() == 6);
    CHECK(s->byCategory.first().key == QLatin1String("attitude"));
    CHECK(s->byCategory.first().received == 2);
    CHECK(s->byCategory.first().valid == 1);
    CHECK_FALSE(ComplaintStatistics::compute(*f.t.db, today, today, {}, today, kClerk).ok());
}
