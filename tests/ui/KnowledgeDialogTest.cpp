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
#include "workflow/Registration.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
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
