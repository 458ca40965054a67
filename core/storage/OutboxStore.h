#pragma once

#include "common/Result.h"
#include "sync/OutboxOp.h"

#include <QList>

class Database;

// The outbox table. append() runs inside the caller's transaction (the change's own).
namespace OutboxStore {
Status append(Database& db, OutboxOp op); // fills in op_id and device time when empty
Result<QList<OutboxOp>> pending(Database& db, int limit);
Result<qint64> count(Database& db, const QString& state);
// Ops the server refused or found in conflict, oldest first, with its answers ("needs attention").
Result<QList<OutboxOp>> needingAttention(Database& db);
} // namespace OutboxStore
