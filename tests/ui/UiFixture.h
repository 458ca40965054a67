#pragma once

#include "AppContext.h"
#include "MainWindow.h"
#include "ModelTesters.h"
#include "support/TestDatabase.h"

#include <memory>

// A main window over a real station database, started the way the program starts it.
struct UiFixture
{
    UiFixture();
    ~UiFixture();

    // How long a test waits for a state before it calls it a failure. Only a failing test waits
    // this long, so it is generous: a loaded CI machine under Xvfb can take seconds to map a window.
    static constexpr int kPatienceMs = 30000;

    // Processes events until `done` holds or the time is up.
    static bool waitFor(const std::function<bool()>& done, int ms = kPatienceMs);
    // Types like a clerk: ASCII as key presses, Chinese as an input method's committed text.
    static void type(QWidget* w, const QString& text);
    template<typename T>
    T* find(const char* name) const
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }

    ModelTesters modelTesters; // first: every model the window makes is under a tester
    TestDatabase t;
    std::unique_ptr<AppContext> ctx;
    std::unique_ptr<MainWindow> window;
};
