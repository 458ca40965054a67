#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "sync/OutboxOp.h"

#include <QList>

class Database;

// The outbox table. append() runs inside the caller's transaction (the change's own).
namespace OutboxStore {
Status append(Database& db, OutboxOp op); // fills in op_id and device time when empty
Result<QList<OutboxOp>> pending(Database& db, int limit);
// The next ops to send, in order, with the push body {"ops": [...]} built from the stored JSON
// without parsing it (the ops' payloads are left empty).
struct PushBatch
{
    QList<OutboxOp> ops;
    QByteArray body;
};
Result<PushBatch> nextPush(Database& db, int limit, qint64 afterSeq = 0);
Result<qint64> count(Database& db, OutboxState state);
// Ops the server refused or found in conflict that no one has dealt with yet, oldest first, with
// the server's answers ("needs attention").
Result<QList<OutboxOp>> needingAttention(Database& db);
Result<qint64> attentionCount(Database& db);
// A person dealt with it: it leaves the list, and stays in the outbox with who and when. Runs in its
// own transaction with the audit entry.
Status resolve(Database& db, qint64 seq, const Actor& actor);
// The same inside the caller's transaction, the caller having checked who may.
Status markResolved(Database& db, qint64 seq, const Actor& actor);
// Whether an op on this record is still to be sent.
Result<bool> hasPending(Database& db, const QString& recordId);
} // namespace OutboxStore
