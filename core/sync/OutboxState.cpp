#include "sync/OutboxState.h"

#include "domain/KeyedEnum.h"

#include <QCoreApplication>

namespace {
const KeyedEnumEntry<OutboxState> kEntries[] = {
    { OutboxState::Pending, "pending", QT_TRANSLATE_NOOP("OutboxState", "Waiting to be sent") },
    { OutboxState::Applied, "applied", QT_TRANSLATE_NOOP("OutboxState", "Taken by the platform") },
    { OutboxState::Duplicate, "duplicate", QT_TRANSLATE_NOOP("OutboxState", "Already on the platform") },
    { OutboxState::Conflict, "conflict", QT_TRANSLATE_NOOP("OutboxState", "In conflict with the platform") },
    { OutboxState::Rejected, "rejected", QT_TRANSLATE_NOOP("OutboxState", "Refused by the platform") },
};
const KeyedEnum kTable("OutboxState", kEntries);
} // namespace

QList<OutboxState> OutboxStates::all()
{
    return kTable.all();
}

QString OutboxStates::key(OutboxState s)
{
    return kTable.key(s);
}

std::optional<OutboxState> OutboxStates::fromKey(const QString& key)
{
    return kTable.fromKey(key);
}

UiText OutboxStates::label(OutboxState s)
{
    return kTable.label(s);
}
