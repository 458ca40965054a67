#pragma once

#include "common/UiText.h"

#include <QList>
#include <QString>
#include <optional>

// Where a local change stands with the platform (DESIGN.md §6): waiting, or as the platform answered it.
enum class OutboxState
{
    Pending, // still to be sent (or sent, and the answer not yet come back)
    Applied,
    Duplicate, // the platform had it already: a replay
    Conflict, // the record moved on there; a person chooses (needs attention)
    Rejected, // refused, with the reason (needs attention)
};

namespace OutboxStates {
QList<OutboxState> all();
QString key(OutboxState s); // stored in outbox.state: "pending", "applied", …
std::optional<OutboxState> fromKey(const QString& key);
UiText label(OutboxState s); // 待发送 / Waiting to be sent
} // namespace OutboxStates
