// Issue 20: the papers of a case's clock, read back from the PDF: the 暂停计时告知书 to the applicant
// and the 催办通知 to the clerk, in Chinese whatever language the program speaks, people by name.
#include "common/Clock.h"
#include "documents/ClockNotices.h"
#include "documents/PagedDocument.h"
#include "domain/WorkCalendar.h"
#include "storage/CaseStore.h"
#include "storage/UserStore.h"
#include "support/ClockOverride.h"
#include "support/PdfReading.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/CaseClocks.h"
#include "workflow/Registration.h"

namespace {
void addPerson(TestDatabase& t, const QString& login, const QString& name)
{
    UserAccount u;
    u.id = QStringLiteral("u-") + login;
    u.login = login;
    u.name = name;
    u.passwordChangedAt = u.createdAt = Clock::nowUtc();
    REQUIRE(UserStore::insert(*t.db, u, QStringLiteral("x")).ok());
}
} // namespace

TEST_CASE("a pause notice tells the applicant why and since when; an urging notice names the clerk and the date",
    "[clock][pdf]")
{
    // Thursday 5 November 2026, 10:00 in China.
    ClockOverride clock(QDateTime(QDate(2026, 11, 5), QTime(2, 0), Qt::UTC));
    TestDatabase t;
    addPerson(t, QStringLiteral("zhangli"), QStringLiteral("张丽"));
    addPerson(t, QStringLiteral("liming"), QStringLiteral("黎明"));
    const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"));
    auto c = Registration(*t.db, t.catalog)
                 .registerCase({ client,
                                   QStringLiteral("window"),
                                   QStringLiteral("5.1.2"),
                                   QStringLiteral("计量器具校准咨询"),
                                   {},
                                   {} },
                     Actor::user(QStringLiteral("zhangli"), Role::Clerk));
    REQUIRE(c.ok());
    const WorkCalendar calendar = WorkCalendar::load().value();
    CaseClocks clocks(*t.db, calendar);
    CHECK(
        ClockNotices::gather(*t.db, t.catalog, c->number, QStringLiteral("pause")).error().code == ErrorCode::NotFound);
    REQUIRE(clocks
                .pause(c->number,
                    QStringLiteral("materials"),
                    QStringLiteral("缺营业执照副本"),
                    Actor::user(QStringLiteral("zhangli"), Role::Clerk))
                .ok());
    REQUIRE(
        clocks.urge(c->number, QStringLiteral("请本周内办结"), Actor::user(QStringLiteral("liming"), Role::Supervisor))
            .ok());

    auto paused = ClockNotices::gather(*t.db, t.catalog, c->number, QStringLiteral("pause"));
    REQUIRE(paused.ok());
    const QString pdf = t.dir.filePath(QStringLiteral("pause.pdf"));
    REQUIRE(PagedDocument::writePdf(ClockNotices::pauseNotice(*paused), pdf, ClockNotices::title(*paused)).ok());
    const QString text = PdfReading::flat(
        PdfReading::run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }));
    INFO(text.toStdString());
    for (const QString& part : { QStringLiteral("暂停计时告知书"),
             c->number,
             QStringLiteral("柳州测试机械有限公司"),
             QStringLiteral("因等待补正材料，自2026年11月5日起暂停计时"), // Chinese, though the tests run in English
             QStringLiteral("缺营业执照副本"),
             QStringLiteral("经办人：张丽"),
             QStringLiteral("（盖章）") })
        CHECK(text.contains(part));
    CHECK_FALSE(text.contains(QStringLiteral("zhangli")));

    auto urged = ClockNotices::gather(*t.db, t.catalog, c->number, QStringLiteral("urged"));
    REQUIRE(urged.ok());
    const QString pdf2 = t.dir.filePath(QStringLiteral("urge.pdf"));
    REQUIRE(PagedDocument::writePdf(ClockNotices::urgeNotice(*urged), pdf2, ClockNotices::title(*urged)).ok());
    const QString text2 = PdfReading::flat(
        PdfReading::run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf2, QStringLiteral("-") }));
    INFO(text2.toStdString());
    const QDate due = CaseStore::byNumber(*t.db, c->number, false)->dueClose;
    for (const QString& part : { QStringLiteral("催办通知"),
             QStringLiteral("张丽："),
             QStringLiteral("应于%1前办结").arg(PagedDocument::chineseDate(due)),
             QStringLiteral("督办意见：请本周内办结"),
             QStringLiteral("督办人：黎明") })
        CHECK(text2.contains(part));
}

TEST_CASE(
    "an extension notice tells the applicant why, by how many working days and until when, on one page", "[clock][pdf]")
{
    ClockOverride clock(QDateTime(QDate(2026, 11, 5), QTime(2, 0), Qt::UTC));
    TestDatabase t;
    addPerson(t, QStringLiteral("zhangli"), QStringLiteral("张丽"));
    const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"));
    const Actor clerk = Actor::user(QStringLiteral("zhangli"), Role::Clerk);
    auto c
        = Registration(*t.db, t.catalog)
              .registerCase(
                  { client, QStringLiteral("window"), QStringLiteral("5.1.2"), QStringLiteral("校准"), {}, {} }, clerk);
    REQUIRE(c.ok());
    const WorkCalendar calendar = WorkCalendar::load().value();
    CaseClocks clocks(*t.db, calendar);
    REQUIRE(clocks.askExtension(c->number, 5, QStringLiteral("需送外地检测"), clerk).ok());
    // Asked but not yet approved: nothing to tell.
    CHECK(ClockNotices::gather(*t.db, t.catalog, c->number, QStringLiteral("extension_approved")).error().code
        == ErrorCode::NotFound);
    REQUIRE(clocks
                .decideExtension(c->number,
                    true,
                    QStringLiteral("检测机构排期"),
                    Actor::user(QStringLiteral("liming"), Role::Supervisor),
                    QStringLiteral("paper"))
                .ok());
    auto content = ClockNotices::gather(*t.db, t.catalog, c->number, QStringLiteral("extension_approved"));
    REQUIRE(content.ok());
    const QString pdf = t.dir.filePath(QStringLiteral("extension.pdf"));
    REQUIRE(PagedDocument::writePdf(ClockNotices::html(*content), pdf, ClockNotices::title(*content)).ok());
    const QString text = PdfReading::flat(
        PdfReading::run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }));
    INFO(text.toStdString());
    const QDate due = CaseStore::byNumber(*t.db, c->number, false)->dueClose;
    for (const QString& part : { QStringLiteral("延期办理告知书"),
             QStringLiteral("柳州测试机械有限公司："),
             QStringLiteral("因需送外地检测，经本平台负责人批准，办理期限延长5个工作日"),
             QStringLiteral("延长后的办理期限至%1").arg(PagedDocument::chineseDate(due)),
             QStringLiteral("说明：检测机构排期"),
             QStringLiteral("经办人：张丽"),
             QStringLiteral("（盖章）") })
        CHECK(text.contains(part));
    CHECK(PdfReading::pages(pdf).size() == 1);
}
