// The case state machine (DESIGN.md §4): every allowed and every refused move, and a refused one
// changes nothing and says why.
#include "domain/CaseStateMachine.h"

#include "storage/CaseStore.h"
#include "storage/OutboxStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/CaseActions.h"
#include "workflow/InstructionRequests.h"
#include "workflow/Registration.h"

#include <QMap>

namespace {
using S = CaseStatus;

// The expected table, written out again here so a slip in either copy shows.
const QMap<S, QList<S>> kAllowed {
    { S::Registered, { S::Answered, S::Noticed, S::AwaitingInstruction, S::Escalated, S::HandedOff, S::Closed } },
    { S::Reopened, { S::Answered, S::Noticed, S::AwaitingInstruction, S::Escalated, S::HandedOff, S::Closed } },
    { S::Answered, { S::Noticed, S::Escalated, S::HandedOff, S::FeedbackGiven, S::Closed } },
    { S::Noticed, { S::Answered, S::Noticed, S::AwaitingInstruction, S::Escalated, S::HandedOff, S::Closed } },
    { S::AwaitingInstruction,
        { S::Registered, S::Reopened, S::Answered, S::Noticed, S::Escalated, S::HandedOff, S::Closed } },
    { S::Escalated, { S::Answered, S::Noticed, S::AwaitingInstruction, S::Escalated, S::HandedOff, S::Closed } },
    { S::HandedOff, { S::InService, S::Registered, S::Escalated, S::Closed } },
    { S::InService, { S::FeedbackGiven, S::Closed } },
    { S::FeedbackGiven, { S::Closed } },
    { S::Closed, { S::Reopened } },
};

struct Counts
{
    qint64 events, outbox, audit;
    bool operator==(const Counts& o) const { return events == o.events && outbox == o.outbox && audit == o.audit; }
};

Counts counts(const TestDatabase& t)
{
    return {
        t.count(QStringLiteral("case_events")), t.count(QStringLiteral("outbox")), t.count(QStringLiteral("audit_log"))
    };
}

QString registerCase(TestDatabase& t, const QString& answer = {})
{
    const QString client = t.addClient(QStringLiteral("柳州螺蛳粉食品有限公司"));
    auto c = Registration(*t.db, t.catalog)
                 .registerCase({ client,
                                   QStringLiteral("window"),
                                   QStringLiteral("5.10.1"),
                                   QStringLiteral("食品生产许可咨询"),
                                   answer,
                                   {} },
                     testActor(QStringLiteral("clerk")));
    REQUIRE(c.ok());
    return c->number;
}
} // namespace

TEST_CASE("every move between two states is allowed or refused as the table says", "[state]")
{
    int allowed = 0, refused = 0;
    for (S from : CaseStatuses::all())
        for (S to : CaseStatuses::all()) {
            const bool expected = from != to && kAllowed.value(from).contains(to);
            INFO(CaseStatuses::key(from).toStdString() << " -> " << CaseStatuses::key(to).toStdString());
            CHECK(CaseStateMachine::allows(from, to) == expected);
            (expected ? allowed : refused)++;
        }
    CHECK(allowed == 42);
    CHECK(refused == 58);
}

TEST_CASE("a refusal names both states and the moves that are allowed", "[state]")
{
    const UiText why = CaseStateMachine::refusal(S::Closed, S::Escalated);
    CHECK(why.english.contains(QStringLiteral("Closed")));
    CHECK(why.english.contains(QStringLiteral("Escalated")));
    CHECK(why.english.contains(QStringLiteral("Reopened")));
    for (S from : CaseStatuses::all())
        CHECK_FALSE(CaseStateMachine::nextFrom(from).contains(from));
}

TEST_CASE("escalating, closing and reopening write the row, the timeline, the op and the audit", "[state]")
{
    TestDatabase t;
    const QString number = registerCase(t);
    CaseActions actions(*t.db);
    const Counts before = counts(t);
    auto up = actions.escalate(number, QStringLiteral("需市级协调"), testActor(QStringLiteral("clerk")));
    REQUIRE(up.ok());
    CHECK(up->status == S::Escalated);
    CHECK(up->events.last().kind == QStringLiteral("escalated"));
    CHECK(up->events.last().detail == QStringLiteral("需市级协调"));
    // one transition op and one event op; one audit entry
    CHECK(counts(t) == Counts { before.events + 1, before.outbox + 2, before.audit + 1 });
    auto pending = OutboxStore::pending(*t.db, 100);
    REQUIRE(pending.ok());
    const OutboxOp& op = pending->at(pending->size() - 2);
    CHECK(op.kind == QStringLiteral("transition"));
    CHECK(op.baseRev == 1);
    CHECK(op.payload.value(QStringLiteral("from")).toString() == QStringLiteral("registered"));
    CHECK(op.payload.value(QStringLiteral("to")).toString() == QStringLiteral("escalated"));

    auto closed = actions.close(number, QStringLiteral("已答复"), testActor(QStringLiteral("clerk")));
    REQUIRE(closed.ok());
    CHECK(closed->status == S::Closed);
    CHECK(closed->answer == QStringLiteral("已答复"));
    auto reopened = actions.reopen(number, QStringLiteral("企业补充了材料"), testActor(QStringLiteral("clerk")));
    REQUIRE(reopened.ok());
    CHECK(reopened->status == S::Reopened);
    CHECK(reopened->answer == QStringLiteral("已答复")); // kept, the timeline says it was reopened
}

TEST_CASE("a refused move changes nothing and says why", "[state]")
{
    TestDatabase t;
    const QString closed = registerCase(t, QStringLiteral("当场答复"));
    CaseActions actions(*t.db);
    const Counts before = counts(t);
    auto up = actions.escalate(closed, QStringLiteral("理由"), testActor(QStringLiteral("clerk")));
    REQUIRE_FALSE(up.ok());
    CHECK(up.error().code == ErrorCode::NotAllowed);
    CHECK(up.error().message.english.contains(QStringLiteral("Closed")));
    auto again = actions.close(closed, QStringLiteral("再次办结"), testActor(QStringLiteral("clerk")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::NotAllowed);
    CHECK(counts(t) == before);
    CHECK(CaseStore::byNumber(*t.db, closed, false)->status == S::Closed);
}

TEST_CASE("bad input to a move names the field and changes nothing", "[state]")
{
    TestDatabase t;
    const QString open = registerCase(t);
    CaseActions actions(*t.db);
    const Counts before = counts(t);
    auto noReason = actions.escalate(open, QStringLiteral("   "), testActor(QStringLiteral("clerk")));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::BadInput);
    CHECK(noReason.error().field == QStringLiteral("reason"));
    auto noAnswer = actions.close(open, {}, testActor(QStringLiteral("clerk")));
    REQUIRE_FALSE(noAnswer.ok());
    CHECK(noAnswer.error().field == QStringLiteral("answer"));
    auto unknown
        = actions.close(QStringLiteral("LZ-LN-20200101-9999"), QStringLiteral("x"), testActor(QStringLiteral("clerk")));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(counts(t) == before);
}

TEST_CASE("the city platform does not escalate", "[state]")
{
    TestDatabase t(QStringLiteral("SJ"), StationLevel::City);
    const QString open = registerCase(t);
    auto up = CaseActions(*t.db).escalate(open, QStringLiteral("理由"), testActor(QStringLiteral("clerk")));
    REQUIRE_FALSE(up.ok());
    CHECK(up.error().code == ErrorCode::NotAllowed);
}

TEST_CASE(
    "an instruction request holds the case and the answer returns it to where it was (7.2.3)", "[state][instruction]")
{
    TestDatabase t;
    const QString number = registerCase(t);
    InstructionRequests requests(*t.db);
    auto noQuestion = requests.ask(number, QStringLiteral(" "), {}, testActor(QStringLiteral("clerk")));
    REQUIRE_FALSE(noQuestion.ok());
    CHECK(noQuestion.error().field == QStringLiteral("question"));
    CHECK(requests.answer(number, QStringLiteral("答复"), testActor(QStringLiteral("clerk"))).error().code
        == ErrorCode::NotAllowed);

    auto asked = requests.ask(number,
        QStringLiteral("能否按简易程序办理？"),
        QStringLiteral("市局法规科"),
        testActor(QStringLiteral("clerk")));
    REQUIRE(asked.ok());
    CHECK(asked->status == S::AwaitingInstruction);
    CHECK(asked->events.last().kind == QStringLiteral("instruction_requested"));
    CHECK(asked->events.last().detail.contains(QStringLiteral("市局法规科")));
    auto answered = requests.answer(number, QStringLiteral("可以，按简易程序"), testActor(QStringLiteral("科长")));
    REQUIRE(answered.ok());
    CHECK(answered->status == S::Registered);
    CHECK(answered->events.last().kind == QStringLiteral("instruction_received"));
    CHECK(answered->events.last().detail.contains(QStringLiteral("可以，按简易程序")));
    CHECK(t.count(QStringLiteral("instruction_requests")) == 1);
    // Nothing is open now.
    CHECK(requests.answer(number, QStringLiteral("再答"), testActor(QStringLiteral("科长"))).error().code
        == ErrorCode::NotAllowed);
}
