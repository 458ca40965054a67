#include "UiFixture.h"

#include "Startup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

UiFixture::UiFixture()
{
    t.addClient(QStringLiteral("广西柳工机械股份有限公司"), QStringLiteral("91450200198229141F"));
    t.addClient(QStringLiteral("上汽通用五菱汽车股份有限公司"), QStringLiteral("91450000708731386G"));
    auto catalog = Catalog::loadBuiltIn();
    REQUIRE(catalog.ok());
    ctx = std::make_unique<AppContext>(t.path(), catalog.value());
    ctx->setActor(Actor::user(QStringLiteral("tester"), Role::StationAdmin, QStringLiteral("测试员")));
    window = std::make_unique<MainWindow>(*ctx);
    for (QAbstractItemModel* model : window->findChildren<QAbstractItemModel*>())
        ModelTesters::attach(model);
    window->showFitted();
    QSignalSpy ready(window.get(), &MainWindow::pagesReady);
    Startup::begin(*ctx, *window);
    REQUIRE(ready.wait(kPatienceMs));
    // Under a window manager (tests/ui/in-xvfb) the window is mapped, then made active, a moment
    // later (longer on a loaded machine); shortcuts and focus only work once it is.
    // Seen twice under load and not reproduced since: if it shows again, how the window stood.
    const bool exposed = QTest::qWaitForWindowExposed(window.get(), UiFixture::kPatienceMs);
    INFO("visible " << window->isVisible() << ", state " << int(window->windowState()) << ", geometry "
                    << window->geometry().x() << ',' << window->geometry().y() << ' ' << window->width() << 'x'
                    << window->height() << ", handle " << (window->windowHandle() != nullptr));
    REQUIRE(exposed);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get(), UiFixture::kPatienceMs));
}

UiFixture::~UiFixture()
{
    window.reset();
    ctx.reset();
}

bool UiFixture::waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

void UiFixture::type(QWidget* w, const QString& text)
{
    QString run;
    auto flushChinese = [&]() {
        if (run.isEmpty())
            return;
        QInputMethodEvent commit;
        commit.setCommitString(run);
        QApplication::sendEvent(w, &commit);
        run.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 128) {
            flushChinese();
            QTest::keyClick(w, c.toLatin1());
        } else {
            run += c;
        }
    }
    flushChinese();
}
