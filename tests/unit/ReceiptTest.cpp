// Issue 19: the acceptance receipt (受理回执) of a registered request, rendered to PDF and read back
// with pdftotext (-layout and -bbox) and pdffonts.
#include "common/Clock.h"
#include "common/Language.h"
#include "documents/AcceptanceReceipt.h"
#include "documents/PagedDocument.h"
#include "domain/WorkCalendar.h"
#include "storage/UserStore.h"
#include "support/ClockOverride.h"
#include "support/PdfReading.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/Registration.h"
#include "workflow/StationSettings.h"

#include <QProcess>
#include <QRectF>
#include <QRegularExpression>

namespace {
using PdfReading::flat;
using PdfReading::run;

// Word boxes per page, as pdftotext -bbox gives them.
QList<QList<QPair<QRectF, QString>>> wordBoxes(const QString& pdf)
{
    QList<QList<QPair<QRectF, QString>>> boxes;
    for (const PdfReading::Page& page : PdfReading::pages(pdf))
        boxes << page.words;
    return boxes;
}

struct ReceiptFixture
{
    // Wednesday 2 December 2026, 10:15 in China: 02:15 UTC, whatever the machine's zone.
    ClockOverride clock { QDateTime(QDate(2026, 12, 2), QTime(2, 15), Qt::UTC) };
    TestDatabase t;
    WorkCalendar calendar = WorkCalendar::load().value();
    QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"), QStringLiteral("9144030071526726XG"));

    ReceiptFixture()
    {
        UserAccount zhangli;
        zhangli.id = QStringLiteral("u-zhangli");
        zhangli.login = QStringLiteral("zhangli");
        zhangli.name = QStringLiteral("张丽");
        zhangli.passwordChangedAt = zhangli.createdAt = Clock::nowUtc();
        REQUIRE(UserStore::insert(*t.db, zhangli, QStringLiteral("x")).ok());
    }

    QString registerCase(const QString& summary, const QString& item = QStringLiteral("5.2.2"))
    {
        NewCase in;
        in.clientId = client;
        in.channel = QStringLiteral("window");
        in.itemCode = item;
        in.summary = summary;
        in.visitorName = QStringLiteral("覃明");
        in.visitorPhone = QStringLiteral("13907721234");
        in.outcome = Outcome::FollowUp;
        auto c = Registration(*t.db, t.catalog).registerCase(in, Actor::user(QStringLiteral("zhangli"), Role::Clerk));
        REQUIRE(c.ok());
        return c->number;
    }

    // The receipt as a PDF; returns its path.
    QString pdf(const QString& number, int* pages = nullptr)
    {
        auto content = AcceptanceReceipt::gather(*t.db, t.catalog, calendar, number);
        REQUIRE(content.ok());
        const QString path = t.dir.filePath(number + QStringLiteral(".pdf"));
        auto written
            = PagedDocument::writePdf(AcceptanceReceipt::html(*content), path, AcceptanceReceipt::title(content->kase));
        REQUIRE(written.ok());
        if (pages)
            *pages = *written;
        return path;
    }
};

void checkFonts(const QString& pdf)
{
    const QStringList rows = run(QStringLiteral("pdffonts"), { pdf }).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() >= 3);
    const int emb = rows.first().indexOf(QLatin1String("emb"));
    bool serif = false, sans = false;
    for (const QString& row : rows.mid(2)) {
        INFO(row.toStdString());
        CHECK(row.mid(emb, 3) == QLatin1String("yes"));
        serif = serif || row.contains(QLatin1String("UMing"));
        sans = sans || row.contains(QLatin1String("DroidSansFallback")) || row.contains(QLatin1String("SansCJK"));
    }
    CHECK(serif); // 宋体-style body
    CHECK(sans); // 黑体-style title and headings
}

// No two words drawn over each other: wrapped lines keep their own space.
void checkNoOverlap(const QString& pdf)
{
    const auto pages = wordBoxes(pdf);
    REQUIRE_FALSE(pages.isEmpty());
    for (int p = 0; p < pages.size(); ++p)
        for (int i = 0; i < pages[p].size(); ++i)
            for (int j = i + 1; j < pages[p].size(); ++j) {
                // Qt draws a bold face it has to make up twice, a fraction of a point apart.
                const bool sameText = pages[p][i].second == pages[p][j].second;
                if (sameText && (pages[p][i].first.topLeft() - pages[p][j].first.topLeft()).manhattanLength() < 2.0)
                    continue;
                const QRectF both = pages[p][i].first.intersected(pages[p][j].first);
                INFO("page " << p + 1 << ": " << pages[p][i].second.toStdString() << " / "
                             << pages[p][j].second.toStdString());
                CHECK((both.width() < 1.0 || both.height() < 1.0));
            }
}
} // namespace

TEST_CASE("the receipt names the case, client, visitor, item, deadline and clerk, in Chinese", "[receipt]")
{
    Language::install(QStringLiteral("en")); // a machine in English prints the same Chinese paper
    ReceiptFixture f;
    StationSettingsValues v = StationSettings::load(*f.t.db).value();
    v.supervision = { QStringLiteral("0772-2825315"), QStringLiteral("jiandu@example.cn") };
    REQUIRE(StationSettings::save(*f.t.db, v, testActor()).ok());
    const QString ask = QStringLiteral("查询企业标准有效性并申请书面答复");
    const QString number = f.registerCase(ask);
    int pages = 0;
    const QString pdf = f.pdf(number, &pages);
    CHECK(pages == 1);
    const QString layout = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    const QString text = flat(layout);
    INFO(layout.toStdString());

    // In the order it is read: unit, title, number, client, request, deadline, progress, clerk, seal.
    const QStringList order { QStringLiteral("柳南区质量服务“一站式”平台"),
        QStringLiteral("受理回执"),
        QStringLiteral("编号：") + number,
        QStringLiteral("柳州测试机械有限公司"),
        QStringLiteral("9144030071526726XG"),
        QStringLiteral("来访人：覃明（联系电话：13907721234）"),
        QStringLiteral("标准销售、信息查询及有效性确认"), // the item by its name
        QStringLiteral("2026年12月2日10:15"), // China time
        ask,
        // 5.2.2: the case's own limit (issue 20), the agency's five working days and five more.
        QStringLiteral("自受理之日起10个工作日内（2026年12月16日前）答复"),
        QStringLiteral("0772-2825315"),
        QStringLiteral("jiandu@example.cn"),
        QStringLiteral("经办人：张丽"),
        QStringLiteral("柳南区质量服务“一站式”平台（盖章）"),
        QStringLiteral("2026年12月2日") };
    qsizetype at = 0;
    for (const QString& part : order) {
        INFO(part.toStdString());
        const qsizetype found = text.indexOf(part, at);
        CHECK(found >= at);
        if (found >= 0)
            at = found + part.size();
    }
    CHECK_FALSE(text.contains(QStringLiteral("zhangli")));
    CHECK_FALSE(text.contains(QStringLiteral("5.2.2"))); // not the clause number
    CHECK(layout.contains(QStringLiteral("第 1 页 共 1 页")));
    checkFonts(pdf);
    checkNoOverlap(pdf);
    Language::install(QStringLiteral("en"));
}

TEST_CASE("a 2,000-character request wraps onto a second page, whole, without overlapping", "[receipt]")
{
    ReceiptFixture f;
    const QString sentence = QStringLiteral("企业计量器具校准咨询需要上门指导并出具书面意见"); // 23 characters
    QString ask;
    for (int i = 0; ask.size() < 2000; ++i)
        ask += QString::number(i % 10) + sentence;
    ask.truncate(2000);
    const QString number = f.registerCase(ask, QStringLiteral("5.1.2"));
    int pages = 0;
    const QString pdf = f.pdf(number, &pages);
    CHECK(pages == 2);
    const QString layout = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    const QString text = flat(layout);
    INFO(layout.toStdString());
    const qsizetype title = text.indexOf(QStringLiteral("受理回执"));
    const qsizetype num = text.indexOf(number);
    // Its start and its end, in order (Qt's drawing puts the last line of page 1 in the text layer
    // of page 2 again, under the clip: issue 19, left for the layout service).
    const qsizetype request = text.indexOf(ask.left(60));
    const qsizetype requestEnd = text.indexOf(ask.right(60), request);
    // 5.1.2: twenty working days, the case's own limit.
    const qsizetype deadline = text.indexOf(QStringLiteral("自受理之日起20个工作日内（2026年12月30日前）答复"));
    const qsizetype seal = text.indexOf(QStringLiteral("（盖章）"));
    CHECK(title >= 0);
    CHECK(num > title);
    CHECK(request > num);
    CHECK(requestEnd > request);
    CHECK(deadline > requestEnd);
    CHECK(seal > deadline);
    CHECK(text.contains(QStringLiteral("计量检测体系建设及检定校准")));
    CHECK(text.contains(QStringLiteral("请凭本回执编号") + number + QStringLiteral("到本平台窗口查询办理进度")));
    CHECK(layout.contains(QStringLiteral("第 1 页 共 2 页")));
    CHECK(layout.contains(QStringLiteral("第 2 页 共 2 页")));
    // The unit's seal and the date stay together on the last page.
    const QStringList pageTexts = layout.split(QLatin1Char('\f'));
    REQUIRE(pageTexts.size() >= 2);
    CHECK(flat(pageTexts.at(1)).contains(QStringLiteral("（盖章）2026年12月2日")));
    checkFonts(pdf);
    checkNoOverlap(pdf);
}

TEST_CASE("registered through qsdesk-cli without --user, the receipt names the account, not os:", "[receipt]")
{
    ReceiptFixture f;
    NewCase in;
    in.clientId = f.client;
    in.channel = QStringLiteral("window");
    in.itemCode = QStringLiteral("5.2.2");
    in.summary = QStringLiteral("校准证书补办");
    in.outcome = Outcome::FollowUp;
    auto c
        = Registration(*f.t.db, f.t.catalog).registerCase(in, Actor::operatingSystemAccount(QStringLiteral("qsadmin")));
    REQUIRE(c.ok());
    auto content = AcceptanceReceipt::gather(*f.t.db, f.t.catalog, f.calendar, c->number);
    REQUIRE(content.ok());
    CHECK(content->staffName == QStringLiteral("qsadmin"));
    CHECK_FALSE(AcceptanceReceipt::html(*content).contains(QStringLiteral("os:")));
    // With a full name in the account's passwd entry, that name.
    CHECK(Actor::operatingSystemAccount(QStringLiteral("wq"), QStringLiteral("王强")).displayName()
        == QStringLiteral("王强"));
    CHECK(Actor::operatingSystemAccount(QStringLiteral("wq")).login == QStringLiteral("os:wq"));
}
