#pragma once

#include <QString>

// Who is acting, for the audit log and case timelines. Until user accounts arrive (issue 6) this is
// the operating-system login.
namespace CurrentUser {
QString login();
}
