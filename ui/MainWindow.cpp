#include "MainWindow.h"

#include "AppContext.h"
#include "AttentionDialog.h"
#include "AuditLogDialog.h"
#include "HelpDialog.h"
#include "IdleLock.h"
#include "KnowledgeDialog.h"
#include "ScreenFit.h"
#include "Startup.h"
#include "StationSettingsDialog.h"
#include "SyncSettingsDialog.h"
#include "TextSize.h"
#include "TimeLimitsDialog.h"
#include "UsersDialog.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "pages/AfterServicePage.h"
#include "pages/AgencyPage.h"
#include "pages/CaseListPage.h"
#include "pages/ClientListPage.h"
#include "pages/OnlineRequestsPage.h"
#include "pages/RegistrationPage.h"
#include "pages/StatisticsPage.h"
#include "security/Permissions.h"
#include "security/UserAccounts.h"
#include "storage/DatabaseWorker.h"
#include "storage/ScheduledBackup.h"
#include "sync/SyncScheduler.h"
#include "widgets/SyncStatusLabel.h"
#include "workflow/StationSettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(AppContext& ctx, QWidget* parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Opening the database…"), this))
    , m_idleLock(new IdleLock(this))
    , m_backupTimer(new QTimer(this))
{
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::runDueBackup);
    setWindowTitle(tr("QSDesk — quality-service one-stop platform"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_placeholder);
    setCentralWidget(m_stack);

    auto* nav = new QToolBar(tr("Navigation"), this);
    nav->setObjectName(QStringLiteral("navigation"));
    nav->setMovable(false);
    nav->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::LeftToolBarArea, nav);
    auto* group = new QActionGroup(this);
    const QList<QPair<QString, QKeySequence>> pages = {
        { tr("Register"), QKeySequence(Qt::CTRL | Qt::Key_1) },
        { tr("Cases"), QKeySequence(Qt::CTRL | Qt::Key_2) },
        { tr("Clients"), QKeySequence(Qt::CTRL | Qt::Key_3) },
        { tr("Agencies"), QKeySequence(Qt::CTRL | Qt::Key_4) },
        { tr("Statistics"), QKeySequence(Qt::CTRL | Qt::Key_5) },
        { tr("Return visits and complaints"), QKeySequence(Qt::CTRL | Qt::Key_6) },
        { tr("Online requests"), QKeySequence(Qt::CTRL | Qt::Key_7) },
    };
    for (int i = 0; i < pages.size(); ++i) {
        QAction* a = nav->addAction(pages.at(i).first);
        a->setCheckable(true);
        a->setShortcut(pages.at(i).second);
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(pages.at(i).first, pages.at(i).second.toString(QKeySequence::NativeText)));
        a->setEnabled(false);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, i]() { showPage(i); });
        m_navigation << a;
    }

    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(tr("&Lock the window"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lock);
    m_lockAction->setEnabled(false);
    m_switchUserAction = file->addAction(
        tr("&Switch user (log out)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, &MainWindow::switchUser);
    m_switchUserAction->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Interface &language…"), this, &MainWindow::chooseLanguage);
    settings->addAction(tr("&Text size…"), this, &MainWindow::chooseTextSize);
    QAction* ownPassword = settings->addAction(tr("Change my &password…"), this, &MainWindow::changeOwnPassword);
    QMenu* admin = menuBar()->addMenu(tr("&Administration"));
    QAction* audit = admin->addAction(tr("&Audit log…"), this, [this]() {
        auto* dialog = new AuditLogDialog(m_ctx, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* users = admin->addAction(tr("&User accounts…"), this, [this]() {
        auto* dialog = new UsersDialog(m_ctx, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* stationSettings = admin->addAction(tr("&Station settings…"), this, &MainWindow::editStationSettings);
    QAction* limits = admin->addAction(tr("&Time limits…"), this, [this]() {
        auto* dialog = new TimeLimitsDialog(m_ctx, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* knowledge = admin->addAction(tr("&Knowledge base…"), this, [this]() {
        auto* dialog = new KnowledgeDialog(m_ctx, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    knowledge->setObjectName(QStringLiteral("knowledgeAction"));
    // The menu follows the role of whoever is logged in; core checks again on every change.
    m_roleActions = { { audit, Permission::ViewAudit },
        { users, Permission::ManageUsers },
        { stationSettings, Permission::ManageSettings },
        { limits, Permission::ManageCatalog },
        { knowledge, Permission::ManageKnowledge } };
    auto followRole = [this, ownPassword](const Actor& a) {
        for (const auto& [action, permission] : std::as_const(m_roleActions))
            action->setEnabled(!a.login.isEmpty() && Permissions::allowed(a.role, permission));
        ownPassword->setEnabled(!a.login.isEmpty() && !a.login.startsWith(QLatin1String("os:")));
    };
    followRole(ctx.actor());
    connect(&ctx, &AppContext::actorChanged, this, followRole);
    connect(&ctx, &AppContext::actorChanged, this, &MainWindow::followRoleInNavigation);
    connect(&ctx, &AppContext::actorChanged, this, &MainWindow::followLoginInGeometry);
    QMenu* sync = menuBar()->addMenu(tr("S&ync"));
    sync->addAction(tr("Synchronise &now"), QKeySequence(Qt::Key_F5), ctx.sync(), &SyncScheduler::syncNow);
    sync->addAction(tr("&Needs attention…"), this, [this]() {
        auto* dialog = new AttentionDialog(m_ctx.writer(), m_ctx.actor(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AttentionDialog::resolved, m_ctx.sync(), &SyncScheduler::attentionResolved);
        dialog->open();
    });
    sync->addAction(tr("Synchronisation &settings…"), this, [this]() {
        auto* dialog = new SyncSettingsDialog(m_ctx.syncEndpoint(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() { m_ctx.saveSyncEndpoint(dialog->endpoint()); });
        dialog->open();
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Help for this page"), QKeySequence(Qt::Key_F1), this, &MainWindow::showHelp);
    help->addAction(tr("&About QSDesk"), this, [this]() {
        QMessageBox::about(this,
            tr("About QSDesk"),
            tr("QSDesk %1\nDesk of the quality-service one-stop platform, after the local standard "
               "质量服务\"一站式\"平台服务规范.")
                .arg(QStringLiteral(QSDESK_VERSION)));
    });

    auto* station = new QLabel(this);
    station->setObjectName(QStringLiteral("stationLabel"));
    auto* user = new QLabel(this);
    user->setObjectName(QStringLiteral("userLabel"));
    auto showUser = [user](const Actor& a) {
        user->setText(
            a.login.isEmpty() ? QString() : tr("User: %1 (%2)").arg(a.displayName(), Roles::label(a.role).local));
    };
    showUser(ctx.actor());
    connect(&ctx, &AppContext::actorChanged, user, showUser);
    auto* db = new QLabel(tr("Database: %1").arg(ctx.dbPath()), this);
    statusBar()->addWidget(station);
    statusBar()->addWidget(user);
    auto* syncStatus = new SyncStatusLabel(*ctx.sync(), this);
    connect(syncStatus, &SyncStatusLabel::clicked, ctx.sync(), &SyncScheduler::syncNow);
    statusBar()->addPermanentWidget(syncStatus);
    statusBar()->addPermanentWidget(db);
    connect(this, &MainWindow::pagesReady, this, [this, station]() {
        const Station& s = m_ctx.station();
        station->setText(tr("Station: %1 (%2-%3)").arg(s.name, s.cityCode, s.code));
        setWindowTitle(m_ctx.isArchive() ? tr("QSDesk — %1 — archive of closed cases (read only)").arg(s.name)
                                         : tr("QSDesk — %1").arg(s.name));
    });
}

namespace {
// Per QSDesk login: staff sharing a counter's computer each find the window where they left it.
// Before anyone has logged in, where it was last closed.
QString geometryKey(const QString& login)
{
    return login.isEmpty() ? QStringLiteral("window/mainGeometry") : QStringLiteral("window/geometry/") + login;
}
} // namespace

bool MainWindow::restoreSavedGeometry(const QString& login)
{
    // Where the user left it, if that still lies on one of today's screens (a laptop taken from
    // the docking station's big monitor to the counter).
    const QByteArray saved = QSettings().value(geometryKey(login)).toByteArray();
    if (saved.isEmpty() || !restoreGeometry(saved))
        return false;
    const QRect normal = normalGeometry().isValid() ? normalGeometry() : geometry();
    const QScreen* screen = QGuiApplication::screenAt(normal.center());
    return screen && screen->availableGeometry().contains(normal.adjusted(0, -ScreenFit::kFrameHeight / 2, 0, 0));
}

void MainWindow::followLoginInGeometry(const Actor& actor)
{
    if (actor.login == m_geometryLogin)
        return;
    if (!m_geometryLogin.isEmpty())
        QSettings().setValue(geometryKey(m_geometryLogin), saveGeometry());
    m_geometryLogin = actor.login;
    if (isVisible() && restoreSavedGeometry(actor.login))
        show();
}

void MainWindow::showFitted()
{
    m_geometryLogin = m_ctx.actor().login;
    if (restoreSavedGeometry(m_geometryLogin)) {
        show();
        return;
    }
    setWindowState(Qt::WindowNoState);
    const QRect room = ScreenFit::available(this);
    resize(ScreenFit::fitted(this, room.size()));
    move(room.topLeft());
    showMaximized();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(geometryKey({}), saveGeometry());
    if (!m_geometryLogin.isEmpty())
        QSettings().setValue(geometryKey(m_geometryLogin), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::databaseReady()
{
    m_registration = new RegistrationPage(m_ctx, this);
    m_cases = new CaseListPage(m_ctx, this);
    m_clients = new ClientListPage(m_ctx, this);
    m_agencies = new AgencyPage(m_ctx, this);
    m_stack->addWidget(m_registration);
    m_stack->addWidget(m_cases);
    m_stack->addWidget(m_clients);
    m_stack->addWidget(m_agencies);
    connect(m_clients, &ClientListPage::caseActivated, this, [this](const QString& number) {
        showPage(1);
        m_cases->showCase(number);
    });
    // Online requests (issue 23): counted in the navigation from the start, new ones after each sync.
    m_onlineRequests = new OnlineRequestsPage(m_ctx, this);
    m_stack->addWidget(m_onlineRequests);
    connect(m_onlineRequests, &OnlineRequestsPage::accepted, this, [this](const QString& number) {
        showPage(1);
        m_cases->showCase(number);
    });
    connect(m_onlineRequests, &OnlineRequestsPage::waitingChanged, this, [this](int n) {
        QAction* a = m_navigation.at(kOnlineRequestsPage);
        a->setText(n > 0 ? tr("Online requests (%1)").arg(n) : tr("Online requests"));
    });
    if (m_ctx.sync())
        connect(m_ctx.sync(), &SyncScheduler::changed, m_onlineRequests, &OnlineRequestsPage::reload);
    for (QAction* a : std::as_const(m_navigation))
        a->setEnabled(true);
    followRoleInNavigation();
    m_lockAction->setEnabled(true);
    m_switchUserAction->setEnabled(true);
    startIdleLock();
    m_backupTimer->start(30 * 60 * 1000);
    QTimer::singleShot(60 * 1000, this, &MainWindow::runDueBackup);
    showPage(0);
    m_cases->offerDraftRecovery();
    emit pagesReady();
}

void MainWindow::followRoleInNavigation()
{
    if (!m_registration)
        return;
    const bool statistics = Permissions::allowed(m_ctx.actor().role, Permission::ViewStatistics);
    m_navigation.at(kStatisticsPage)->setEnabled(statistics);
    if (!statistics && m_statistics && m_stack->currentWidget() == m_statistics)
        showPage(1);
}

void MainWindow::startIdleLock()
{
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock, Qt::UniqueConnection);
    m_ctx.writer()->post<Result<StationSettingsValues>>(
        this,
        [](Database& db) { return StationSettings::load(db); },
        [this](Result<StationSettingsValues> settings) {
            m_idleLock->start(settings ? settings->idleLockMinutes : StationSettingsValues().idleLockMinutes);
        });
}

void MainWindow::editStationSettings()
{
    m_ctx.writer()->post<Result<StationSettingsValues>>(
        this,
        [](Database& db) { return StationSettings::load(db); },
        [this](Result<StationSettingsValues> current) {
            if (!current) {
                QMessageBox::warning(this, tr("Station settings"), current.error().message.local);
                return;
            }
            auto* dialog = new StationSettingsDialog(current.value(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog]() {
                const StationSettingsValues v = dialog->values();
                const Actor actor = m_ctx.actor();
                m_ctx.writer()->post<Status>(
                    this,
                    [v, actor](Database& db) { return StationSettings::save(db, v, actor); },
                    [this, v](Status s) {
                        if (!s) {
                            QMessageBox::warning(this, tr("Station settings"), s.error().message.local);
                            return;
                        }
                        m_idleLock->start(v.idleLockMinutes);
                        runDueBackup();
                    });
            });
            dialog->open();
        });
}

void MainWindow::changeOwnPassword()
{
    bool ok = false;
    const QString current
        = QInputDialog::getText(this, tr("Change my password"), tr("Current password:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString next = QInputDialog::getText(this,
        tr("Change my password"),
        tr("New password (at least 8 characters of three kinds: lower-case, capitals, digits, signs):"),
        QLineEdit::Password,
        {},
        &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(
        this, tr("Change my password"), tr("The new password again:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (next != again) {
        QMessageBox::warning(this, tr("Change my password"), tr("The two new passwords differ. Nothing was changed."));
        return;
    }
    const Actor actor = m_ctx.actor();
    m_ctx.writer()->post<Status>(
        this,
        [actor, current, next](Database& db) { return UserAccounts(db).changeOwnPassword(actor, current, next); },
        [this](Status s) {
            if (s)
                statusBar()->showMessage(tr("Your password was changed."), 8000);
            else
                QMessageBox::warning(this, tr("Change my password"), s.error().message.local);
        });
}

// The daily backup, when the station has one: checked at start and every half hour, run on the sync
// worker's connection so nobody's saving waits for the copy.
void MainWindow::runDueBackup()
{
    const QString tag = QStringLiteral("%1-%2").arg(m_ctx.station().cityCode, m_ctx.station().code);
    m_ctx.syncWorker()->post<Result<ScheduledBackup::Outcome>>(
        this,
        [tag](Database& db) -> Result<ScheduledBackup::Outcome> {
            auto settings = StationSettings::load(db);
            if (!settings)
                return settings.error();
            if (!settings->dailyBackup)
                return ScheduledBackup::Outcome {};
            return ScheduledBackup::runIfDue(db, settings->backupFolder, settings->backupsKept, tag, Clock::nowUtc());
        },
        [this](Result<ScheduledBackup::Outcome> done) {
            if (!done) {
                statusBar()->showMessage(tr("The daily backup failed: %1").arg(done.error().message.local));
                return;
            }
            if (!done->written.isEmpty())
                statusBar()->showMessage(tr("Daily backup written: %1").arg(done->written), 15000);
        });
}

void MainWindow::lock()
{
    hidePagesUntilLogIn(false);
}

void MainWindow::switchUser()
{
    hidePagesUntilLogIn(true);
}

void MainWindow::hidePagesUntilLogIn(bool anyone)
{
    if (m_locked || !m_registration)
        return;
    m_locked = true;
    m_idleLock->pause();
    // Nothing of the cases stays on screen while the desk is unattended.
    m_stack->hide();
    if (anyone)
        findChild<QLabel*>(QStringLiteral("userLabel"))->setText(tr("Logged out"));
    for (QAction* a : std::as_const(m_navigation))
        a->setEnabled(false);
    Startup::unlock(m_ctx, this, anyone, [this]() {
        m_locked = false;
        m_stack->show();
        for (QAction* a : std::as_const(m_navigation))
            a->setEnabled(true);
        followRoleInNavigation();
        m_idleLock->resume();
    });
}

void MainWindow::showWaiting(const QString& what)
{
    m_placeholder->setText(what);
}

void MainWindow::databaseFailed(const QString& why)
{
    m_placeholder->setText(tr("The database cannot be used:\n%1").arg(why));
    m_placeholder->setWordWrap(true);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_navigation.size() || !m_registration || !m_navigation.at(index)->isEnabled())
        return;
    if (index == kStatisticsPage && !m_statistics) {
        // Built when first wanted: it starts counting as soon as it exists.
        m_statistics = new StatisticsPage(m_ctx, this);
        m_stack->addWidget(m_statistics);
    }
    if (index == kAfterServicePage && !m_afterService) {
        m_afterService = new AfterServicePage(m_ctx, this);
        m_stack->addWidget(m_afterService);
    } else if (index == kAfterServicePage) {
        m_afterService->reload(); // the worklist changes as cases close
    } else if (index == kOnlineRequestsPage) {
        m_onlineRequests->reload();
    }
    m_navigation.at(index)->setChecked(true);
    QWidget* page = index == kStatisticsPage ? m_statistics
        : index == kAfterServicePage         ? m_afterService
        : index == kOnlineRequestsPage       ? m_onlineRequests
                                             : m_stack->widget(index + 1);
    m_stack->setCurrentWidget(page);
    if (index == 0)
        m_registration->startNext();
}

int MainWindow::currentPage() const
{
    for (int i = 0; i < m_navigation.size(); ++i)
        if (m_navigation.at(i)->isChecked())
            return i;
    return 0;
}

HelpDialog* MainWindow::help() const
{
    return m_help;
}

void MainWindow::showHelp()
{
    if (!m_help) {
        m_help = new HelpDialog(this); // not modal: read beside the page
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->showTopic(currentPage());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::chooseTextSize()
{
    bool ok = false;
    const QStringList labels = TextSize::labels();
    const QString chosen = QInputDialog::getItem(
        this, tr("Text size"), tr("Size of the text in every window:"), labels, TextSize::saved(), false, &ok);
    if (!ok)
        return;
    const auto level = TextSize::Level(std::max<qsizetype>(0, labels.indexOf(chosen)));
    TextSize::save(level);
    TextSize::apply(level); // at once; the pages scroll where the larger text needs it
}

void MainWindow::chooseLanguage()
{
    QSettings settings;
    const QStringList names { QStringLiteral("中文（简体）"), QStringLiteral("English") };
    const bool english = settings.value(QStringLiteral("ui/language")).toString() == QLatin1String("en");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this,
        tr("Interface language"),
        tr("Language (applied at the next start):"),
        names,
        english ? 1 : 0,
        false,
        &ok);
    if (!ok)
        return;
    settings.setValue(
        QStringLiteral("ui/language"), chosen == names.at(1) ? QStringLiteral("en") : Language::defaultCode());
    QMessageBox::information(
        this, tr("Interface language"), tr("The new language is used from the next start of QSDesk."));
}
