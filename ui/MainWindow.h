#pragma once

#include "security/Permissions.h"

#include <QMainWindow>
#include <QPointer>

class AppContext;
class IdleLock;
class AgencyPage;
class CaseListPage;
class ClientListPage;
class QLabel;
class QTimer;
class QStackedWidget;
class RegistrationPage;

// Navigation between registration, cases and clients; the status bar names the station, the user
// and the database file. The pages are built once the database is open (DatabaseWorker::opened).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& ctx, QWidget* parent = nullptr);

    void databaseReady(); // builds the pages
    void databaseFailed(const QString& why); // says so in the window
    void showWaiting(const QString& what); // what the window waits for, where the pages will be
    RegistrationPage* registrationPage() const { return m_registration; }
    CaseListPage* caseListPage() const { return m_cases; }
    ClientListPage* clientListPage() const { return m_clients; }
    AgencyPage* agencyPage() const { return m_agencies; }
    class StatisticsPage* statisticsPage() const { return m_statistics; }
    class AfterServicePage* afterServicePage() const { return m_afterService; }
    class OnlineRequestsPage* onlineRequestsPage() const { return m_onlineRequests; }
    // Shows the window where this user left it, if that fits one of the screens now attached,
    // else maximised on the available screen (issue 18: never larger than a 1280×720 laptop).
    void showFitted();
    void showPage(int index);
    int currentPage() const; // as numbered for showPage
    void showHelp(); // F1: the help, open on the current page
    class HelpDialog* help() const;
    void lock(); // hides the cases until the password is given again (issue 6)
    void switchUser(); // the one working logs out; the pages hide until someone logs in
    bool isLocked() const { return m_locked; }

signals:
    void pagesReady();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void hidePagesUntilLogIn(bool anyone);
    bool restoreSavedGeometry(const QString& login);
    void followLoginInGeometry(const Actor& actor);
    void chooseLanguage();
    void chooseTextSize();
    void startIdleLock();
    void followRoleInNavigation();
    void editStationSettings();
    void changeOwnPassword();
    void runDueBackup();

    AppContext& m_ctx;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    RegistrationPage* m_registration = nullptr;
    CaseListPage* m_cases = nullptr;
    ClientListPage* m_clients = nullptr;
    AgencyPage* m_agencies = nullptr;
    class StatisticsPage* m_statistics = nullptr;
    class AfterServicePage* m_afterService = nullptr;
    class OnlineRequestsPage* m_onlineRequests = nullptr;
    static constexpr int kStatisticsPage = 4;
    static constexpr int kAfterServicePage = 5;
    static constexpr int kOnlineRequestsPage = 6;
    QList<QAction*> m_navigation;
    IdleLock* m_idleLock;
    QTimer* m_backupTimer;
    QList<QPair<QAction*, Permission>> m_roleActions;
    QAction* m_lockAction = nullptr;
    QAction* m_switchUserAction = nullptr;
    QString m_geometryLogin; // whose size and place the window has now
    QPointer<class HelpDialog> m_help;
    bool m_locked = false;
};
