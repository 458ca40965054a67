#pragma once

#include <QString>

// The operating-system account running this process: qsdesk-cli without --user acts as the station
// administrator under this name (README, "Trust model"). Read from the system, not from $USER,
// which anyone can set.
namespace CurrentUser {
QString login();
// The account's full name from its passwd entry (the first field of GECOS); empty when it has none.
QString fullName();
} // namespace CurrentUser
