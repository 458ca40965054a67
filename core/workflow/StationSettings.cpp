#include "workflow/StationSettings.h"

#include "security/PasswordPolicy.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
const QString kIdle = QStringLiteral("idle_lock_minutes");
const QString kDaily = QStringLiteral("backup_daily");
const QString kFolder = QStringLiteral("backup_folder");
const QString kKept = QStringLiteral("backups_kept");
const QString kPhone = QStringLiteral("supervision_phone");
const QString kEmail = QStringLiteral("supervision_email");
const QString kPasswordDays = QString::fromLatin1(PasswordPolicy::kMaxAgeSetting);

QJsonObject toJson(const StationSettingsValues& v)
{
    return { { kIdle, v.idleLockMinutes },
        { kDaily, v.dailyBackup },
        { kFolder, v.backupFolder },
        { kKept, v.backupsKept },
        { kPhone, v.supervision.phone },
        { kEmail, v.supervision.email },
        { kPasswordDays, v.passwordMaxAgeDays } };
}
} // namespace

Result<StationSettingsValues> StationSettings::load(Database& db)
{
    StationSettingsValues v;
    auto idle = SettingsStore::value(db, kIdle, QString::number(v.idleLockMinutes));
    auto daily = SettingsStore::value(db, kDaily, QStringLiteral("0"));
    auto folder = SettingsStore::value(db, kFolder);
    auto kept = SettingsStore::value(db, kKept, QString::number(v.backupsKept));
    auto phone = SettingsStore::value(db, kPhone);
    auto email = SettingsStore::value(db, kEmail);
    auto passwordDays = SettingsStore::value(db, kPasswordDays, QStringLiteral("0"));
    for (const Result<QString>* r : { &idle, &daily, &folder, &kept, &phone, &email, &passwordDays })
        if (!*r)
            return r->error();
    v.idleLockMinutes = std::clamp(idle->toInt(), 1, 240);
    v.dailyBackup = *daily == QLatin1String("1");
    v.backupFolder = *folder;
    v.backupsKept = std::clamp(kept->toInt(), 1, 365);
    v.supervision = { *phone, *email };
    v.passwordMaxAgeDays = std::clamp(passwordDays->toInt(), 0, PasswordPolicy::kMaxAgeDaysLimit);
    return v;
}

Status StationSettings::save(Database& db, const StationSettingsValues& v, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageSettings); !s)
        return s;
    if (v.idleLockMinutes < 1 || v.idleLockMinutes > 240)
        return Error::badInput(
            kIdle, UiText::of("Settings", QT_TRANSLATE_NOOP("Settings", "Lock after idle: 1 to 240 minutes.")));
    if (v.backupsKept < 1 || v.backupsKept > 365)
        return Error::badInput(kKept, UiText::of("Settings", QT_TRANSLATE_NOOP("Settings", "Backups kept: 1 to 365.")));
    if (v.passwordMaxAgeDays < 0 || v.passwordMaxAgeDays > PasswordPolicy::kMaxAgeDaysLimit)
        return Error::badInput(kPasswordDays,
            UiText::of("Settings",
                QT_TRANSLATE_NOOP(
                    "Settings", "Password lasts: 1 to 365 days, or 0 so that passwords do not run out.")));
    if (v.dailyBackup && v.backupFolder.trimmed().isEmpty())
        return Error::badInput(kFolder,
            UiText::of("Settings", QT_TRANSLATE_NOOP("Settings", "Backup folder: required for the daily backup.")));
    auto phone = TextRules::check(QStringLiteral("supervision_phone"), v.supervision.phone, false, 30);
    if (!phone)
        return phone.error();
    auto email = TextRules::check(QStringLiteral("supervision_email"), v.supervision.email, false, 100);
    if (!email)
        return email.error();
    if (!email->isEmpty() && !email->contains(QLatin1Char('@')))
        return Error::badInput(
            QStringLiteral("supervision_email"), Fields::invalid(QStringLiteral("supervision_email"), *email));
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto before = load(db);
    if (!before)
        return before.error();
    const QList<QPair<QString, QString>> values = { { kIdle, QString::number(v.idleLockMinutes) },
        { kDaily, v.dailyBackup ? QStringLiteral("1") : QStringLiteral("0") },
        { kFolder, v.backupFolder.trimmed() },
        { kKept, QString::number(v.backupsKept) },
        { kPhone, *phone },
        { kEmail, *email },
        { kPasswordDays, QString::number(v.passwordMaxAgeDays) } };
    for (const auto& [key, value] : values)
        if (Status s = SettingsStore::set(db, key, value, actor.login); !s)
            return s;
    if (Status s = AuditLog::record(db,
            actor,
            QStringLiteral("settings.change"),
            QStringLiteral("settings"),
            QStringLiteral("station"),
            { { QStringLiteral("before"), toJson(*before) }, { QStringLiteral("after"), toJson(v) } });
        !s)
        return s;
    return tx.commit();
}
