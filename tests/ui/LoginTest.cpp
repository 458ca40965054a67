// Issue 6 in the window: first start sets up the station and its administrator; afterwards nobody
// sees a case before logging in; a wrong password is said so and the window waits; the window locks
// and only a password brings the cases back.
#include "LoginDialog.h"
#include "Startup.h"
#include "StationSettingsDialog.h"
#include "StationSetupDialog.h"
#include "UiFixture.h"
#include "models/CaseListModel.h"
#include "pages/CaseListPage.h"
#include "security/Authentication.h"
#include "security/PasswordPolicy.h"
#include "security/UserAccounts.h"
#include "storage/DatabaseWorker.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"
#include "workflow/CaseActions.h"
#include "workflow/Registration.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
template<typename T>
T* openDialog(const char* name)
{
    T* found = nullptr;
    UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<T*>(w); d && d->isVisible() && d->objectName() == QLatin1String(name))
                found = d;
        return found != nullptr;
    });
    return found;
}

void fill(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->clear();
    UiFixture::type(edit, text);
}

void submit(QWidget* dialog)
{
    QTest::keyClick(dialog, Qt::Key_Return);
}

struct Program
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> ctx;
    std::unique_ptr<MainWindow> window;
    QString path() const { return dir.filePath(QStringLiteral("station.db")); }

    void start()
    {
        ctx = std::make_unique<AppContext>(path(), Catalog::loadBuiltIn().value());
        window = std::make_unique<MainWindow>(*ctx);
        window->show();
        Startup::begin(*ctx, *window);
    }
    void stop()
    {
        window.reset();
        ctx.reset();
    }
};
} // namespace

TEST_CASE("first start: the station and its administrator, then log-in, wrong password, lock and unlock", "[ui][login]")
{
    Program p;
    p.start();
    auto* setup = openDialog<StationSetupDialog>("stationSetupDialog");
    REQUIRE(setup);
    fill(setup, "stationCode", QStringLiteral("LN"));
    fill(setup, "stationName", QStringLiteral("柳南区"));
    fill(setup, "adminLogin", QStringLiteral("weijg"));
    fill(setup, "adminName", QStringLiteral("韦建国"));
    fill(setup, "adminPassword", QStringLiteral("Liunan-2026"));
    fill(setup, "adminPasswordAgain", QStringLiteral("Liunan-2027"));
    submit(setup);
    // A typo in the repeated password is caught before anything is written.
    CHECK(setup->isVisible());
    CHECK(setup->findChild<QLabel*>(QStringLiteral("setupError"))->text().contains(QStringLiteral("两次")));
    fill(setup, "adminPasswordAgain", QStringLiteral("Liunan-2026"));
    QSignalSpy ready(p.window.get(), &MainWindow::pagesReady);
    submit(setup);
    REQUIRE(ready.wait(UiFixture::kPatienceMs));
    CHECK(p.ctx->actor().login == QStringLiteral("weijg"));
    CHECK(p.ctx->actor().role == Role::StationAdmin);
    CHECK(p.window->findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("韦建国")));
    p.stop();

    // The next start asks who is working; no case list is built before a log-in.
    p.start();
    auto* login = openDialog<LoginDialog>("loginDialog");
    REQUIRE(login);
    CHECK(p.window->caseListPage() == nullptr);
    fill(login, "login", QStringLiteral("weijg"));
    fill(login, "password", QStringLiteral("wrong-password"));
    submit(login);
    auto* error = login->findChild<QLabel*>(QStringLiteral("loginError"));
    REQUIRE(UiFixture::waitFor([&] { return !error->text().isEmpty(); }));
    CHECK(error->text().contains(QStringLiteral("不正确")));
    CHECK(p.window->caseListPage() == nullptr);
    fill(login, "password", QStringLiteral("Liunan-2026"));
    QSignalSpy ready2(p.window.get(), &MainWindow::pagesReady);
    submit(login);
    REQUIRE(ready2.wait(UiFixture::kPatienceMs));
    CHECK(p.ctx->actor().login == QStringLiteral("weijg"));

    // Locked: the cases are hidden until the password is given again.
    auto* stack = p.window->findChild<QStackedWidget*>();
    REQUIRE(stack);
    p.window->lock();
    CHECK(p.window->isLocked());
    CHECK_FALSE(stack->isVisible());
    auto* unlock = openDialog<LoginDialog>("loginDialog");
    REQUIRE(unlock);
    CHECK(unlock->login() == QStringLiteral("weijg"));
    QTest::keyClick(unlock, Qt::Key_Escape); // cannot be dismissed
    CHECK(unlock->isVisible());
    fill(unlock, "password", QStringLiteral("Liunan-2026"));
    submit(unlock);
    REQUIRE(UiFixture::waitFor([&] { return !p.window->isLocked(); }));
    CHECK(stack->isVisible());
    p.stop();
}

TEST_CASE("a password that has run out is changed in the log-in dialog before the cases open", "[ui][login]")
{
    TestDatabase t;
    REQUIRE(UserAccounts(*t.db)
                .createFirstAdministrator({ QStringLiteral("weijg"),
                    QStringLiteral("韦建国"),
                    Role::StationAdmin,
                    QStringLiteral("Liunan-2026") })
                .ok());
    REQUIRE(SettingsStore::set(
        *t.db, QString::fromLatin1(PasswordPolicy::kMaxAgeSetting), QStringLiteral("90"), QStringLiteral("weijg"))
                .ok());
    REQUIRE(Sql::write(*t.db,
        QStringLiteral("UPDATE users SET password_changed_at = '2020-01-01T00:00:00.000Z' WHERE login = 'weijg'"))
                .ok());
    auto ctx = std::make_unique<AppContext>(t.path(), Catalog::loadBuiltIn().value());
    auto window = std::make_unique<MainWindow>(*ctx);
    window->show();
    Startup::begin(*ctx, *window);
    auto* login = openDialog<LoginDialog>("loginDialog");
    REQUIRE(login);
    auto* next = login->findChild<QLineEdit*>(QStringLiteral("newPassword"));
    REQUIRE(next);
    CHECK_FALSE(next->isVisible());
    fill(login, "login", QStringLiteral("weijg"));
    fill(login, "password", QStringLiteral("Liunan-2026"));
    submit(login);
    // The password was right but has run out: a new one is asked, the cases stay closed.
    REQUIRE(UiFixture::waitFor([&] { return next->isVisible(); }));
    auto* error = login->findChild<QLabel*>(QStringLiteral("loginError"));
    CHECK(error->text().contains(QStringLiteral("新密码")));
    CHECK(window->caseListPage() == nullptr);
    CHECK(ctx->actor().login.isEmpty());
    // Too weak: refused by the rules, asked again.
    fill(login, "newPassword", QStringLiteral("12345678"));
    fill(login, "newPasswordAgain", QStringLiteral("12345678"));
    submit(login);
    REQUIRE(UiFixture::waitFor([&] { return error->text().contains(QStringLiteral("密码：")); }));
    CHECK(window->caseListPage() == nullptr);
    fill(login, "newPassword", QStringLiteral("Liunan-2027"));
    fill(login, "newPasswordAgain", QStringLiteral("Liunan-2027"));
    QSignalSpy ready(window.get(), &MainWindow::pagesReady);
    submit(login);
    REQUIRE(ready.wait(UiFixture::kPatienceMs));
    CHECK(ctx->actor().login == QStringLiteral("weijg"));
    window.reset();
    ctx.reset();
    CHECK(Authentication(*t.db).logIn(QStringLiteral("weijg"), QStringLiteral("Liunan-2027")).ok());
    CHECK_FALSE(Authentication(*t.db).logIn(QStringLiteral("weijg"), QStringLiteral("Liunan-2026")).ok());
}

TEST_CASE("the station settings dialog carries how many days a password lasts, never by default", "[ui][login]")
{
    StationSettingsValues v;
    CHECK(v.passwordMaxAgeDays == 0);
    StationSettingsDialog never(v);
    auto* days = never.findChild<QSpinBox*>(QStringLiteral("passwordDays"));
    REQUIRE(days);
    CHECK(days->text() == days->specialValueText());
    v.passwordMaxAgeDays = 90;
    StationSettingsDialog dialog(v);
    days = dialog.findChild<QSpinBox*>(QStringLiteral("passwordDays"));
    CHECK(days->value() == 90);
    days->setValue(180);
    CHECK(dialog.values().passwordMaxAgeDays == 180);
    CHECK(dialog.values().idleLockMinutes == v.idleLockMinutes); // the others as they were
}

TEST_CASE("another user takes over the counter: every button follows their role at once; switch user asks for anyone",
    "[ui][login]")
{
    UiFixture f;
    const Actor admin = f.ctx->actor();
    REQUIRE(UserAccounts(*f.t.db)
                .add({ QStringLiteral("zhangli"), QStringLiteral("张丽"), Role::Clerk, QStringLiteral("Liunan-2026") },
                    admin)
                .ok());
    const QString client = f.t.addClient(QStringLiteral("柳州某机械厂"));
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase(
                     { client, QStringLiteral("window"), QStringLiteral("5.4"), QStringLiteral("检验周期"), {}, {} },
                     admin);
    REQUIRE(c.ok());
    REQUIRE(CaseActions(*f.t.db).close(c->number, QStringLiteral("已答复"), admin).ok());
    f.window->showPage(1);
    CaseListModel* model = f.window->caseListPage()->model();
    model->reload();
    REQUIRE(UiFixture::waitFor([&] { return model->caseAt(0).has_value(); }));
    f.find<QTableView>("caseTable")->selectRow(0);
    auto* reopen = f.find<QPushButton>("reopenButton");
    REQUIRE(UiFixture::waitFor([&] { return reopen->isEnabled(); })); // an administrator may reopen

    // 切换用户: the pages hide, and the dialog asks for anyone, not the one who was working.
    f.window->switchUser();
    auto* stack = f.window->findChild<QStackedWidget*>();
    CHECK_FALSE(stack->isVisible());
    auto* login = openDialog<LoginDialog>("loginDialog");
    REQUIRE(login);
    CHECK(login->login().isEmpty());
    CHECK(f.find<QLabel>("userLabel")->text() == QStringLiteral("已注销"));
    CHECK(login->findChild<QPushButton*>(QStringLiteral("quitButton")));
    QTest::keyClick(login, Qt::Key_Escape); // nobody is logged in: it cannot be dismissed
    CHECK(login->isVisible());
    fill(login, "login", QStringLiteral("zhangli"));
    fill(login, "password", QStringLiteral("Liunan-2026"));
    submit(login);
    REQUIRE(UiFixture::waitFor([&] { return !f.window->isLocked(); }));
    CHECK(f.ctx->actor().login == QStringLiteral("zhangli"));
    CHECK(f.find<QLabel>("userLabel")->text().contains(QStringLiteral("张丽")));
    // The same case is still chosen; a clerk may not reopen, and the button says so without choosing again.
    CHECK_FALSE(reopen->isEnabled());
    CHECK(f.find<QPushButton>("closeButton") != nullptr);
}
