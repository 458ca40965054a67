// qsdesk-screenshots DB OUTDIR: renders the main pages over a database into PNGs, with a filled-in
// registration form, so anyone can look at the GUI without a display (run by ./dev screenshots).
#include "AppContext.h"
#include "AuditLogDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Startup.h"
#include "UsersDialog.h"
#include "common/Language.h"
#include "demo/DemoData.h"
#include "pages/CaseListPage.h"
#include "pages/RegistrationPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void type(QWidget* w, const QString& text)
{
    if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        edit->setFocus();
        edit->setText(text);
        emit edit->textEdited(text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        plain->setPlainText(text);
    }
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: qsdesk-screenshots DB OUTDIR [zh_CN|en]");
        return 2;
    }
    Language::install(args.value(3, Language::defaultCode()));
    QDir().mkpath(args.at(2));
    const QDir out(args.at(2));
    auto catalog = Catalog::loadBuiltIn();
    if (!catalog)
        return 1;
    AppContext ctx(args.at(1), catalog.value());
    MainWindow window(ctx);
    window.resize(1366, 820);
    window.show();
    bool ready = false;
    QObject::connect(&window, &MainWindow::pagesReady, [&ready]() { ready = true; });
    Startup::begin(ctx, window);
    // The log-in (issue 6), as the demo administrator of README "Demo accounts".
    LoginDialog* login = nullptr;
    for (int i = 0; i < 500 && !login && !ready; ++i) {
        settle(20);
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<LoginDialog*>(w); d && d->isVisible())
                login = d;
    }
    if (login) {
        login->findChild<QLineEdit*>(QStringLiteral("login"))->setText(QStringLiteral("admin"));
        login->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QString::fromLatin1(DemoData::kDemoPassword));
        settle(100);
        window.grab().save(out.filePath(QStringLiteral("login-window.png")));
        login->grab().save(out.filePath(QStringLiteral("login.png")));
        QTest::keyClick(login, Qt::Key_Return);
    }
    for (int i = 0; i < 500 && !ready; ++i)
        settle(20);
    if (!ready) {
        qWarning("the database did not open");
        return 1;
    }
    auto find = [&](const char* name) { return window.findChild<QWidget*>(QString::fromLatin1(name)); };

    // Registration, filled in as a clerk would: a client found by two characters, an item by a word.
    window.showPage(0);
    type(find("clientSearch"), QStringLiteral("五菱"));
    settle(600);
    if (auto* results = qobject_cast<QTableView*>(find("clientResults")))
        emit results->activated(results->model()->index(0, 0));
    type(find("catalogFilter"), QStringLiteral("计量"));
    type(find("summary"), QStringLiteral("咨询电子秤、压力表的计量检定周期和送检流程，企业新购设备20台。"));
    settle(300);
    window.grab().save(out.filePath(QStringLiteral("registration.png")));

    window.showPage(1);
    settle(800);
    window.grab().save(out.filePath(QStringLiteral("cases.png")));
    window.caseListPage()->searchEdit()->setText(QStringLiteral("电梯"));
    settle(800);
    if (auto* table = qobject_cast<QTableView*>(find("caseTable")))
        table->selectRow(0);
    settle(600);
    window.grab().save(out.filePath(QStringLiteral("cases-search.png")));

    window.showPage(2);
    settle(800);
    if (auto* table = qobject_cast<QTableView*>(find("clientTable")))
        table->selectRow(0);
    settle(800);
    window.grab().save(out.filePath(QStringLiteral("clients.png")));

    window.showPage(3);
    settle(800);
    window.grab().save(out.filePath(QStringLiteral("agencies.png")));

    window.showPage(4);
    settle(2500);
    window.grab().save(out.filePath(QStringLiteral("statistics.png")));

    window.showPage(5);
    settle(1500);
    window.grab().save(out.filePath(QStringLiteral("return-visits.png")));
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("afterServiceTabs"))) {
        tabs->setCurrentIndex(1);
        if (auto* filter = window.findChild<QComboBox*>(QStringLiteral("complaintFilter")))
            filter->setCurrentIndex(2); // all, so the demo's closed ones show too
        settle(1000);
        if (auto* list = window.findChild<QTableView*>(QStringLiteral("complaintTable")))
            list->selectRow(0);
        settle(800);
        window.grab().save(out.filePath(QStringLiteral("complaints.png")));
    }

    AuditLogDialog audit(ctx, &window);
    audit.show();
    settle(1000);
    audit.grab().save(out.filePath(QStringLiteral("audit-log.png")));
    audit.close();
    UsersDialog users(ctx, &window);
    users.show();
    settle(800);
    users.grab().save(out.filePath(QStringLiteral("users.png")));
    users.close();
    qInfo("screenshots written to %s", qPrintable(out.absolutePath()));
    return 0;
}
