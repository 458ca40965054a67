#pragma once

#include "sync/OutboxState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One local change as sync carries it (DESIGN.md §6): written to the outbox in the change's own
// transaction, pushed in order, answered one by one by the server.
struct OutboxOp
{
    qint64 seq = 0;
    QString opId; // UUID, the idempotency key
    QString entity; // "client", "case", "case_event"
    QString recordId; // the record's UUID
    QString kind; // "create", …
    qint64 baseRev = 0;
    QJsonObject payload;
    QString actor;
    QDateTime deviceTime;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QJsonObject result; // the server's answer, once there is one

    QJsonObject toJson() const; // the wire form, without local bookkeeping
    // The same as compact JSON, with the payload spliced in as stored (already compact JSON), so a
    // push does not parse and re-encode every payload.
    QByteArray toWire(const QByteArray& payloadJson) const;
};
