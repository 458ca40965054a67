// Issue 8: feedback (7.4.1), return visits with the ratings of 8.1.1 (7.4.2) and the plan of which
// closed cases get one; the satisfaction survey (8.1.1) checked against plain SQL on generated data;
// evaluation records and improvement plans (8.1.2, 8.2).
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "domain/WorkCalendar.h"
#include "reports/SatisfactionSurvey.h"
#include "reports/SurveyReportOutput.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/CaseActions.h"
#include "workflow/Complaints.h"
#include "workflow/Improvement.h"
#include "workflow/Registration.h"
#include "workflow/ReturnVisits.h"
#include "workflow/ServiceFeedback.h"

#include <QFile>

namespace {
const Actor kSupervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
const Actor kClerk = testActor(QStringLiteral("zhangli"), Role::Clerk);

qint64 one(Database& db, const QString& sql)
{
    auto r = Sql::one(db, sql);
    REQUIRE(r.ok());
    return (**r).at(0).toLongLong();
}

QString closedCase(TestDatabase& t)
{
    const QString client = t.addClient(QStringLiteral("柳州五菱汽车工业有限公司"));
    auto c = Registration(*t.db, t.catalog)
                 .registerCase({ client,
                                   QStringLiteral("window"),
                                   QStringLiteral("5.1.2"),
                                   QStringLiteral("计量器具检定咨询"),
                                   QStringLiteral("已答复"),
                                   {} },
                     kClerk);
    REQUIRE(c.ok());
    return c->number;
}

NewReturnVisit visit(const QString& number)
{
    NewReturnVisit v;
    v.caseNumber = number;
    v.method = QStringLiteral("phone");
    v.clientSaid = QStringLiteral("问题已解决");
    v.matching = 5;
    v.level = 4;
    v.attitude = 5;
    return v;
}
} // namespace

TEST_CASE("feedback is recorded on the case, and moves it to 'feedback given' where it may", "[after-service]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("广西柳州钢铁集团有限公司"));
    auto c = Registration(*t.db, t.catalog)
                 .registerCase(
                     { client, QStringLiteral("phone"), QStringLiteral("5.2.2"), QStringLiteral("标准查询"), {}, {} },
                     kClerk);
    REQUIRE(c.ok());
    ServiceFeedback feedback(*t.db);
    CHECK(feedback.give(c->number, QStringLiteral("fax"), QStringLiteral("已办结"), kClerk).error().field
        == QLatin1String("feedback_channel"));
    CHECK(feedback.give(c->number, QStringLiteral("sms"), QStringLiteral("  "), kClerk).error().field
        == QLatin1String("feedback"));
    CHECK(t.count(QStringLiteral("feedback")) == 0);
    // Registered: may not become "feedback given", so only the timeline shows it.
    auto registered = feedback.give(c->number, QStringLiteral("sms"), QStringLiteral("已受理，请等待"), kClerk);
    REQUIRE(registered.ok());
    CHECK(registered->status == CaseStatus::Registered);
    REQUIRE(CaseActions(*t.db).close(c->number, QStringLiteral("已答复"), kClerk).ok());
    auto closed = feedback.give(c->number, QStringLiteral("phone"), QStringLiteral("服务已结束"), kClerk);
    REQUIRE(closed.ok());
    CHECK(closed->status == CaseStatus::Closed);
    CHECK(t.count(QStringLiteral("feedback")) == 2);
    CHECK(t.count(QStringLiteral("case_events WHERE kind = 'feedback'")) == 2);
    CHECK(t.count(QStringLiteral("audit_log WHERE action = 'case.feedback'")) == 2);
}

TEST_CASE("a return visit records the four ratings; bad ratings are refused by field", "[after-service]")
{
    TestDatabase t;
    const WorkCalendar calendar = WorkCalendar::load().value();
    ReturnVisits visits(*t.db, calendar);
    const QString number = closedCase(t);
    NewReturnVisit v = visit(number);
    v.level = 6;
    CHECK(visits.record(v, kClerk).error().field == QLatin1String("rating_level"));
    v.level = 4;
    v.complaintHandling = -1;
    CHECK(visits.record(v, kClerk).error().field == QLatin1String("rating_complaint"));
    v.complaintHandling = 0; // did not complain: not rated
    v.method = QStringLiteral("letter");
    CHECK(visits.record(v, kClerk).error().field == QLatin1String("method"));
    v.method = QStringLiteral("onsite");
    v.visitedAt = Clock::nowUtc().addDays(2);
    CHECK(visits.record(v, kClerk).error().field == QLatin1String("visited_at"));
    v.visitedAt = {};
    CHECK(t.count(QStringLiteral("return_visits")) == 0);
    auto first = visits.record(v, kClerk);
    REQUIRE(first.ok());
    CHECK_FALSE(first->ratings[3].has_value());
    // A correction is a new record that supersedes the first; both stay (append-only).
    v.corrects = first->id;
    v.attitude = 3;
    REQUIRE(visits.record(v, kClerk).ok());
    CHECK_FALSE(Sql::run(t.db->sql(), QStringLiteral("UPDATE return_visits SET rating_level = 1")).ok());
    CHECK(ReturnVisits::ofCase(*t.db, number).value().size() == 2);
    CHECK(t.count(QStringLiteral("case_events WHERE kind = 'return_visit'")) == 2);
    auto s = SatisfactionSurvey::compute(
        *t.db, t.catalog, QDate(2020, 1, 1), Clock::chinaDate(Clock::nowUtc()), {}, kSupervisor);
    REQUIRE(s.ok());
    CHECK(s->visits == 1); // the corrected one counts once, as corrected
    CHECK(s->dimensions.at(2).levels[2] == 1); // attitude 3
}

TEST_CASE("the return-visit plan picks a share of closed cases and every complained one", "[after-service]")
{
    TestDatabase t;
    const WorkCalendar calendar = WorkCalendar::load().value();
    ReturnVisits visits(*t.db, calendar);
    QStringList numbers;
    for (int i = 0; i < 40; ++i)
        numbers << closedCase(t);
    REQUIRE(ReturnVisits::setPlan(*t.db, { 0, true, 10 }, kSupervisor).ok());
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    CHECK(visits.due(today, 30, kClerk).value().isEmpty());
    NewComplaint k;
    k.channel = QStringLiteral("phone");
    k.summary = QStringLiteral("答复不清楚");
    k.caseNumber = numbers.at(7);
    REQUIRE(Complaints(*t.db, calendar).registerComplaint(k, kClerk).ok());
    auto due = visits.due(today, 30, kClerk);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().caseNumber == numbers.at(7));
    CHECK(due->first().complained);
    CHECK(due->first().due == calendar.addWorkingDays(today, 10));
    // All of them at 100 %; a case visited since it closed drops off the list.
    REQUIRE(ReturnVisits::setPlan(*t.db, { 100, true, 10 }, kSupervisor).ok());
    CHECK(visits.due(today, 30, kClerk).value().size() == 40);
    REQUIRE(visits.record(visit(numbers.at(3)), kClerk).ok());
    CHECK(visits.due(today, 30, kClerk).value().size() == 39);
    // About the share asked for, over many cases.
    REQUIRE(ReturnVisits::setPlan(*t.db, { 25, false, 10 }, kSupervisor).ok());
    const auto quarter = visits.due(today, 30, kClerk).value().size();
    CHECK(quarter >= 4);
    CHECK(quarter <= 16);
    CHECK(ReturnVisits::setPlan(*t.db, { 101, true, 10 }, kSupervisor).error().field == QLatin1String("share_percent"));
    CHECK(ReturnVisits::setPlan(*t.db, { 20, true, 10 }, kClerk).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("the satisfaction survey agrees with plain SQL on generated data", "[after-service][survey]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 8000, 9, QDate(2026, 11, 24), 3 }).ok());
    const QDate from(2026, 1, 1), to(2026, 6, 30);
    // China-time bounds as UTC text.
    const QString lo = QStringLiteral("'2025-12-31T16:00:00.000Z'"), hi = QStringLiteral("'2026-06-30T16:00:00.000Z'");
    auto s = SatisfactionSurvey::compute(*t.db, t.catalog, from, to, {}, kSupervisor);
    REQUIRE(s.ok());
    const QString inPeriod
        = QStringLiteral("FROM return_visits WHERE visited_at >= %1 AND visited_at < %2").arg(lo, hi);
    REQUIRE(s->visits > 100);
    CHECK(s->visits == one(*t.db, QStringLiteral("SELECT count(*) %1").arg(inPeriod)));
    CHECK(s->onsite == one(*t.db, QStringLiteral("SELECT count(*) %1 AND method = 'onsite'").arg(inPeriod)));
    const char* const columns[] = { "rating_matching", "rating_level", "rating_attitude", "rating_complaint" };
    qint64 answers = 0, satisfied = 0;
    for (int d = 0; d < 4; ++d) {
        const QString c = QString::fromLatin1(columns[d]);
        INFO(c.toStdString());
        const qint64 n = one(*t.db, QStringLiteral("SELECT count(%1) %2").arg(c, inPeriod));
        const qint64 ok = one(*t.db, QStringLiteral("SELECT count(*) %2 AND %1 >= 4").arg(c, inPeriod));
        CHECK(s->dimensions.at(d).answers == n);
        CHECK(s->dimensions.at(d).satisfied == ok);
        for (int r = 1; r <= 5; ++r)
            CHECK(s->dimensions.at(d).levels[size_t(r - 1)]
                == one(*t.db, QStringLiteral("SELECT count(*) %2 AND %1 = %3").arg(c, inPeriod).arg(r)));
        if (n > 0) {
            auto avg = Sql::one(*t.db, QStringLiteral("SELECT avg(%1) %2").arg(c, inPeriod));
            CHECK(s->dimensions.at(d).mean() == Approx((**avg).at(0).toDouble()));
        }
        answers += n;
        satisfied += ok;
    }
    CHECK(s->overall.answers == answers);
    CHECK(s->overall.satisfied == satisfied);
    // By category: the same counts grouped by the case's category.
    for (const SatisfactionRow& r : s->byCategory) {
        INFO(r.key.toStdString());
        CHECK(r.visits
            == one(*t.db,
                QStringLiteral("SELECT count(*) FROM return_visits v JOIN cases c ON c.seq = v.case_seq WHERE "
                               "c.category_code = '%1' AND v.visited_at >= %2 AND v.visited_at < %3")
                    .arg(r.key, lo, hi)));
    }
    qint64 sum = 0;
    for (const SatisfactionRow& r : s->byCategory)
        sum += r.visits;
    CHECK(sum == s->visits);
    // A visit at 23:30 China time on 30 June is June's; one at 00:10 on 1 July is not.
    const WorkCalendar calendar = WorkCalendar::load().value();
    auto number = Sql::one(*t.db, QStringLiteral("SELECT number FROM cases ORDER BY seq LIMIT 1"));
    REQUIRE(number.ok());
    for (const QTime& at : { QTime(23, 30), QTime(0, 10) }) {
        NewReturnVisit v = visit((**number).at(0).toString());
        v.visitedAt = QDateTime(at.hour() == 23 ? QDate(2026, 6, 30) : QDate(2026, 7, 1), at, Clock::chinaZone());
        REQUIRE(ReturnVisits(*t.db, calendar).record(v, kClerk).ok());
    }
    CHECK(SatisfactionSurvey::compute(*t.db, t.catalog, from, to, {}, kSupervisor).value().visits == s->visits + 1);
    const QString summary = SurveyReportOutput::summary(*s);
    CHECK(summary.contains(QStringLiteral("满意")));
    CHECK_FALSE(SatisfactionSurvey::compute(*t.db, t.catalog, from, to, {}, kClerk).ok());
}

TEST_CASE("evaluation records and improvement plans (8.1.2, 8.2)", "[after-service]")
{
    TestDatabase t;
    Improvement improvement(*t.db);
    NewEvaluation e { QStringLiteral("third_party"),
        QDate(2026, 1, 1),
        QDate(2026, 6, 30),
        QStringLiteral("广西质量协会"),
        QStringLiteral("服务规范，响应及时"),
        92.5,
        {} };
    const QString report = t.dir.filePath(QStringLiteral("评价报告.pdf"));
    QFile file(report);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 report");
    file.close();
    e.reportFile = report;
    CHECK(improvement.addEvaluation(e, kClerk).error().code == ErrorCode::NotAllowed);
    e.kind = QStringLiteral("peer");
    CHECK(improvement.addEvaluation(e, kSupervisor).error().field == QLatin1String("evaluation_kind"));
    e.kind = QStringLiteral("third_party");
    auto added = improvement.addEvaluation(e, kSupervisor);
    REQUIRE(added.ok());
    CHECK(added->reportName == QStringLiteral("评价报告.pdf"));
    CHECK(t.count(QStringLiteral("blobs")) == 1);
    CHECK(improvement.evaluations().value().size() == 1);

    NewImprovementPlan p { QStringLiteral("回访发现检测周期长"),
        QStringLiteral("与检测机构约定 5 个工作日出具报告"),
        QStringLiteral("黎明"),
        QDate(2026, 12, 31),
        {},
        QStringLiteral("满意度调查：服务水平满意率偏低") };
    auto plan = improvement.addPlan(p, kSupervisor);
    REQUIRE(plan.ok());
    CHECK(plan->status == PlanStatus::Planned);
    CHECK(improvement.updatePlan(plan->id, QStringLiteral("reviewed"), {}, kSupervisor).error().field
        == QLatin1String("review_result"));
    auto reviewed
        = improvement.updatePlan(plan->id, QStringLiteral("reviewed"), QStringLiteral("周期已缩短"), kSupervisor);
    REQUIRE(reviewed.ok());
    CHECK(reviewed->reviewResult == QStringLiteral("周期已缩短"));
    CHECK(t.count(QStringLiteral("audit_log WHERE action LIKE 'improvement.%' OR action = 'evaluation.add'")) == 3);
}
