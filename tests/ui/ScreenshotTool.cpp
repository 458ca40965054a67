// qsdesk-screenshots DB OUTDIR: renders the main pages over a database into PNGs, with a filled-in
// registration form, so anyone can look at the GUI without a display (run by ./dev screenshots).
#include "AppContext.h"
#include "AuditLogDialog.h"
#include "ClientFileDialog.h"
#include "ComplaintDialog.h"
#include "DocumentPrinting.h"
#include "HandoffDialog.h"
#include "HelpDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NoticeDialog.h"
#include "ReturnVisitDialog.h"
#include "Startup.h"
#include "UsersDialog.h"
#include "VisitDialog.h"
#include "common/Language.h"
#include "demo/DemoData.h"
#include "documents/NoticeDocument.h"
#include "pages/CaseListPage.h"
#include "pages/RegistrationPage.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
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
// What the screen shows: the main window and every visible window over it, each at its place, so
// a dialog taller than the screen is seen cut off as the clerk would see it.
void saveScreen(const QString& path)
{
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    QPixmap shot(screen.size());
    shot.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&shot);
    QList<QWidget*> windows;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->width() > 40 && w->height() > 40)
            windows << w;
    // The main window first, then its dialogs above it.
    std::stable_sort(windows.begin(), windows.end(), [](QWidget* a, QWidget* b) {
        return qobject_cast<MainWindow*>(a) && !qobject_cast<MainWindow*>(b);
    });
    for (QWidget* w : windows) {
        painter.drawPixmap(w->geometry().topLeft() - screen.topLeft(), w->grab());
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawRect(w->geometry().adjusted(-1, -1, 0, 0).translated(-screen.topLeft()));
    }
    painter.end();
    shot.save(path);
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
    window.showFitted(); // as at a first start: maximised on the screen (make-screenshots: 1366x768)
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
    if (auto* newClient = qobject_cast<QPushButton*>(find("newClientButton"))) {
        newClient->setChecked(true);
        settle(300);
        saveScreen(out.filePath(QStringLiteral("registration-new-client.png")));
        newClient->setChecked(false);
    }

    window.showPage(1);
    settle(800);
    window.grab().save(out.filePath(QStringLiteral("cases.png")));
    window.caseListPage()->searchEdit()->setText(QStringLiteral("电梯"));
    settle(800);
    if (auto* table = qobject_cast<QTableView*>(find("caseTable")))
        table->selectRow(0);
    settle(600);
    window.grab().save(out.filePath(QStringLiteral("cases-search.png")));
    window.showHelp(); // F1 on the case list
    settle(500);
    saveScreen(out.filePath(QStringLiteral("help.png")));
    window.help()->close();

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

    // Online requests waiting to be accepted (issue 23), the oldest selected.
    window.showPage(6);
    settle(1000);
    window.grab().save(out.filePath(QStringLiteral("online-requests.png")));

    // The dialogs of a case, each over the window where it opens.
    std::optional<Result<CaseRecord>> found;
    ctx.reader()->post<Result<CaseRecord>>(
        &window,
        [](Database& db) -> Result<CaseRecord> {
            auto row = Sql::one(
                db, QStringLiteral("SELECT number FROM cases WHERE status = 'registered' ORDER BY seq DESC LIMIT 1"));
            if (!row)
                return row.error();
            if (!row->has_value())
                return Error::notFound(UiText::verbatim(QStringLiteral("registered")));
            return CaseStore::byNumber(db, (**row).at(0).toString(), true);
        },
        [&found](Result<CaseRecord> c) { found = std::move(c); });
    for (int i = 0; i < 500 && !found; ++i)
        settle(20);
    window.showPage(1);
    settle(300);
    if (found && *found) {
        const CaseRecord& registered = found->value();
        auto dialogShot = [&](QDialog* dialog, const char* file) {
            dialog->show();
            settle(800);
            saveScreen(out.filePath(QString::fromLatin1(file)));
            dialog->close();
            delete dialog;
        };
        dialogShot(new NoticeDialog(ctx, registered, 0, &window), "notice-dialog.png");
        dialogShot(new HandoffDialog(ctx, registered, &window), "handoff-dialog.png");
        dialogShot(new VisitDialog(ctx, registered, &window), "visit-dialog.png");
        dialogShot(new ReturnVisitDialog(ctx, registered.number, &window), "return-visit-dialog.png");
        dialogShot(new ComplaintDialog(ctx, &window), "complaint-dialog.png");
        dialogShot(new ClientFileDialog(ctx, registered.clientId, &window), "client-file-dialog.png");
        DocumentPrinting::preview({ QStringLiteral("一次性告知书"),
                                      QStringLiteral("notice.pdf"),
                                      NoticeDocument::html(Notice {}, registered, ctx.station(), {}, {}),
                                      {} },
            &window);
        settle(1500);
        saveScreen(out.filePath(QStringLiteral("print-preview.png")));
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("documentPreview"))
                w->close();
        settle(200);
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
