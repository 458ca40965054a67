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

// Case numbers are never given twice (issue 17; DESIGN.md §6): the days' counters of the backup
// would hand out again the numbers issued after it was taken, which the platform already holds.
// With the replaced database at hand (a restore on the same computer) its counters are taken
// where they are higher: numbering goes on exactly where it stood. Without it (the computer was
// lost), every day from the backup's last one to today continues after kRestoreJump, far above
// what a station registers in a day.
constexpr int kRestoreJump = 5000;

int keepNumbersUnused(sqlite3* restored, const QString& replaced)
{
    auto run = [restored](const QString& sql, const QList<QString>& binds) {
        sqlite3_stmt* st = nullptr;
        int rc = sqlite3_prepare_v2(restored, sql.toUtf8().constData(), -1, &st, nullptr);
        for (int i = 0; rc == SQLITE_OK && i < binds.size(); ++i) {
            const QByteArray b = binds.at(i).toUtf8();
            rc = sqlite3_bind_text(st, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st);
        sqlite3_finalize(st);
        return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
    };
    if (!replaced.isEmpty()) {
        int rc = run(QStringLiteral("ATTACH DATABASE ? AS replaced"), { replaced });
        if (rc == SQLITE_OK)
            rc = run(QStringLiteral(
                         "INSERT INTO main.case_counters(station_seq, day, last) "
                         "SELECT ms.seq, rc.day, rc.last FROM replaced.case_counters rc "
                         "JOIN replaced.stations rs ON rs.seq = rc.station_seq "
                         "JOIN main.stations ms ON ms.city_code = rs.city_code AND ms.code = rs.code "
                         "WHERE true ON CONFLICT(station_seq, day) DO UPDATE SET last = max(last, excluded.last)"),
                {});
        run(QStringLiteral("DETACH DATABASE replaced"), {});
        return rc;
    }
    const QString today = Clock::chinaDate(Clock::nowUtc()).toString(Qt::ISODate);
    return run(QStringLiteral("WITH RECURSIVE d(day) AS ("
                              "  SELECT min(coalesce((SELECT max(day) FROM case_counters), ?1), ?1) "
                              "  UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < ?1) "
                              "INSERT INTO case_counters(station_seq, day, last) "
                              "SELECT (SELECT seq FROM stations WHERE is_local = 1), day, %1 FROM d "
                              "WHERE (SELECT seq FROM stations WHERE is_local = 1) IS NOT NULL "
                              "ON CONFLICT(station_seq, day) DO UPDATE SET last = max(last, %1)")
                   .arg(kRestoreJump),
        { today });
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
    int rc = copyAll(in, target);
    sqlite3_close(in);
    if (rc == SQLITE_OK)
        rc = keepNumbersUnused(target, QFileInfo::exists(kept) ? kept : QString());
    sqlite3_close(target);
    if (rc != SQLITE_OK)
        return backupFailed(backupPath, QString::fromUtf8(sqlite3_errstr(rc)));
    qCInfo(lcStorage) << "restored" << dbPath << "from" << backupPath << "; replaced contents kept in" << kept;
    return kept;
}
