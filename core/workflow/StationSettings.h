#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

#include <QString>

class Database;

// What an administrator sets for the whole station (issue 6): how soon an idle window locks, and
// the daily backup, the supervision telephone and e-mail (7.5.2), how long a password lasts. Kept in the database, so
// every window and the CLI see the same values.
struct StationSettingsValues
{
    int idleLockMinutes = 10; // 1-240
    bool dailyBackup = false;
    QString backupFolder; // required when dailyBackup is on
    int backupsKept = 14; // 1-365 newest files kept in the folder
    SupervisionContacts supervision; // 7.5.2, on every printed notice and visit sheet
    // How many days a password lasts before its owner must choose a new one at log-in (GB/T 22239
    // "定期更换"); 0, the default: passwords do not run out. At most PasswordPolicy::kMaxAgeDaysLimit.
    int passwordMaxAgeDays = 0;
};

namespace StationSettings {
Result<StationSettingsValues> load(Database& db);
// Checks the role and the values; writes them and one audit entry with before and after.
Status save(Database& db, const StationSettingsValues& values, const Actor& actor);
} // namespace StationSettings
