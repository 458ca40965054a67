// The case list over a real database: counts, search, filters, details.
#include "pages/CaseListPage.h"

#include "UiFixture.h"
#include "demo/DemoData.h"
#include "models/CaseListModel.h"
#include "support/QtCatch.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

TEST_CASE("the case list counts, searches, filters and shows a case's timeline", "[ui]")
{
    UiFixture f;
    REQUIRE(DemoData::generate(*f.t.db, f.t.catalog, { 3000, 5, QDate(2026, 11, 24), 5 }).ok());
    f.window->showPage(1);
    CaseListPage* page = f.window->caseListPage();
    CaseListModel* model = page->model();
    model->reload();
    REQUIRE(UiFixture::waitFor([&] { return model->totalCount() == 3000; }));
    CHECK(f.find<QLabel>("caseCount")->text().contains(QStringLiteral("3,000")));

    // Scrolling to the end loads the last rows without loading everything before them.
    auto* table = f.find<QTableView>("caseTable");
    table->scrollToBottom();
    REQUIRE(UiFixture::waitFor([&] { return model->caseAt(2999).has_value(); }));
    CHECK(model->caseAt(2999)->number.startsWith(QStringLiteral("LZ-LN-2021")));
    CHECK_FALSE(model->isLoaded(1500));

    UiFixture::type(page->searchEdit(), QStringLiteral("计量"));
    REQUIRE(UiFixture::waitFor([&] { return model->totalCount() > 0 && model->totalCount() < 3000; }));
    const qint64 metrology = model->totalCount();
    auto* category = f.find<QComboBox>("categoryFilter");
    category->setCurrentIndex(category->findData(QStringLiteral("5.6")));
    REQUIRE(UiFixture::waitFor([&] { return model->totalCount() >= 0 && model->totalCount() < metrology; }));

    page->searchEdit()->clear();
    category->setCurrentIndex(0);
    REQUIRE(UiFixture::waitFor([&] { return model->totalCount() == 3000; }));
    REQUIRE(UiFixture::waitFor([&] { return model->caseAt(0).has_value(); }));
    table->selectRow(0);
    auto* detail = f.find<QTextBrowser>("caseDetail");
    const QString number = model->caseAt(0)->number;
    REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(number); }));
    CHECK(detail->toPlainText().contains(model->caseAt(0)->summary));
    CHECK(detail->toPlainText().contains(model->caseAt(0)->clientName));
}
