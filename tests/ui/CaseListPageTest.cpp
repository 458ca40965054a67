// The case list over a real database: counts, search, filters, details.
#include "pages/CaseListPage.h"

#include "HandoffDialog.h"
#include "ModelTesters.h"
#include "NoticeDialog.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "domain/WorkCalendar.h"
#include "models/CaseListModel.h"
#include "storage/CaseStore.h"
#include "storage/NoticeStore.h"
#include "storage/UserStore.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "workflow/AgencyArchive.h"
#include "workflow/CaseActions.h"
#include "workflow/CaseClocks.h"
#include "workflow/CaseMerge.h"
#include "workflow/Handoff.h"
#include "workflow/HandoffProgress.h"
#include "workflow/InstructionRequests.h"
#include "workflow/OneTimeNotice.h"
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
    auto* progress = f.find<QPushButton>("progressButton");
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

namespace {
// Five registered cases, newest first in the list, with the list filtered to 已登记.
struct RegisteredList
{
    explicit RegisteredList(UiFixture& f, int cases = 5)
        : f(f)
    {
        const QString client = f.t.addClient(QStringLiteral("柳州筛选测试有限公司"));
        for (int i = 0; i < cases; ++i) {
            auto c = Registration(*f.t.db, f.t.catalog)
                         .registerCase({ client,
                                           QStringLiteral("window"),
                                           QStringLiteral("5.4"),
                                           QStringLiteral("筛选测试%1").arg(i),
                                           {},
                                           {} },
                             testActor(QStringLiteral("clerk")));
            REQUIRE(c.ok());
            numbers.prepend(c->number); // the list shows the newest first
        }
        f.window->showPage(1);
        page = f.window->caseListPage();
        model = page->model();
        ModelTesters::attach(model);
        table = f.find<QTableView>("caseTable");
        bar = f.window->findChild<CaseActionBar*>();
        REQUIRE(bar);
        auto* status = f.find<QComboBox>("statusFilter");
        status->setCurrentIndex(status->findData(CaseStatuses::key(CaseStatus::Registered)));
        REQUIRE(UiFixture::waitFor([&] { return model->totalCount() == cases && model->caseAt(cases - 1); }));
    }
    void choose(int row)
    {
        table->selectRow(row);
        REQUIRE(UiFixture::waitFor([&] { return page->currentCase().number == numbers.at(row); }));
    }
    UiFixture& f;
    QStringList numbers;
    CaseListPage* page = nullptr;
    CaseListModel* model = nullptr;
    QTableView* table = nullptr;
    CaseActionBar* bar = nullptr;
};
} // namespace

TEST_CASE("a case that leaves the filter takes its row with it; the next case is chosen", "[ui][filter]")
{
    UiFixture f;
    RegisteredList list(f);
    auto* detail = f.find<QTextBrowser>("caseDetail");
    // The last row: escalated, it is no longer 已登记.
    list.choose(4);
    emit list.bar->stepRequested({ CaseStep::Kind::Escalate, list.numbers.at(4), QStringLiteral("涉及两个县区") });
    REQUIRE(UiFixture::waitFor([&] { return list.model->totalCount() == 4 && list.model->rowCount() == 4; }));
    // Nothing after it: the one before it is chosen.
    REQUIRE(UiFixture::waitFor([&] { return list.page->currentCase().number == list.numbers.at(3); }));
    CHECK(list.table->currentIndex().row() == 3);
    REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(list.numbers.at(3)); }));

    // A middle row: the case after it takes its place.
    list.choose(1);
    emit list.bar->stepRequested({ CaseStep::Kind::Close, list.numbers.at(1), QStringLiteral("已当场答复") });
    REQUIRE(UiFixture::waitFor([&] { return list.model->totalCount() == 3 && list.model->rowCount() == 3; }));
    REQUIRE(UiFixture::waitFor([&] { return list.page->currentCase().number == list.numbers.at(2); }));
    CHECK(list.table->currentIndex().row() == 1);
    CHECK(list.model->caseAt(1)->number == list.numbers.at(2));
    REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(list.numbers.at(2)); }));
}

namespace {
// One case action, tried on the middle one of three cases that all stand in `from`.
struct ActionUnderFilter
{
    const char* name;
    CaseStatus from;
    CaseStep::Kind kind;
    const char* text;
    const char* whom = "";
};

// An agency offered for 5.4 (检验检测), with a qualification valid for three more years.
QString addInspectionAgency(UiFixture& f)
{
    NewAgency agency;
    agency.name = QStringLiteral("柳州市质量检验检测研究中心");
    agency.items = { QStringLiteral("5.4") };
    Qualification q;
    q.name = QStringLiteral("检验检测机构资质认定证书");
    q.validFrom = QDate(2024, 1, 1);
    q.validTo = Clock::chinaToday().addYears(3);
    agency.qualifications = { q };
    auto added = AgencyArchive(*f.t.db, f.t.catalog).add(agency, testActor(QStringLiteral("admin")));
    REQUIRE(added.ok());
    return added->id;
}

// Brings a registered case to `status` through core, as earlier work at the counter would have.
void bringTo(UiFixture& f, const QString& number, CaseStatus status, const QString& agencyId)
{
    const Actor actor = testActor(QStringLiteral("liming"), Role::Supervisor);
    CaseActions actions(*f.t.db);
    switch (status) {
    case CaseStatus::Registered:
        return;
    case CaseStatus::Closed:
        REQUIRE(actions.close(number, QStringLiteral("已答复"), actor).ok());
        return;
    case CaseStatus::Escalated:
        REQUIRE(actions.escalate(number, QStringLiteral("跨区"), actor).ok());
        return;
    case CaseStatus::AwaitingInstruction:
        REQUIRE(
            InstructionRequests(*f.t.db).ask(number, QStringLiteral("是否受理"), QStringLiteral("局领导"), actor).ok());
        return;
    case CaseStatus::Reopened:
        bringTo(f, number, CaseStatus::Closed, agencyId);
        REQUIRE(actions.reopen(number, QStringLiteral("客户补充材料"), actor).ok());
        return;
    case CaseStatus::HandedOff: {
        auto handed = Handoff(*f.t.db, f.t.catalog, f.ctx->calendar()).handOff({ number, agencyId, 0, {}, {} }, actor);
        INFO(handed.error().message.english.toStdString());
        REQUIRE(handed.ok());
        return;
    }
    case CaseStatus::InService:
        bringTo(f, number, CaseStatus::HandedOff, agencyId);
        REQUIRE(HandoffProgress(*f.t.db).accepted(number, actor).ok());
        return;
    default:
        FAIL("no way to bring a case to this status in this test");
    }
}
} // namespace

TEST_CASE("each case action under its status filter: the row goes, the next case is chosen and shown", "[ui][filter]")
{
    const QList<ActionUnderFilter> actions = {
        { "close", CaseStatus::Registered, CaseStep::Kind::Close, "已当场答复" },
        { "escalate", CaseStatus::Registered, CaseStep::Kind::Escalate, "涉及两个县区" },
        { "instruct", CaseStatus::Registered, CaseStep::Kind::AskInstruction, "是否受理", "局领导" },
        { "instructed", CaseStatus::AwaitingInstruction, CaseStep::Kind::RecordInstruction, "同意受理" },
        { "reopen", CaseStatus::Closed, CaseStep::Kind::Reopen, "客户补充材料" },
        { "close reopened", CaseStatus::Reopened, CaseStep::Kind::Close, "已重新答复" },
        { "accepted", CaseStatus::HandedOff, CaseStep::Kind::Accepted, "" },
        { "declined", CaseStatus::HandedOff, CaseStep::Kind::Declined, "设备检修" },
        { "service result", CaseStatus::InService, CaseStep::Kind::ServiceResult, "已出具检测报告" },
        { "close in service", CaseStatus::InService, CaseStep::Kind::Close, "已办结" },
    };
    for (const ActionUnderFilter& a : actions) {
        DYNAMIC_SECTION(a.name)
        {
            UiFixture f;
            const QString agencyId = addInspectionAgency(f);
            const QString client = f.t.addClient(QStringLiteral("柳州筛选测试有限公司"));
            QStringList numbers; // newest first, as listed
            for (int i = 0; i < 3; ++i) {
                auto c = Registration(*f.t.db, f.t.catalog)
                             .registerCase({ client,
                                               QStringLiteral("window"),
                                               QStringLiteral("5.4"),
                                               QStringLiteral("筛选测试%1").arg(i),
                                               {},
                                               {} },
                                 testActor(QStringLiteral("clerk")));
                REQUIRE(c.ok());
                bringTo(f, c->number, a.from, agencyId);
                numbers.prepend(c->number);
            }
            f.window->showPage(1);
            CaseListPage* page = f.window->caseListPage();
            ModelTesters::attach(page->model()); // the fixture did; said here because it matters here
            auto* table = f.find<QTableView>("caseTable");
            auto* detail = f.find<QTextBrowser>("caseDetail");
            auto* status = f.find<QComboBox>("statusFilter");
            status->setCurrentIndex(status->findData(CaseStatuses::key(a.from)));
            REQUIRE(UiFixture::waitFor([&] { return page->model()->totalCount() == 3 && page->model()->caseAt(2); }));
            table->selectRow(1);
            REQUIRE(UiFixture::waitFor([&] { return page->currentCase().number == numbers.at(1); }));

            CaseStep step { a.kind, numbers.at(1), QString::fromUtf8(a.text) };
            step.whom = QString::fromUtf8(a.whom);
            emit f.window->findChild<CaseActionBar*>()->stepRequested(step);
            REQUIRE(UiFixture::waitFor([&] {
                return CaseStore::byNumber(*f.t.db, numbers.at(1), false)->status != a.from
                    || detail->toPlainText().contains(QString::fromUtf8(a.text));
            }));
            const CaseStatus now = CaseStore::byNumber(*f.t.db, numbers.at(1), false)->status;
            if (now == a.from) {
                // Still in the filter: it stays chosen, refreshed in place.
                REQUIRE(UiFixture::waitFor([&] { return page->model()->totalCount() == 3; }));
                CHECK(page->currentCase().number == numbers.at(1));
                CHECK(table->currentIndex().row() == 1);
                continue;
            }
            // It left the filter: its row goes, and the case that took its place is chosen and shown.
            REQUIRE(UiFixture::waitFor([&] { return page->model()->rowCount() == 2; }));
            REQUIRE(UiFixture::waitFor([&] { return page->currentCase().number == numbers.at(2); }));
            CHECK(table->currentIndex().row() == 1);
            CHECK(page->model()->caseAt(0)->number == numbers.at(0));
            REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(numbers.at(2)); }));

            // Under all statuses the same case stays chosen after the next action.
            status->setCurrentIndex(0);
            REQUIRE(UiFixture::waitFor([&] { return page->model()->totalCount() == 3 && page->model()->caseAt(2); }));
        }
    }
}

TEST_CASE(
    "handing off the chosen case under the 已登记 filter chooses the next one (no crash)", "[ui][filter][handoff]")
{
    UiFixture f;
    addInspectionAgency(f);
    RegisteredList list(f);
    for (int row : { 4, 2, 0 }) { // the last, a middle one, the first
        const QString chosen = list.model->caseAt(row)->number;
        list.table->selectRow(row);
        REQUIRE(UiFixture::waitFor([&] { return list.page->currentCase().number == chosen; }));
        REQUIRE(UiFixture::waitFor([&] { return f.find<QPushButton>("handoffButton")->isEnabled(); }));
        const int before = list.model->rowCount();
        QTest::mouseClick(f.find<QPushButton>("handoffButton"), Qt::LeftButton);
        auto* dialog = openDialog<HandoffDialog>();
        REQUIRE(dialog);
        auto* candidates = dialog->findChild<QTableView*>(QStringLiteral("handoffCandidates"));
        REQUIRE(UiFixture::waitFor([&] { return candidates->model()->rowCount() == 1; }));
        candidates->selectRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("handoffOk")), Qt::LeftButton);
        REQUIRE(UiFixture::waitFor([&] { return list.model->rowCount() == before - 1; }));
        const int next = std::min(row, before - 2);
        const QString expected = list.model->caseAt(next)->number;
        REQUIRE(UiFixture::waitFor([&] { return list.page->currentCase().number == expected; }));
        CHECK(list.table->currentIndex().row() == next);
        CHECK(CaseStore::byNumber(*f.t.db, chosen, false)->status == CaseStatus::HandedOff);
    }
    CHECK(list.model->rowCount() == 2);
    // The list (a ChunkedTableModel) and the handoff dialog's candidates ran under the tester.
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("CaseListModel")));
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("AgencyCandidateModel")));
}

TEST_CASE("the tail of a number typed in the search finds the case; nothing found says what to try", "[ui][search]")
{
    // Issue 18: clerks read out the day and the last digits.
    UiFixture f;
    const CaseRecord c = chooseNewCase(f, QStringLiteral("计量器具校准咨询"));
    CaseListPage* page = f.window->caseListPage();
    auto* hint = f.find<QLabel>("noResultsHint");
    REQUIRE(hint);
    CHECK_FALSE(hint->isVisible());
    const QString tail = c.number.section(QLatin1Char('-'), 2).mid(4); // "1202-0001"
    page->searchEdit()->clear();
    UiFixture::type(page->searchEdit(), tail);
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    REQUIRE(UiFixture::waitFor([&] { return page->model()->totalCount() == 1; }));
    REQUIRE(UiFixture::waitFor([&] { return page->model()->caseAt(0).has_value(); }));
    CHECK(page->model()->caseAt(0)->number == c.number);
    CHECK_FALSE(hint->isVisible());

    page->searchEdit()->clear();
    UiFixture::type(page->searchEdit(), QStringLiteral("0101-9999"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    REQUIRE(UiFixture::waitFor([&] { return hint->isVisible(); }));
    CHECK(page->model()->totalCount() == 0);
    CHECK(hint->text().contains(QStringLiteral("无结果")));
    CHECK(hint->text().contains(QStringLiteral("0101-9999")));
    CHECK(hint->text().contains(QStringLiteral("1125-0011"))); // what to try

    // A filter that hides the case is named too.
    auto* status = f.find<QComboBox>("statusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    page->searchEdit()->clear();
    UiFixture::type(page->searchEdit(), tail);
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    REQUIRE(UiFixture::waitFor([&] { return hint->isVisible() && hint->text().contains(tail); }));
    CHECK(hint->text().contains(QStringLiteral("状态")));
    status->setCurrentIndex(0);
    REQUIRE(UiFixture::waitFor([&] { return !hint->isVisible() && page->model()->totalCount() == 1; }));
}

TEST_CASE("the case's timeline names staff by name and deliveries in words", "[ui][names]")
{
    UiFixture f;
    UserAccount clerk;
    clerk.id = QStringLiteral("u-clerk");
    clerk.login = QStringLiteral("clerk");
    clerk.name = QStringLiteral("张丽");
    clerk.passwordChangedAt = clerk.createdAt = Clock::nowUtc();
    REQUIRE(UserStore::insert(*f.t.db, clerk, QStringLiteral("x")).ok());
    const CaseRecord c = chooseNewCase(f, QStringLiteral("计量器具校准咨询"));
    OneTimeNotice notices(*f.t.db, f.t.catalog, f.ctx->calendar());
    NewNotice n;
    n.caseNumber = c.number;
    auto issued = notices.issue(n, testActor(QStringLiteral("clerk"), Role::Clerk));
    REQUIRE(issued.ok());
    REQUIRE(notices.recordDelivery(issued->number, QStringLiteral("phone"), testActor(QStringLiteral("clerk"))).ok());
    f.window->caseListPage()->showCase(c.number);
    auto* detail = f.find<QTextBrowser>("caseDetail");
    REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(QStringLiteral("告知书已送达")); }));
    const QString text = detail->toPlainText();
    CHECK(text.contains(QStringLiteral("张丽")));
    CHECK(text.contains(QStringLiteral("电话告知")));
    for (const char* raw : { "clerk", "phone", "noticed", "notice_delivered", "registered" }) {
        INFO(raw);
        CHECK_FALSE(text.contains(QLatin1String(raw)));
    }
}

TEST_CASE("a case's acceptance receipt prints again from the case list", "[ui][receipt]")
{
    UiFixture f;
    const CaseRecord c = chooseNewCase(f, QStringLiteral("计量器具校准咨询"));
    auto* receipt = f.find<QPushButton>("caseReceiptButton");
    CHECK(receipt->isEnabled());
    QTest::mouseClick(receipt, Qt::LeftButton);
    auto* preview = openDialog<QPrintPreviewDialog>();
    REQUIRE(preview);
    CHECK(preview->windowTitle().contains(QStringLiteral("受理回执")));
    CHECK(preview->windowTitle().contains(c.number));
    preview->close();
}

TEST_CASE("the case list shows each case's own time limit; pausing its clock from the action bar shows it paused",
    "[ui][clock]")
{
    UiFixture f;
    const CaseRecord c = chooseNewCase(f, QStringLiteral("计时测试"));
    CaseListModel* model = f.window->caseListPage()->model();
    const QModelIndex cell = model->index(0, CaseListModel::TimeLimit);
    CHECK(cell.data().toString() == c.dueClose.toString(QStringLiteral("yyyy-MM-dd")));
    CHECK(model->lightOf(*model->caseAt(0)) == ClockLight::Green);

    auto* clockButton = f.find<QPushButton>("clockButton");
    REQUIRE(clockButton->isEnabled());
    REQUIRE(clockButton->menu());
    QAction* pause = clockButton->menu()->actions().first();
    REQUIRE(pause->isEnabled());
    // The reason from the list, then a note: two dialogs, one after the other.
    QTimer::singleShot(0, [] {
        auto* reason = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!reason)
            return;
        reason->setTextValue(PauseReasons::label(PauseReason::Testing).local);
        QTimer::singleShot(0, [] {
            if (auto* note = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                note->setTextValue(QStringLiteral("送检定机构"));
                note->accept();
            }
        });
        reason->accept();
    });
    pause->trigger();
    REQUIRE(UiFixture::waitFor([&] { return model->caseAt(0) && model->caseAt(0)->pausedSince.isValid(); }));
    CHECK(model->index(0, CaseListModel::TimeLimit).data().toString() == ClockLights::label(ClockLight::Paused).local);
    auto clock = CaseClocks(*f.t.db).clockOf(CaseStore::byNumber(*f.t.db, c.number, false).value());
    REQUIRE(clock.ok());
    CHECK(clock->pauseReason == QStringLiteral("testing"));
    CHECK(clock->pauses.first().note == QStringLiteral("送检定机构"));
    CHECK(clockButton->menu()->actions().at(1)->isEnabled()); // 恢复计时
    CHECK_FALSE(pause->isEnabled());
}

TEST_CASE(
    "a kept case shows the requests merged into it: their notices and lines in its timeline, marked", "[ui][knowledge]")
{
    UiFixture f;
    const CaseRecord kept = chooseNewCase(f, QStringLiteral("计量器具校准咨询"));
    auto dup = Registration(*f.t.db, f.t.catalog)
                   .registerCase({ kept.clientId,
                                     QStringLiteral("phone"),
                                     QStringLiteral("5.1.2"),
                                     QStringLiteral("电话再问计量器具校准"),
                                     {},
                                     {} },
                       testActor(QStringLiteral("clerk")));
    REQUIRE(dup.ok());
    NewNotice n;
    n.caseNumber = dup->number;
    auto notice = OneTimeNotice(*f.t.db, f.t.catalog, WorkCalendar::standard()).issue(n, testActor());
    REQUIRE(notice.ok());
    REQUIRE(CaseMerge(*f.t.db).merge(kept.number, dup->number, testActor(QStringLiteral("s"), Role::Supervisor)).ok());

    CaseListPage* page = f.window->caseListPage();
    page->showCase(kept.number);
    auto* detail = f.find<QTextBrowser>("caseDetail");
    REQUIRE(UiFixture::waitFor([&] {
        const QString text = detail->toPlainText();
        return text.contains(kept.number) && text.contains(dup->number);
    }));
    const QString text = detail->toPlainText();
    CHECK(text.contains(QStringLiteral("电话再问计量器具校准"))); // the merged request, named
    CHECK(text.contains(notice->number)); // its notice, in the kept case's timeline
    CHECK(text.contains(QStringLiteral("〔%1〕").arg(dup->number))); // marked with the number it was filed under
    // Its number is a link that opens the merged request itself.
    CHECK(detail->toHtml().contains(QStringLiteral("case:%1").arg(dup->number)));
}
