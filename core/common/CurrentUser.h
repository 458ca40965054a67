#pragma once

#include <QString>

// The operating-system account running this process: qsdesk-cli without --user acts as the station
// administrator under this name (README, "Trust model"). Read from the system, not from $USER,
// which anyone can set.
namespace CurrentUser {
QString login();
}
