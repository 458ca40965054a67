#pragma once

class AppContext;
class MainWindow;

// Opens the database on the workers' threads and brings the window to life when it is ready:
// writer first (it creates or upgrades the file), then the station (asked for on a fresh file),
// then the reader. The window shows at once and never waits on this.
namespace Startup {
void begin(AppContext& ctx, MainWindow& window);
}
