#pragma once

#include "common/Result.h"

class Database;

// The station's settings table (migration 11): text values by key. Callers check the role and write
// the audit entry (workflow/StationSettings).
namespace SettingsStore {
Result<QString> value(Database& db, const QString& key, const QString& fallback = {});
Status set(Database& db, const QString& key, const QString& value, const QString& by);
} // namespace SettingsStore
