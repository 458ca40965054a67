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
} // namespace OutboxStore
