// The case list over a real database: counts, search, filters, details.
#include "pages/CaseListPage.h"

#include "HandoffDialog.h"
#include "NoticeDialog.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "models/CaseListModel.h"
#include "storage/CaseStore.h"
#include "storage/NoticeStore.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "workflow/AgencyArchive.h"
#include "workflow/Handoff.h"
#include "workflow/Registration.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

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
                     testActor(QStringLiteral("clerk")));
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

namespace {
// A registered case for 5.1.2, chosen in the case list, as a clerk would have it in front of them.
CaseRecord chooseNewCase(UiFixture& f, const QString& summary)
{
    const QString client = f.t.addClient(QStringLiteral("柳州测试机械有限公司"));
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase({ client, QStringLiteral("window"), QStringLiteral("5.1.2"), summary, {}, {} },
                     testActor(QStringLiteral("clerk")));
    REQUIRE(c.ok());
    f.window->showPage(1);
    CaseListPage* page = f.window->caseListPage();
    page->model()->reload();
    REQUIRE(UiFixture::waitFor([&] { return page->model()->caseAt(0).has_value(); }));
    f.find<QTableView>("caseTable")->selectRow(0);
    REQUIRE(UiFixture::waitFor([&] { return f.find<QPushButton>("noticeButton")->isEnabled(); }));
    return c.value();
}

template<typename T>
T* openDialog()
{
    T* dialog = nullptr;
    UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
                dialog = d;
        return dialog != nullptr;
    });
    return dialog;
}
} // namespace

TEST_CASE("a clerk issues a one-time notice from the case list and gets its print preview", "[ui][notice]")
{
    UiFixture f;
    const CaseRecord c = chooseNewCase(f, QStringLiteral("计量器具校准咨询"));
    QTest::mouseClick(f.find<QPushButton>("noticeButton"), Qt::LeftButton);
    auto* dialog = openDialog<NoticeDialog>();
    REQUIRE(dialog);
    auto* items = dialog->findChild<QListView*>(QStringLiteral("noticeItems"));
    const int materials = items->model()->rowCount();
    CHECK(materials == f.t.catalog.item(QStringLiteral("5.1.2"))->materials.size());
    // Untick the first material (the applicant brought it) and add one of the clerk's own.
    items->model()->setData(items->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
    UiFixture::type(dialog->findChild<QLineEdit*>(QStringLiteral("noticeNewItem")), QStringLiteral("校准需求说明"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("noticeAddItem")), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("noticeIssue")), Qt::LeftButton);
    auto* preview = openDialog<QPrintPreviewDialog>();
    REQUIRE(preview);
    CHECK(preview->findChild<QAction*>(QStringLiteral("documentSavePdf")));
    preview->close();

    auto notices = NoticeStore::forCase(*f.t.db, c.seq);
    REQUIRE(notices.ok());
    REQUIRE(notices->size() == 1);
    CHECK(notices->first().items.size() == materials); // one unticked, one added
    CHECK(notices->first().items.last() == QStringLiteral("校准需求说明"));
    CHECK(notices->first().deliveredHow == QStringLiteral("paper")); // handed over at the counter
    CHECK(CaseStore::byNumber(*f.t.db, c.number, false)->status == CaseStatus::Noticed);
    auto* detail = f.find<QTextBrowser>("caseDetail");
    CHECK(UiFixture::waitFor([&] { return detail->toPlainText().contains(notices->first().number); }));
}

TEST_CASE("a clerk hands a case off to the best-ranked agency; one not offered needs a reason", "[ui][handoff]")
{
    UiFixture f;
    NewAgency qualified;
    qualified.name = QStringLiteral("柳州市计量技术测试研究所");
    qualified.items = { QStringLiteral("5.1.2") };
    Qualification q;
    q.name = QStringLiteral("计量授权证书");
    q.validFrom = QDate(2024, 1, 1);
    q.validTo = Clock::chinaToday().addYears(3);
    qualified.qualifications = { q };
    REQUIRE(AgencyArchive(*f.t.db, f.t.catalog).add(qualified, testActor(QStringLiteral("admin"))).ok());
    NewAgency unqualified;
    unqualified.name = QStringLiteral("无资质的所");
    unqualified.items = { QStringLiteral("5.1.2") };
    REQUIRE(AgencyArchive(*f.t.db, f.t.catalog).add(unqualified, testActor(QStringLiteral("admin"))).ok());
    const CaseRecord c = chooseNewCase(f, QStringLiteral("送检咨询"));

    QTest::mouseClick(f.find<QPushButton>("handoffButton"), Qt::LeftButton);
    auto* dialog = openDialog<HandoffDialog>();
    REQUIRE(dialog);
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("handoffCandidates"));
    REQUIRE(UiFixture::waitFor([&] { return table->model()->rowCount() == 1; })); // only the offered one
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("柳州市计量技术测试研究所"));
    dialog->findChild<QCheckBox*>(QStringLiteral("handoffShowAll"))->setChecked(true);
    REQUIRE(table->model()->rowCount() == 2);
    table->selectRow(1);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("handoffOverride"))->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("handoffOk")), Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("handoffError"));
    REQUIRE(UiFixture::waitFor([&] { return error->isVisible(); }));
    CHECK(f.t.count(QStringLiteral("handoffs")) == 0);

    table->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("handoffOk")), Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(f.t.count(QStringLiteral("handoffs")) == 1);
    CHECK(CaseStore::byNumber(*f.t.db, c.number, false)->status == CaseStatus::HandedOff);
    CHECK_FALSE(f.find<QPushButton>("handoffButton")->isEnabled());

    // Progress: the agency accepts; the case is in service.
    auto* progress = f.find<QToolButton>("progressButton");
    REQUIRE(UiFixture::waitFor([&] { return progress->isVisible() && progress->isEnabled(); }));
    QAction* accept = nullptr;
    for (QAction* a : progress->menu()->actions())
        if (a->text() == QCoreApplication::translate("CaseActionBar", "Accepted by the agency"))
            accept = a;
    REQUIRE(accept);
    accept->trigger();
    REQUIRE(UiFixture::waitFor(
        [&] { return CaseStore::byNumber(*f.t.db, c.number, false)->status == CaseStatus::InService; }));
}

TEST_CASE("an overdue handoff stands out in red and is found under the overdue filter", "[ui][handoff]")
{
    UiFixture f;
    NewAgency agency;
    agency.name = QStringLiteral("柳州市计量技术测试研究所");
    agency.items = { QStringLiteral("5.1.2") };
    auto added = AgencyArchive(*f.t.db, f.t.catalog).add(agency, testActor(QStringLiteral("admin")));
    REQUIRE(added.ok());
    const QString client = f.t.addClient(QStringLiteral("柳州某厂"));
    // Handed off a month ago with five working days: overdue now.
    ClockOverride clock([] { return QDateTime::currentDateTimeUtc().addDays(-30); });
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase(
                     { client, QStringLiteral("window"), QStringLiteral("5.1.2"), QStringLiteral("逾期测试"), {}, {} },
                     testActor(QStringLiteral("clerk")));
    REQUIRE(c.ok());
    auto handed = Handoff(*f.t.db, f.t.catalog, f.ctx->calendar())
                      .handOff({ c->number, added->id, 5, QStringLiteral("加急"), QStringLiteral("唯一机构") },
                          testActor(QStringLiteral("clerk")));
    clock.reset();
    REQUIRE(handed.ok());
    Registration(*f.t.db, f.t.catalog)
        .registerCase({ client, QStringLiteral("window"), QStringLiteral("5.1.2"), QStringLiteral("未交接"), {}, {} },
            testActor(QStringLiteral("clerk")));

    f.window->showPage(1);
    CaseListPage* page = f.window->caseListPage();
    auto* due = f.find<QComboBox>("dueFilter");
    due->setCurrentIndex(due->findData(QStringLiteral("overdue")));
    REQUIRE(UiFixture::waitFor([&] { return page->model()->totalCount() == 1; }));
    REQUIRE(UiFixture::waitFor([&] { return page->model()->caseAt(0).has_value(); }));
    CHECK(page->model()->caseAt(0)->number == c->number);
    const QModelIndex cell = page->model()->index(0, CaseListModel::Due);
    CHECK(cell.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc0, 0x00, 0x00));
    CHECK(page->model()->urgencyOf(*page->model()->caseAt(0)) == CaseListModel::Urgency::Overdue);
    due->setCurrentIndex(0);
    REQUIRE(UiFixture::waitFor([&] { return page->model()->totalCount() == 2; }));
}
