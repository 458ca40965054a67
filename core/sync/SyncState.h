#pragma once

#include "common/Result.h"

class Database;

// The station's sync bookkeeping (table sync_state): cursor, epoch, last sync, clock offset…
namespace SyncState {
// The stored value, or an empty string.
Result<QString> value(Database& db, const QString& key);
Status setValue(Database& db, const QString& key, const QString& value);
} // namespace SyncState
