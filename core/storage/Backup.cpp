#include "storage/Backup.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OwnerOnlyFile.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace {
Error backupFailed(const QString& path, const QString& why)
{
    return Error::badInput(QStringLiteral("file"),
        UiText::of("Backup", QT_TRANSLATE_NOOP("Backup", "The backup %1 cannot be used: %2")).arg(path, why));
}

// The whole of `from` into `to` in one step, that is, in one read transaction: in WAL mode a reader
// holds up no writer, and copying in slices would restart from the first page after every write
// made meanwhile by another connection, so a busy station might never finish its backup.
int copyAll(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return sqlite3_errcode(to);
    int rc;
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString check(sqlite3* h, int* schemaVersion)
{
    sqlite3_stmt* st = nullptr;
    QString result;
    if (sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            result += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) + QLatin1Char(' ');
    } else {
        result = QString::fromUtf8(sqlite3_errmsg(h));
    }
    sqlite3_finalize(st);
    *schemaVersion = -1;
    if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        *schemaVersion = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return result.trimmed();
}
} // namespace

Result<qint64> Backup::write(Database& db, const QString& path)
{
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    OwnerOnlyFile::prepare(temporary);
    sqlite3* out = nullptr;
    if (sqlite3_open_v2(temporary.toUtf8().constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(out));
        sqlite3_close(out);
        return Error::badInput(QStringLiteral("file"),
            UiText::of("Backup", QT_TRANSLATE_NOOP("Backup", "Cannot write the backup %1: %2")).arg(path, why));
    }
    const int rc = copyAll(db.handle(), out);
    sqlite3_close(out);
    if (rc != SQLITE_OK) {
        QFile::remove(temporary);
        return Error::badInput(QStringLiteral("file"),
            UiText::of("Backup", QT_TRANSLATE_NOOP("Backup", "Cannot write the backup %1: %2"))
                .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return Error::badInput(QStringLiteral("file"),
            UiText::of("Backup", QT_TRANSLATE_NOOP("Backup", "Cannot write the backup %1: %2"))
                .arg(path, QStringLiteral("rename failed")));
    qCInfo(lcStorage) << "backup written to" << path;
    return QFileInfo(path).size();
}

Result<QString> Backup::restore(const QString& backupPath, const QString& dbPath)
{
    if (!QFileInfo::exists(backupPath))
        return Error::notFound(UiText::of("Backup", QT_TRANSLATE_NOOP("Backup", "No backup file %1.")).arg(backupPath));
    sqlite3* in = nullptr;
    if (sqlite3_open_v2(backupPath.toUtf8().constData(), &in, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(in));
        sqlite3_close(in);
        return backupFailed(backupPath, why);
    }
    int version = -1;
    const QString integrity = check(in, &version);
    if (integrity != QLatin1String("ok")) {
        sqlite3_close(in);
        return backupFailed(backupPath, integrity.left(300));
    }
    const int latest = Migrations::latestVersion(Migrations::stationSchema());
    if (version < 1 || version > latest) {
        sqlite3_close(in);
        return backupFailed(backupPath,
            version < 1 ? QStringLiteral("it is not a QSDesk station database")
                        : QStringLiteral("it was written by a newer QSDesk (schema %1; this program knows %2)")
                              .arg(version)
                              .arg(latest));
    }
    // Keep what is replaced: a copy of the current database, taken the same consistent way.
    const QString kept
        = QStringLiteral("%1.replaced-%2")
              .arg(dbPath, Clock::nowUtc().toTimeZone(Clock::chinaZone()).toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(dbPath)) {
        auto current = Database::open(dbPath);
        if (!current) {
            sqlite3_close(in);
            return current.error();
        }
        auto copied = write(**current, kept);
        if (!copied) {
            sqlite3_close(in);
            return copied.error();
        }
    }
    OwnerOnlyFile::prepare(dbPath);
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        sqlite3_close(in);
        return backupFailed(dbPath, why);
    }
    sqlite3_busy_timeout(target, 10000);
    const int rc = copyAll(in, target);
    sqlite3_close(target);
    sqlite3_close(in);
    if (rc != SQLITE_OK)
        return backupFailed(backupPath, QString::fromUtf8(sqlite3_errstr(rc)));
    qCInfo(lcStorage) << "restored" << dbPath << "from" << backupPath << "; replaced contents kept in" << kept;
    return kept;
}
