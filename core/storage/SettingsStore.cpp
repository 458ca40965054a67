#include "storage/SettingsStore.h"

#include "common/Clock.h"
#include "storage/Sql.h"

Result<QString> SettingsStore::value(Database& db, const QString& key, const QString& fallback)
{
    auto row = Sql::one(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (!row)
        return row.error();
    return *row ? (**row).at(0).toString() : fallback;
}

Status SettingsStore::set(Database& db, const QString& key, const QString& value, const QString& by)
{
    return Sql::write(db,
        QStringLiteral("INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by"),
        // An empty setting is '' (a null QString would bind as NULL).
        { key, value.isNull() ? QStringLiteral("") : value, Clock::toStorage(Clock::nowUtc()), by });
}
