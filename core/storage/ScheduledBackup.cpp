#include "storage/ScheduledBackup.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace {
QString prefix(const QString& stationTag)
{
    return QStringLiteral("qsdesk-%1-").arg(stationTag);
}

// The backups this schedule wrote, oldest first (the time in the name sorts as text).
QStringList ours(const QDir& dir, const QString& stationTag)
{
    QStringList names = dir.entryList({ prefix(stationTag) + QStringLiteral("*.db") }, QDir::Files, QDir::Name);
    static const QRegularExpression stamp(QStringLiteral("-\\d{8}-\\d{6}\\.db$"));
    names.erase(std::remove_if(names.begin(), names.end(), [](const QString& n) { return !stamp.match(n).hasMatch(); }),
        names.end());
    return names;
}

QDateTime takenAt(const QString& name)
{
    const QString stamp = name.right(18).left(15); // yyyyMMdd-HHmmss
    QDateTime t = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
    t.setTimeZone(Clock::chinaZone());
    return t;
}
} // namespace

QString ScheduledBackup::fileName(const QString& stationTag, const QDateTime& at)
{
    return prefix(stationTag) + at.toTimeZone(Clock::chinaZone()).toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".db");
}

Result<ScheduledBackup::Outcome> ScheduledBackup::runIfDue(
    Database& db, const QString& folder, int kept, const QString& stationTag, const QDateTime& now)
{
    QDir dir(folder);
    if (folder.trimmed().isEmpty() || (!dir.exists() && !QDir().mkpath(folder)))
        return Error::badInput(QStringLiteral("backup_folder"),
            UiText::of("Backup", QT_TRANSLATE_NOOP("Backup", "Backup folder %1 cannot be created.")).arg(folder));
    Outcome outcome;
    const QStringList existing = ours(dir, stationTag);
    const bool due = existing.isEmpty() || takenAt(existing.last()).secsTo(now) >= 24 * 3600 - 600;
    if (due) {
        const QString path = dir.filePath(fileName(stationTag, now));
        auto written = Backup::write(db, path);
        if (!written)
            return written.error();
        outcome.written = path;
        qCInfo(lcStorage) << "daily backup written:" << path << *written << "bytes";
    }
    QStringList all = ours(dir, stationTag);
    while (all.size() > std::max(1, kept)) {
        const QString old = all.takeFirst();
        if (QFile::remove(dir.filePath(old)))
            outcome.removed << dir.filePath(old);
    }
    return outcome;
}
