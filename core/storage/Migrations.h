#pragma once

#include "common/Result.h"

class Database;

// Numbered schema migrations, shipped as resources :/migrations/NNN_name.sql. Each runs in its own
// transaction together with the bump of PRAGMA user_version, so a file is always at one version.
namespace Migrations {
int latestVersion();
Status run(Database& db);
Status checkCurrent(Database& db); // for reader connections: refuse a file that is not current
} // namespace Migrations
