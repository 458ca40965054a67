#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

#include <QString>

class Database;

// What an administrator sets for the whole station (issue 6): how soon an idle window locks, and
// the daily backup, the supervision telephone and e-mail (7.5.2). Kept in the database, so every window and the CLI see
// the same values.
struct StationSettingsValues
{
    int idleLockMinutes = 10; // 1-240
    bool dailyBackup = false;
    QString backupFolder; // required when dailyBackup is on
    int backupsKept = 14; // 1-365 newest files kept in the folder
    SupervisionContacts supervision; // 7.5.2, on every printed notice and visit sheet
};

namespace StationSettings {
Result<StationSettingsValues> load(Database& db);
// Checks the role and the values; writes them and one audit entry with before and after.
Status save(Database& db, const StationSettingsValues& values, const Actor& actor);
} // namespace StationSettings
