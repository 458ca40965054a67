// The case list over a real database: counts, search, filters, details.
#include "pages/CaseListPage.h"

#include "UiFixture.h"
#include "demo/DemoData.h"
#include "models/CaseListModel.h"
#include "storage/CaseStore.h"
#include "support/QtCatch.h"
#include "workflow/Registration.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

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

TEST_CASE("escalating the chosen case asks for the reason, moves it, and keeps it selected", "[ui][escalation]")
{
    UiFixture f;
    const QString client = f.t.addClient(QStringLiteral("柳州某机械厂"));
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase(
                     { client, QStringLiteral("window"), QStringLiteral("5.4"), QStringLiteral("跨区检验"), {}, {} },
                     QStringLiteral("clerk"));
    REQUIRE(c.ok());
    f.window->showPage(1);
    CaseListPage* page = f.window->caseListPage();
    CaseListModel* model = page->model();
    model->reload();
    REQUIRE(UiFixture::waitFor([&] { return model->caseAt(0).has_value(); }));
    auto* table = f.find<QTableView>("caseTable");
    table->selectRow(0);
    auto* escalate = f.find<QPushButton>("escalateButton");
    auto* reopen = f.find<QPushButton>("reopenButton");
    REQUIRE(UiFixture::waitFor([&] { return escalate->isEnabled(); }));
    CHECK_FALSE(reopen->isEnabled()); // an open case is not reopened

    // The reason is asked in a dialog; type it and confirm.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->setTextValue(QStringLiteral("涉及两个县区"));
        dialog->accept();
    });
    QTest::mouseClick(escalate, Qt::LeftButton);
    auto* detail = f.find<QTextBrowser>("caseDetail");
    REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(QStringLiteral("涉及两个县区")); }));
    REQUIRE(UiFixture::waitFor([&] { return model->caseAt(0) && model->caseAt(0)->status == CaseStatus::Escalated; }));
    CHECK(table->currentIndex().row() == 0); // refreshed in place
    CHECK_FALSE(escalate->isEnabled());
    CHECK(CaseStore::byNumber(*f.t.db, c->number, false)->status == CaseStatus::Escalated);
}
