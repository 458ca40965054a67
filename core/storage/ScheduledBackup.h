#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

class Database;

// The daily backup a station administrator turns on (issue 6): when the newest backup in the folder
// is a day old or there is none, write one named qsdesk-<station>-<yyyyMMdd-HHmmss>.db (owner-only,
// through the online backup API, so work goes on meanwhile), then keep only the newest `kept`.
namespace ScheduledBackup {
struct Outcome
{
    QString written; // empty if no backup was due
    QStringList removed; // older backups rotated out
};
Result<Outcome> runIfDue(
    Database& db, const QString& folder, int kept, const QString& stationTag, const QDateTime& now);
QString fileName(const QString& stationTag, const QDateTime& at);
} // namespace ScheduledBackup
