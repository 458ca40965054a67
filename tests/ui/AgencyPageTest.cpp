// 7.6.2 the agency archive page: qualification warnings, and a CSV import with its report.
#include "pages/AgencyPage.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "models/AgencyListModel.h"
#include "support/QtCatch.h"
#include "workflow/AgencyArchive.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStringEncoder>

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
