// Issue 20: the station administrator's time limits in a real dialog: every item listed by name,
// a limit set for the chosen item with its reason, refused without one, and the model under
// QAbstractItemModelTester the whole time.
#include "TimeLimitsDialog.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "models/TimeLimitModel.h"
#include "support/QtCatch.h"
#include "validation/TextRules.h"
#include "workflow/TimeLimits.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

TEST_CASE("the time limits dialog sets an item's own limits with a reason; without one nothing changes", "[ui][clock]")
{
    UiFixture f; // acting as the station administrator
    TimeLimitsDialog dialog(*f.ctx);
    TimeLimitModel* model = dialog.model();
    ModelTesters::attach(model);
    dialog.show();
    REQUIRE(UiFixture::waitFor([&] { return model->rowCount() == f.t.catalog.itemCount(); }));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->limitAt(r)->itemCode == QLatin1String("5.1.2"))
            row = r;
    REQUIRE(row >= 0);
    const CatalogItem* item = f.t.catalog.item(QStringLiteral("5.1.2"));
    // By the item's name, not its clause number.
    CHECK(model->index(row, TimeLimitModel::Item).data().toString() == item->displayName());
    CHECK(model->index(row, TimeLimitModel::CloseDays).data().toInt() == item->closeDays);

    auto* view = dialog.findChild<QTableView*>(QStringLiteral("timeLimitsView"));
    auto* response = dialog.findChild<QSpinBox*>(QStringLiteral("responseDays"));
    auto* close = dialog.findChild<QSpinBox*>(QStringLiteral("closeDays"));
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("limitReason"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveLimit"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("limitsStatus"));
    view->selectRow(row);
    REQUIRE(UiFixture::waitFor([&] { return close->value() == item->closeDays; }));
    response->setValue(2);
    close->setValue(8);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return !status->text().isEmpty() && save->isEnabled(); }));
    INFO(status->text().toStdString());
    CHECK(status->text().contains(Fields::label(QStringLiteral("reason")).local)); // names the field
    CHECK(TimeLimits(*f.t.db, f.t.catalog).of(QStringLiteral("5.1.2"))->version == 0);

    UiFixture::type(reason, QStringLiteral("市局要求提速"));
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return model->limitAt(row) && model->limitAt(row)->version == 1; }));
    const auto now = TimeLimits(*f.t.db, f.t.catalog).of(QStringLiteral("5.1.2"));
    CHECK(now->responseDays == 2);
    CHECK(now->closeDays == 8);
    CHECK(model->index(row, TimeLimitModel::Source).data().toString().contains(QStringLiteral("市局要求提速")));
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("TimeLimitModel")));
}
