#pragma once

#include "common/Result.h"

class Database;

// Backup and restore of a station's database (7.6: case files are never lost), with SQLite's online
// backup API: a consistent copy while the program is in use, and a restore that checks the file
// first (integrity, schema version) and keeps what it replaces.
namespace Backup {
// Copies the open database to `path`, written whole or not at all. Returns the bytes written.
Result<qint64> write(Database& db, const QString& path);
// Replaces the database at `dbPath` with the backup at `backupPath`; the replaced contents are kept
// as `<dbPath>.replaced-<time>`, whose path is returned. Refused, changing nothing, for a file that
// fails PRAGMA integrity_check or was written by a newer QSDesk. No case number is given twice after
// it: the day counters continue from the replaced database's where those are higher, or, with no
// database to replace (a new computer), from 5001 for the days since the backup.
Result<QString> restore(const QString& backupPath, const QString& dbPath);
} // namespace Backup
