// Issue 18: F1 opens a help a newcomer can use: what the page is for and its keys, on the page the
// clerk is on. Every shortcut it names is bound on that page, every shortcut bound there is named,
// and the keys it describes in words do what it says.
#include "HelpDialog.h"
#include "NoticeDialog.h"
#include "UiFixture.h"
#include "models/CaseListModel.h"
#include "pages/AfterServicePage.h"
#include "pages/AgencyPage.h"
#include "pages/CaseListPage.h"
#include "pages/ClientListPage.h"
#include "pages/RegistrationPage.h"
#include "pages/StatisticsPage.h"
#include "workflow/Registration.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
// Ctrl+Return and Ctrl+Enter (the keypad's) do the same everywhere; the help names the one on the keycap.
QKeySequence normal(const QKeySequence& k)
{
    if (k == QKeySequence(Qt::CTRL | Qt::Key_Return))
        return QKeySequence(Qt::CTRL | Qt::Key_Enter);
    return k;
}

// The shortcuts bound inside `top`: its QShortcuts, its buttons' and its actions' keys.
QSet<QString> boundIn(QWidget* top)
{
    QSet<QString> keys;
    auto add = [&](const QKeySequence& k) {
        if (!k.isEmpty())
            keys.insert(normal(k).toString(QKeySequence::PortableText));
    };
    for (QShortcut* s : top->findChildren<QShortcut*>())
        for (const QKeySequence& k : s->keys())
            add(k);
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets << top;
    for (QWidget* w : widgets) {
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->shortcut());
        for (QAction* a : w->actions())
            for (const QKeySequence& k : a->shortcuts())
                add(k);
    }
    return keys;
}

QSet<QString> namedIn(const HelpDialog::Topic& t)
{
    QSet<QString> keys;
    for (const HelpDialog::Key& k : t.keys)
        if (!k.keys.isEmpty())
            keys.insert(normal(k.keys).toString(QKeySequence::PortableText));
    return keys;
}

QString joined(const QSet<QString>& keys)
{
    QStringList list(keys.begin(), keys.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

CaseRecord registered(UiFixture& f, const QString& client)
{
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase(
                     { client, QStringLiteral("window"), QStringLiteral("5.1.2"), QStringLiteral("帮助测试"), {}, {} },
                     testActor(QStringLiteral("clerk")));
    REQUIRE(c.ok());
    return c.value();
}
} // namespace

TEST_CASE("F1 opens the help on the page the clerk is on, and the other pages can be read", "[ui][help]")
{
    UiFixture f;
    f.window->activateWindow();
    // In the Help menu, beside About.
    QMenu* helpMenu = nullptr;
    for (QAction* a : f.window->menuBar()->actions())
        if (a->menu() && a->menu()->actions().size() >= 2)
            for (QAction* item : a->menu()->actions())
                if (item->shortcut() == QKeySequence(Qt::Key_F1))
                    helpMenu = a->menu();
    REQUIRE(helpMenu);
    CHECK(helpMenu->actions().size() == 2);

    f.window->showPage(1);
    QTest::keyClick(f.window->caseListPage()->searchEdit(), Qt::Key_F1);
    REQUIRE(UiFixture::waitFor([&] { return f.window->help() && f.window->help()->isVisible(); }));
    HelpDialog* help = f.window->help();
    CHECK(help->currentTopic() == 1);
    for (const char* key : { "Ctrl+F", "Ctrl+G", "Ctrl+J", "Ctrl+B" }) {
        INFO(key);
        CHECK(help->text().contains(QLatin1String(key)));
    }
    CHECK(help->text().contains(QCoreApplication::translate("HelpDialog", "Clauses of the service standard")));
    CHECK(help->text().contains(QStringLiteral("7.2.3")));

    // Another page is a click away.
    auto* topics = help->findChild<QListWidget*>(QStringLiteral("helpTopics"));
    REQUIRE(topics);
    CHECK(topics->count() == HelpDialog::topics().size());
    QTest::mouseClick(topics->viewport(), Qt::LeftButton, {}, topics->visualItemRect(topics->item(0)).center());
    CHECK(help->currentTopic() == 0);
    CHECK(help->text().contains(QStringLiteral("Alt+N")));
    CHECK(help->text().contains(QStringLiteral("Ctrl+Enter")));

    // F1 again from another page: the same window, on that page.
    f.window->showPage(5);
    f.window->activateWindow();
    QTest::keyClick(f.window->afterServicePage(), Qt::Key_F1);
    REQUIRE(UiFixture::waitFor([&] { return help->currentTopic() == 5; }));
    CHECK(f.window->help() == help);
    help->close();
}

TEST_CASE("every shortcut the help names is bound on its page, and every one bound there is named", "[ui][help]")
{
    UiFixture f;
    f.window->showPage(4); // the pages built when first shown
    f.window->showPage(5);
    const QList<HelpDialog::Topic> topics = HelpDialog::topics();
    REQUIRE(topics.size() == 8);
    QWidget* pages[] = { f.window->registrationPage(),
        f.window->caseListPage(),
        f.window->clientListPage(),
        f.window->agencyPage(),
        f.window->statisticsPage(),
        f.window->afterServicePage() };
    for (int i = 0; i < 6; ++i) {
        INFO(topics.at(i).title.toStdString());
        REQUIRE(pages[i]);
        CHECK(joined(namedIn(topics.at(i))).toStdString() == joined(boundIn(pages[i])).toStdString());
    }
    // The forms: the notice dialog stands for them all (KeyFlow gives each the same keys).
    const CaseRecord c = registered(f, f.t.addClient(QStringLiteral("柳州帮助测试有限公司")));
    NoticeDialog notice(*f.ctx, c, 0, f.window.get());
    CHECK(joined(namedIn(topics.at(HelpDialog::kFormsTopic))).toStdString() == joined(boundIn(&notice)).toStdString());
    // The window's own keys are in its menus and its navigation, the six pages included.
    QSet<QString> window;
    for (QAction* a : f.window->findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts())
            window.insert(k.toString(QKeySequence::PortableText));
    const QSet<QString> named = namedIn(topics.at(HelpDialog::kWindowTopic));
    INFO("bound: " << joined(window).toStdString());
    CHECK(window.contains(named));
    for (int page = 1; page <= 6; ++page)
        CHECK(window.contains(QStringLiteral("Ctrl+%1").arg(page)));
}

TEST_CASE("the keys the help puts in words do what it says", "[ui][help][keys]")
{
    UiFixture f;
    const QString client = f.t.addClient(QStringLiteral("柳州帮助按键机械有限公司"));
    const CaseRecord c = registered(f, client);
    f.window->activateWindow();

    // Cases: Enter on a case goes to the first thing it allows, Space presses it.
    f.window->showPage(1);
    CaseListPage* page = f.window->caseListPage();
    page->model()->reload();
    REQUIRE(UiFixture::waitFor([&] { return page->model()->caseAt(0).has_value(); }));
    auto* table = f.find<QTableView>("caseTable");
    table->setFocus();
    table->selectRow(0);
    auto* notice = f.find<QPushButton>("noticeButton");
    REQUIRE(UiFixture::waitFor([&] { return notice->isEnabled(); }));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == notice);
    QTest::keyClick(notice, Qt::Key_Space);
    NoticeDialog* dialog = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<NoticeDialog*>(w); d && d->isVisible())
                dialog = d;
        return dialog != nullptr;
    }));
    CHECK(dialog->windowTitle().contains(c.number));
    dialog->reject();

    // Clients: Enter on one of the client's cases opens it on the Cases page.
    f.window->showPage(2);
    auto* clients = f.find<QTableView>("clientTable");
    auto* search = f.find<QLineEdit>("clientArchiveSearch");
    search->setText(QStringLiteral("帮助按键"));
    REQUIRE(UiFixture::waitFor([&] { return clients->model()->rowCount() == 1; }));
    clients->selectRow(0);
    auto* cases = f.find<QTableView>("clientCases");
    REQUIRE(UiFixture::waitFor([&] {
        return cases->model()->rowCount() == 1 && cases->model()->index(0, CaseListModel::Number).data() == c.number;
    }));
    cases->setFocus();
    cases->setCurrentIndex(cases->model()->index(0, 0));
    QTest::keyClick(cases, Qt::Key_Return);
    REQUIRE(UiFixture::waitFor([&] { return f.window->currentPage() == 1; }));
    CHECK(page->searchEdit()->text() == c.number);
}
