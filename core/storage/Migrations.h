#pragma once

#include "common/Result.h"

class Database;

// Numbered schema migrations, shipped as resources NNN_name.sql in a folder (:/migrations for a
// station's database, :/server-migrations for the city platform's). Each runs in its own
// transaction together with the bump of PRAGMA user_version, so a file is always at one version.
namespace Migrations {
QString stationSchema(); // ":/migrations"
int latestVersion(const QString& folder = stationSchema());
Status run(Database& db, const QString& folder = stationSchema());
// For reader connections: refuse a file that is not current.
Status checkCurrent(Database& db, const QString& folder = stationSchema());
} // namespace Migrations
