// 7.2.3 一次性告知: the notice's content, numbering and rules, and its PDF read back with pdftotext.
#include "common/Clock.h"
#include "documents/NoticeDocument.h"
#include "documents/PagedDocument.h"
#include "domain/CaseEvents.h"
#include "domain/WorkCalendar.h"
#include "storage/CaseStore.h"
#include "storage/NoticeStore.h"
#include "storage/StationStore.h"
#include "storage/UserStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/OneTimeNotice.h"
#include "workflow/Registration.h"
#include "workflow/StationSettings.h"

#include <QProcess>
#include <QRegularExpression>

namespace {
struct NoticeFixture
{
    TestDatabase t;
    WorkCalendar calendar = WorkCalendar::load().value();
    QString client = t.addClient(QStringLiteral("柳州螺霸王食品有限公司"), QStringLiteral("91450200198229141F"));

    QString registerCase(const QString& answer = {})
    {
        auto c = Registration(*t.db, t.catalog)
                     .registerCase({ client,
                                       QStringLiteral("window"),
                                       QStringLiteral("5.10.1"),
                                       QStringLiteral("食品生产许可变更咨询"),
                                       answer,
                                       {} },
                         testActor(QStringLiteral("韦小红")));
        REQUIRE(c.ok());
        return c->number;
    }
    Result<Notice> issue(const NewNotice& n)
    {
        return OneTimeNotice(*t.db, t.catalog, calendar).issue(n, testActor(QStringLiteral("韦小红")));
    }

    QString pdfText(const Notice& n, int* pages = nullptr)
    {
        auto c = CaseStore::byNumber(*t.db, n.caseNumber, false);
        REQUIRE(c.ok());
        const QString path = t.dir.filePath(n.number + QStringLiteral(".pdf"));
        auto written = PagedDocument::writePdf(NoticeDocument::html(n,
                                                   *c,
                                                   StationStore::local(*t.db).value(),
                                                   t.catalog.item(c->itemCode)->nameZh,
                                                   StationSettings::load(*t.db)->supervision),
            path,
            n.number);
        REQUIRE(written.ok());
        if (pages)
            *pages = *written;
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

// pdftotext breaks lines where the page does; a phrase is found with its line breaks taken out.
QString joined(const QString& text)
{
    return QString(text).remove(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("a notice starts from the item's materials, adds the clerk's, and moves the case", "[notice]")
{
    NoticeFixture f;
    const QString number = f.registerCase();
    NewNotice input;
    input.caseNumber = number;
    input.extraItems = { QStringLiteral("变更后的生产场所平面图"), QStringLiteral("  ") };
    auto n = f.issue(input);
    REQUIRE(n.ok());
    CHECK(QRegularExpression(QStringLiteral("^LZ-LN-GZ-\\d{4}-0001$")).match(n->number).hasMatch());
    const CatalogItem* item = f.t.catalog.item(QStringLiteral("5.10.1"));
    REQUIRE(n->items.size() == item->materials.size() + 1);
    CHECK(n->items.first() == item->materials.first().zh);
    CHECK(n->items.last() == QStringLiteral("变更后的生产场所平面图"));
    CHECK(n->issuedBy == QStringLiteral("韦小红"));
    CHECK(n->deadline > Clock::chinaToday());
    auto c = CaseStore::byNumber(*f.t.db, number, true);
    REQUIRE(c.ok());
    CHECK(c->status == CaseStatus::Noticed);
    REQUIRE(c->events.size() >= 2);
    CHECK(c->events.at(c->events.size() - 2).kind == QStringLiteral("noticed"));
    CHECK(c->events.at(c->events.size() - 2).detail == n->number);
    // Until the materials are complete the case's clock stands (issue 20).
    CHECK(c->events.last().kind == QStringLiteral("clock_paused"));
    CHECK(c->pausedSince.isValid());
    CHECK(f.t.count(QStringLiteral("notice_items")) == n->items.size());
}

TEST_CASE("a second notice for a case needs its reason, which is kept; a closed case gets none", "[notice]")
{
    NoticeFixture f;
    const QString number = f.registerCase();
    NewNotice input;
    input.caseNumber = number;
    REQUIRE(f.issue(input).ok());
    const qint64 notices = f.t.count(QStringLiteral("notices"));
    auto again = f.issue(input);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("repeat_reason"));
    CHECK(again.error().message.english.contains(QStringLiteral("LZ-LN-GZ-")));
    CHECK(f.t.count(QStringLiteral("notices")) == notices);
    input.repeatReason = QStringLiteral("政策调整，需补充新材料");
    auto second = f.issue(input);
    REQUIRE(second.ok());
    CHECK(second->number.endsWith(QStringLiteral("-0002")));
    CHECK(second->repeatReason == QStringLiteral("政策调整，需补充新材料"));
    CHECK(CaseStore::byNumber(*f.t.db, number, true)->events.last().detail.contains(QStringLiteral("政策调整")));

    const QString closed = f.registerCase(QStringLiteral("当场答复"));
    const qint64 events = f.t.count(QStringLiteral("case_events"));
    auto refused = f.issue({ closed });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    CHECK(f.t.count(QStringLiteral("case_events")) == events);
    CHECK(f.t.count(QStringLiteral("notices")) == notices + 1);
}

TEST_CASE("how a notice reached the applicant is recorded", "[notice]")
{
    NoticeFixture f;
    auto n = f.issue({ f.registerCase() });
    REQUIRE(n.ok());
    OneTimeNotice notices(*f.t.db, f.t.catalog, f.calendar);
    auto bad = notices.recordDelivery(n->number, QStringLiteral("pigeon"), testActor(QStringLiteral("韦小红")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("delivered_how"));
    auto delivered = notices.recordDelivery(n->number, QStringLiteral("SMS"), testActor(QStringLiteral("韦小红")));
    REQUIRE(delivered.ok());
    CHECK(delivered->deliveredHow == QStringLiteral("sms"));
    CHECK(NoticeStore::byNumber(*f.t.db, n->number).value()->deliveredAt.isValid());
    CHECK(notices
              .recordDelivery(
                  QStringLiteral("LZ-LN-GZ-1999-0001"), QStringLiteral("paper"), testActor(QStringLiteral("x")))
              .error()
              .code
        == ErrorCode::NotFound);
}

TEST_CASE("the notice's PDF carries its number, the applicant and every item", "[notice][pdf]")
{
    NoticeFixture f;
    NewNotice input;
    input.caseNumber = f.registerCase();
    input.extraItems = { QStringLiteral("人员健康证明复印件") };
    auto n = f.issue(input);
    REQUIRE(n.ok());
    int pages = 0;
    const QString text = f.pdfText(*n, &pages);
    CHECK(pages == 1);
    CHECK(text.contains(n->number));
    CHECK(text.contains(input.caseNumber));
    CHECK(text.contains(QStringLiteral("一次性告知书"))); // 一 as U+4E00, not the Kangxi radical ⼀
    CHECK(text.contains(QStringLiteral("柳州螺霸王食品有限公司")));
    CHECK(text.contains(QStringLiteral("91450200198229141F")));
    CHECK(text.contains(QStringLiteral("韦小红")));
    for (const QString& item : n->items)
        CHECK(joined(text).contains(item));
}

TEST_CASE("a notice of 60 items runs over pages and loses none of them", "[notice][pdf]")
{
    NoticeFixture f;
    NewNotice input;
    input.caseNumber = f.registerCase();
    input.withCatalogMaterials = false;
    for (int i = 1; i <= 60; ++i)
        input.extraItems << QStringLiteral("第%1项：补充材料说明").arg(i);
    auto n = f.issue(input);
    REQUIRE(n.ok());
    int pages = 0;
    const QString text = joined(f.pdfText(*n, &pages));
    CHECK(pages >= 3);
    for (int i = 1; i <= 60; ++i)
        CHECK(text.contains(QStringLiteral("第%1项：补充材料说明").arg(i)));
    CHECK(text.contains(QStringLiteral("第 %1 页 共 %1 页").arg(pages)));
    CHECK(text.contains(QStringLiteral("申请人（签字）")));
}

TEST_CASE("the station's supervision telephone and e-mail end every notice (7.5.2)", "[notice]")
{
    NoticeFixture f;
    NewNotice n;
    n.caseNumber = f.registerCase();
    auto first = f.issue(n);
    REQUIRE(first.ok());
    CHECK_FALSE(joined(f.pdfText(*first)).contains(QStringLiteral("监督电话")));
    StationSettingsValues v = StationSettings::load(*f.t.db).value();
    v.supervision = { QStringLiteral("0772-12315"), QStringLiteral("jiandu@example.cn") };
    REQUIRE(StationSettings::save(*f.t.db, v, testActor()).ok());
    const QString text = joined(f.pdfText(*first));
    CHECK(text.contains(QStringLiteral("监督电话：0772-12315")));
    CHECK(text.contains(QStringLiteral("jiandu@example.cn")));
    v.supervision.email = QStringLiteral("not an address");
    CHECK(StationSettings::save(*f.t.db, v, testActor()).error().field == QLatin1String("supervision_email"));
}

TEST_CASE("the notice and the timeline name the clerk, not the login; delivery in words", "[notice][names]")
{
    // Issue 18: 经办人：zhangli was printed twice, and "paper" showed in the Chinese timeline.
    NoticeFixture f;
    UserAccount zhangli;
    zhangli.id = QStringLiteral("u-zhangli");
    zhangli.login = QStringLiteral("zhangli");
    zhangli.name = QStringLiteral("张丽");
    zhangli.passwordChangedAt = zhangli.createdAt = Clock::nowUtc();
    REQUIRE(UserStore::insert(*f.t.db, zhangli, QStringLiteral("x")).ok());
    const Actor clerk = Actor::user(QStringLiteral("zhangli"), Role::Clerk); // as the CLI knows it: no name
    OneTimeNotice notices(*f.t.db, f.t.catalog, f.calendar);
    NewNotice n;
    n.caseNumber = f.registerCase();
    auto issued = notices.issue(n, clerk);
    REQUIRE(issued.ok());
    CHECK(issued->issuedBy == QStringLiteral("zhangli")); // stored: who did it
    CHECK(issued->issuedByName == QStringLiteral("张丽")); // printed: the person
    CHECK(issued->contact.contains(QStringLiteral("张丽")));
    CHECK_FALSE(issued->contact.contains(QStringLiteral("zhangli")));
    auto delivered = notices.recordDelivery(issued->number, QStringLiteral("paper"), clerk);
    REQUIRE(delivered.ok());
    CHECK(delivered->issuedByName == QStringLiteral("张丽")); // read back from the database
    auto c = CaseStore::byNumber(*f.t.db, n.caseNumber, true);
    REQUIRE(c.ok());
    const QString html = NoticeDocument::html(delivered.value(), c.value(), StationStore::local(*f.t.db).value(), {});
    CHECK(html.contains(QStringLiteral("经办人：张丽")));
    CHECK_FALSE(html.contains(QStringLiteral("zhangli")));

    const auto names = UserStore::names(*f.t.db);
    REQUIRE(names.ok());
    bool sawDelivery = false;
    for (const CaseEvent& e : c->events) {
        INFO(e.kind.toStdString());
        CHECK(CaseEvents::label(e.kind).local != e.kind); // every kind has its label
        if (e.actor == QLatin1String("zhangli"))
            CHECK(CaseEvents::staff(names.value(), e.actor) == QStringLiteral("张丽"));
        if (e.kind == QLatin1String("notice_delivered")) {
            sawDelivery = true;
            CHECK(CaseEvents::detail(e)
                == issued->number + QLatin1Char(' ') + kDeliveryWays.label(DeliveredBy::Paper).local);
            CHECK_FALSE(CaseEvents::detail(e).contains(QStringLiteral("paper")));
        }
    }
    CHECK(sawDelivery);
    CHECK(CaseEvents::staff(names.value(), QStringLiteral("韦小红")) == QStringLiteral("韦小红")); // no such login
}
