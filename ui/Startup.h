#pragma once

#include <functional>

class AppContext;
class MainWindow;
class QWidget;

// Opens the database on the workers' threads and brings the window to life when it is ready:
// writer first (it creates or upgrades the file), then the station and its first administrator
// (asked for on a fresh file), the log-in, then the reader. The window shows at once and never
// waits on this; no case is read before someone has logged in.
namespace Startup {
void begin(AppContext& ctx, MainWindow& window);
// The lock's way back: the same user's password, or another user's who takes over. With `anyone`
// (switch user) nobody's login is offered. Quitting from the dialog closes `window`.
void unlock(AppContext& ctx, QWidget* window, bool anyone, const std::function<void()>& unlocked);
} // namespace Startup
