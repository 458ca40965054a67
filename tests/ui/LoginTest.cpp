// Issue 6 in the window: first start sets up the station and its administrator; afterwards nobody
// sees a case before logging in; a wrong password is said so and the window waits; the window locks
// and only a password brings the cases back.
#include "LoginDialog.h"
#include "Startup.h"
#include "StationSetupDialog.h"
#include "UiFixture.h"
#include "pages/CaseListPage.h"
#include "security/UserAccounts.h"
#include "storage/DatabaseWorker.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
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
    REQUIRE(ready.wait(10000));
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
    REQUIRE(ready2.wait(10000));
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
