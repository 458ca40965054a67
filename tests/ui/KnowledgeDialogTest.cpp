// Issue 21: the knowledge base in real widgets. A clerk proposes a case's answer from the case list
// (More → 建议入库); the supervisor's knowledge dialog lists it, approves it into an entry, finds the
// entry by two characters, and retires it with a reason. Its tables are under QAbstractItemModelTester.
#include "KnowledgeDialog.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "storage/KnowledgeStore.h"
#include "support/QtCatch.h"
#include "widgets/CaseActionBar.h"
#include "workflow/CaseStep.h"
#include "workflow/KnowledgeBase.h"
#include "workflow/Registration.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

TEST_CASE("an answered case proposed as knowledge is approved in the knowledge dialog and found by two characters",
    "[ui][knowledge]")
{
    UiFixture f; // the station administrator
    const QString client = f.t.addClient(QStringLiteral("柳南食品有限公司"), QStringLiteral("91450204MA5KQ7R155"));
    NewCase c;
    c.clientId = client;
    c.channel = QStringLiteral("phone");
    c.itemCode = QStringLiteral("5.2.2");
    c.summary = QStringLiteral("产品执行标准如何备案");
    c.answer = QStringLiteral("在企业标准信息公共服务平台自我声明公开即可，无需另行备案。");
    auto answered = Registration(*f.t.db, f.t.catalog).registerCase(c, testActor());
    REQUIRE(answered.ok());

    // The case list's action bar offers the proposal on an answered case, and runs it in core.
    CaseActionBar bar(StationLevel::County);
    bar.setWorker(Role::Clerk, false);
    bar.showCase(*answered);
    auto* propose = bar.findChild<QAction*>(QStringLiteral("proposeKnowledgeAction"));
    auto* merge = bar.findChild<QAction*>(QStringLiteral("mergeAction"));
    REQUIRE((propose && merge));
    CHECK(propose->isEnabled());
    CHECK_FALSE(merge->isEnabled()); // clerks do not merge
    CaseStep asked;
    QObject::connect(&bar, &CaseActionBar::stepRequested, [&](const CaseStep& s) { asked = s; });
    propose->trigger();
    REQUIRE(asked.kind == CaseStep::Kind::ProposeKnowledge);
    REQUIRE(CaseSteps::run(*f.t.db, asked, testActor(QStringLiteral("zhangli"), Role::Clerk)).ok());

    KnowledgeDialog dialog(*f.ctx);
    ModelTesters::attach(dialog.entries());
    ModelTesters::attach(dialog.proposals());
    dialog.show();
    REQUIRE(UiFixture::waitFor([&] { return dialog.proposals()->rowCount() == 1; }));
    CHECK(dialog.tabs()->tabText(1).contains(QStringLiteral("1")));
    CHECK(dialog.proposals()->index(0, 1).data().toString() == answered->number);
    dialog.tabs()->setCurrentIndex(1);
    dialog.findChild<QTableView*>(QStringLiteral("knowledgeProposals"))->selectRow(0);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("approveProposal")), Qt::LeftButton);
    REQUIRE(
        UiFixture::waitFor([&] { return dialog.proposals()->rowCount() == 0 && dialog.entries()->rowCount() == 1; }));
    const KnowledgeEntry entry = *dialog.entries()->rowAt(0);
    CHECK(entry.question == c.summary);

    auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("knowledgeSearch"));
    dialog.tabs()->setCurrentIndex(0);
    UiFixture::type(search, QStringLiteral("备案"));
    REQUIRE(UiFixture::waitFor([&] { return dialog.entries()->rowCount() == 1; }));
    search->clear();
    UiFixture::type(search, QStringLiteral("电梯"));
    REQUIRE(UiFixture::waitFor([&] { return dialog.entries()->rowCount() == 0; }));

    // Never used in its first 30 days it is not yet for review; after them it is.
    CHECK_FALSE(KnowledgeDialog::needsReview(entry, Clock::chinaToday()));
    CHECK(KnowledgeDialog::needsReview(entry, Clock::chinaToday().addDays(31)));
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("ListTableModel")));
}

TEST_CASE("an entry is revised in the dialog with its days of validity; a city entry is read-only at a county",
    "[ui][knowledge]")
{
    UiFixture f; // the station administrator of a county
    NewKnowledgeEntry first;
    first.question = QStringLiteral("强检计量器具如何申请检定？");
    first.answer = QStringLiteral("向柳南区市场监督管理局申请。");
    first.items = { QStringLiteral("5.1.1") };
    auto own = KnowledgeBase(*f.t.db, f.t.catalog).add(first, testActor());
    REQUIRE(own.ok());
    KnowledgeEntry city;
    city.id = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
    city.number = QStringLiteral("LZ-SJ-ZS-2026-0001");
    city.cityWide = true;
    city.version = 1;
    city.question = QStringLiteral("市级平台的问题");
    city.answer = QStringLiteral("市级平台的答复");
    city.author = QStringLiteral("黎明");
    city.createdAt = city.updatedAt = Clock::nowUtc();
    REQUIRE(KnowledgeStore::take(*f.t.db, city).ok());

    KnowledgeDialog dialog(*f.ctx);
    ModelTesters::attach(dialog.entries());
    dialog.show();
    REQUIRE(UiFixture::waitFor([&] { return dialog.entries()->rowCount() == 2; }));
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("knowledgeEntries"));
    auto* revise = dialog.findChild<QPushButton*>(QStringLiteral("reviseEntry"));
    auto* retire = dialog.findChild<QPushButton*>(QStringLiteral("retireEntry"));
    REQUIRE((view && revise && retire));
    const auto rowOf = [&](const QString& number) {
        for (int r = 0; r < dialog.entries()->rowCount(); ++r)
            if (dialog.entries()->rowAt(r)->number == number)
                return r;
        return -1;
    };
    view->selectRow(rowOf(city.number));
    CHECK_FALSE(revise->isEnabled());
    CHECK_FALSE(retire->isEnabled());
    view->selectRow(rowOf(own->number));
    REQUIRE(revise->isEnabled());

    const QDate until = Clock::chinaToday().addYears(1);
    bool filled = false;
    QObject::connect(&dialog, &KnowledgeDialog::formShown, [&](QDialog* form) {
        auto* answer = form->findChild<QPlainTextEdit*>(QStringLiteral("entryAnswer"));
        auto* to = form->findChild<QDateEdit*>(QStringLiteral("entryValidTo"));
        auto* from = form->findChild<QDateEdit*>(QStringLiteral("entryValidFrom"));
        CHECK((answer && to && from));
        if (!(answer && to && from)) { // never throw through the form's event loop
            QMetaObject::invokeMethod(form, &QDialog::reject, Qt::QueuedConnection);
            return;
        }
        CHECK(answer->toPlainText() == first.answer); // the form opens on the version there is
        CHECK(from->text() == KnowledgeDialog::tr("open-ended"));
        answer->setPlainText(QStringLiteral("在线提交申请，或到柳南区市场监督管理局窗口办理。"));
        to->setDate(until);
        filled = true;
        auto* buttons = form->findChild<QDialogButtonBox*>();
        QMetaObject::invokeMethod(
            buttons->button(QDialogButtonBox::Ok),
            [b = buttons->button(QDialogButtonBox::Ok)] { b->click(); },
            Qt::QueuedConnection);
    });
    QTest::mouseClick(revise, Qt::LeftButton);
    REQUIRE(filled);
    REQUIRE(UiFixture::waitFor([&] {
        const int r = rowOf(own->number);
        return r >= 0 && dialog.entries()->rowAt(r)->version == 2;
    }));
    auto stored = KnowledgeStore::find(*f.t.db, own->number);
    REQUIRE(stored.ok());
    CHECK(stored->version == 2);
    CHECK(stored->answer == QStringLiteral("在线提交申请，或到柳南区市场监督管理局窗口办理。"));
    CHECK(stored->validTo == until);
    CHECK_FALSE(stored->validFrom.isValid());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("knowledgeStatus"))->text().contains(own->number));
}
