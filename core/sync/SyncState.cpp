#include "sync/SyncState.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace SyncState {
Result<QString> value(Database& db, const QString& key)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), { key });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toString() : QString();
}

Status setValue(Database& db, const QString& key, const QString& value)
{
    Status q = Sql::write(db,
        QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { key, value });
    if (!q)
        return q.error();
    return success();
}
} // namespace SyncState
