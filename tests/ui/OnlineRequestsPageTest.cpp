// Issue 23: the online requests routed to this station, taken off the 待受理 list as a clerk does:
// one accepted (it becomes a case here and the case page shows it), one returned with a reason.
#include "pages/OnlineRequestsPage.h"

#include "MainWindow.h"
#include "ModelTesters.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "pages/CaseListPage.h"
#include "storage/CaseStore.h"
#include "storage/OnlineRequestStore.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "validation/TextRules.h"
#include "validation/Uscc.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

namespace {
void arrive(UiFixture& f, int n, const QString& summary)
{
    const QString first17 = QStringLiteral("91450204MA5KQ7R1%1").arg(n);
    const QString uscc = first17 + Uscc::checkCharacter(first17);
    const QJsonObject payload { { QStringLiteral("id"), Sql::newId() },
        { QStringLiteral("number"), QStringLiteral("LZ-WS-20261204-000%1").arg(n) },
        { QStringLiteral("enterprise"), QStringLiteral("柳州市测试机械有限公司%1").arg(n) },
        { QStringLiteral("uscc"), uscc },
        { QStringLiteral("contact"), QStringLiteral("覃测试") },
        { QStringLiteral("phone"), QStringLiteral("13877201234") },
        { QStringLiteral("email"), QString() },
        { QStringLiteral("item"), QStringLiteral("5.2.2") },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("division"), QStringLiteral("450204") },
        { QStringLiteral("sms"), true },
        { QStringLiteral("station"), f.ctx->station().code },
        { QStringLiteral("received_at"), Clock::toStorage(Clock::nowUtc().addSecs(-3600 * n)) } };
    REQUIRE(OnlineRequestStore::take(*f.t.db, payload).value());
}
} // namespace

TEST_CASE("an online request is accepted from its page as a case; another is returned with a reason", "[ui][online]")
{
    UiFixture f;
    arrive(f, 1, QStringLiteral("查询企业标准有效性"));
    arrive(f, 2, QStringLiteral("咨询计量器具检定"));
    auto* page = f.window->onlineRequestsPage();
    REQUIRE(page);
    page->reload();
    f.window->showPage(6);
    REQUIRE(UiFixture::waitFor([&] { return page->model()->rowCount() == 2; }));
    // Oldest first; the navigation says how many wait.
    CHECK(page->model()->rowAt(0)->number == QStringLiteral("LZ-WS-20261204-0002"));
    auto* nav = f.window->findChild<QToolBar*>(QStringLiteral("navigation"));
    REQUIRE(nav);
    CHECK(nav->actions().at(6)->text().contains(QStringLiteral("2")));
    auto* detail = f.find<QTextBrowser>("onlineRequestDetail");
    REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(QStringLiteral("覃测试")); }));

    // Accepted: a case of this station, channel website, and the case page shows it.
    auto* accept = f.find<QPushButton>("acceptRequestButton");
    REQUIRE(UiFixture::waitFor([&] { return accept->isEnabled(); }));
    QTest::mouseClick(accept, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return page->model()->rowCount() == 1; }));
    auto accepted = OnlineRequestStore::byNumber(*f.t.db, QStringLiteral("LZ-WS-20261204-0002"));
    REQUIRE(accepted.ok());
    CHECK(accepted->value().state == QStringLiteral("accepted"));
    auto cases
        = Sql::one(*f.t.db, QStringLiteral("SELECT number, channel FROM cases WHERE summary = '咨询计量器具检定'"));
    REQUIRE(cases.ok());
    REQUIRE(cases->has_value());
    CHECK((**cases).at(1).toString() == QStringLiteral("website"));
    auto* casePage = f.window->findChild<CaseListPage*>();
    REQUIRE(UiFixture::waitFor([&] { return casePage->isVisible(); }));

    // Returned: the reason asked for, an empty one refused, then taken.
    f.window->showPage(6);
    auto* giveBack = f.find<QPushButton>("returnRequestButton");
    REQUIRE(UiFixture::waitFor([&] { return giveBack->isEnabled(); }));
    int answered = 0;
    QString refusal;
    QTimer filler;
    QObject::connect(&filler, &QTimer::timeout, [&] {
        // The refusal's warning is read and closed; then the dialog comes again with what was typed.
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            refusal = box->text();
            box->done(QMessageBox::Ok);
            return;
        }
        auto* edit = page->findChild<QPlainTextEdit*>(QStringLiteral("returnReason"));
        if (!edit || !edit->isVisible())
            return;
        auto* ok = edit->window()->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        if (answered == 0) {
            answered = 1;
            ok->click(); // no reason: refused, nothing written
        } else if (answered == 1) {
            answered = 2;
            UiFixture::type(edit, QStringLiteral("该企业不在本区"));
            ok->click();
        }
    });
    filler.start(50);
    QTest::mouseClick(giveBack, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return page->model()->rowCount() == 0; }));
    filler.stop();
    CHECK(answered == 2);
    INFO(refusal.toStdString());
    CHECK(refusal.contains(Fields::label(QStringLiteral("reason")).local));
    auto returned = OnlineRequestStore::byNumber(*f.t.db, QStringLiteral("LZ-WS-20261204-0001"));
    REQUIRE(returned.ok());
    CHECK(returned->value().state == QStringLiteral("returned"));
    CHECK(returned->value().returnReason == QStringLiteral("该企业不在本区"));
    CHECK(f.find<QLabel>("onlineRequestCount")->text()
        == OnlineRequestsPage::tr("No online request is waiting. New ones arrive with each sync."));
    CHECK(nav->actions().at(6)->text() == MainWindow::tr("Online requests"));
}
