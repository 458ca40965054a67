// 7.6.2 the agency archive page: qualification warnings, and a CSV import with its report.
#include "pages/AgencyPage.h"

#include "HandoffDialog.h"
#include "ModelTesters.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "models/AgencyListModel.h"
#include "support/QtCatch.h"
#include "workflow/AgencyArchive.h"
#include "workflow/Registration.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableView>

namespace {
QMessageBox* report()
{
    QMessageBox* box = nullptr;
    UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("importReport") && w->isVisible())
                box = qobject_cast<QMessageBox*>(w);
        return box != nullptr;
    });
    return box;
}
} // namespace

TEST_CASE("the agency page warns of expiring qualifications and imports a GBK file with a report", "[ui][agency]")
{
    UiFixture f;
    NewAgency expiring;
    expiring.name = QStringLiteral("即将到期的所");
    expiring.items = { QStringLiteral("5.4") };
    Qualification q;
    q.name = QStringLiteral("检验检测机构资质认定证书");
    q.validTo = Clock::chinaToday().addDays(10);
    expiring.qualifications = { q };
    REQUIRE(AgencyArchive(*f.t.db, f.t.catalog).add(expiring, testActor(QStringLiteral("admin"))).ok());
    f.window->showPage(3);
    AgencyPage* page = f.window->agencyPage();
    page->reload();
    REQUIRE(UiFixture::waitFor([&] { return page->model()->rowCount() == 1; }));
    CHECK_FALSE(f.find<QLabel>("agencyWarnings")->text().isEmpty());
    CHECK(page->model()->index(0, AgencyListModel::Qualifications).data(Qt::ForegroundRole).isValid());

    // A file with one bad row: nothing imported, the report names the line.
    QStringEncoder gbk("GB18030");
    const QString bad = f.t.dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(gbk(QStringLiteral("名称,服务事项\n柳州质检院,5.4\n坏机构,5.99\n")));
    file.close();
    page->importFile(bad);
    QMessageBox* box = report();
    REQUIRE(box);
    CHECK(box->detailedText().contains(QStringLiteral("5.99")));
    box->close();
    CHECK(f.t.count(QStringLiteral("agencies")) == 1);

    const QString good = f.t.dir.filePath(QStringLiteral("good.csv"));
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(gbk(QStringLiteral("名称,服务事项\n柳州质检院,5.4\n计量专家组,5.1.1\n")));
    goodFile.close();
    page->importFile(good);
    box = report();
    REQUIRE(box);
    box->close();
    REQUIRE(UiFixture::waitFor([&] { return page->model()->rowCount() == 3; }));
    CHECK(ModelTesters::testedKinds().contains(
        QStringLiteral("AgencyListModel"))); // under QAbstractItemModelTester throughout
}

TEST_CASE("the agency page is current whenever it comes to the front; only who may add agencies is offered it",
    "[ui][agency]")
{
    UiFixture f;
    f.window->showPage(3);
    AgencyPage* page = f.window->agencyPage();
    REQUIRE(UiFixture::waitFor([&] { return page->isVisible(); }));
    auto* add = f.find<QPushButton>("agencyAdd");
    auto* import = f.find<QPushButton>("agencyImport");
    CHECK(add->isEnabled()); // the fixture's user is a station administrator
    f.window->showPage(1);

    // Added elsewhere (the command line, another window, a sync): the page shows it when it comes back.
    NewAgency a;
    a.name = QStringLiteral("柳州市计量技术测试研究所");
    a.items = { QStringLiteral("5.1.2") };
    REQUIRE(AgencyArchive(*f.t.db, f.t.catalog).add(a, f.ctx->actor()).ok());
    f.window->showPage(3);
    REQUIRE(UiFixture::waitFor([&] { return page->model()->rowCount() == 1; }));
    // Its items by name, as staff call them; the clause only in the tooltip.
    const QModelIndex scope = page->model()->index(0, AgencyListModel::Scope);
    CHECK(scope.data().toString().contains(QStringLiteral("计量检测体系建设")));
    CHECK_FALSE(scope.data().toString().contains(QStringLiteral("5.1.2")));
    CHECK(scope.data(Qt::ToolTipRole).toString().contains(QStringLiteral("5.1.2")));

    // A clerk sees why the buttons are not for them, before filling in anything.
    f.ctx->setActor(Actor::user(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽")));
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(import->isEnabled());
    CHECK(add->toolTip().contains(QStringLiteral("站点管理员")));
    f.ctx->setActor(Actor::user(QStringLiteral("tester"), Role::StationAdmin, QStringLiteral("测试员")));
    CHECK(add->isEnabled());
}

TEST_CASE("the handoff dialog says why its list is empty, and warns of a qualification ending before the deadline",
    "[ui][agency][handoff]")
{
    UiFixture f;
    const QString client = f.t.addClient(QStringLiteral("柳州某机械厂"));
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase({ client,
                                   QStringLiteral("window"),
                                   QStringLiteral("5.6"),
                                   QStringLiteral("电梯定期检验预约"),
                                   {},
                                   {} },
                     f.ctx->actor());
    REQUIRE(c.ok());
    {
        HandoffDialog empty(*f.ctx, c.value());
        auto* hint = empty.findChild<QLabel*>(QStringLiteral("handoffHint"));
        REQUIRE(UiFixture::waitFor([&] { return !hint->isHidden(); }));
        CHECK(hint->text().contains(QStringLiteral("服务机构")));
        CHECK(hint->text().contains(QStringLiteral("Ctrl+4")));
        CHECK_FALSE(empty.windowTitle().contains(QStringLiteral("5.6")));
    }

    NewAgency a;
    a.name = QStringLiteral("柳州市特种设备检验研究院");
    a.items = { QStringLiteral("5.6") };
    Qualification q;
    q.name = QStringLiteral("特种设备检验机构核准证");
    q.validTo = Clock::chinaToday().addDays(12); // valid today, gone before twenty working days
    a.qualifications = { q };
    REQUIRE(AgencyArchive(*f.t.db, f.t.catalog).add(a, f.ctx->actor()).ok());
    HandoffDialog dialog(*f.ctx, c.value());
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("handoffHint"));
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("handoffCandidates"));
    REQUIRE(UiFixture::waitFor([&] { return table->currentIndex().isValid(); }));
    auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("handoffDays"));
    days->setValue(20);
    CHECK_FALSE(hint->isHidden());
    CHECK(hint->text().contains(QStringLiteral("资质")));
    CHECK(hint->text().contains(QLocale().toString(q.validTo, QLocale::LongFormat)));
    // Within the qualification's time the warning goes.
    days->setValue(1);
    CHECK(hint->isHidden());
}
