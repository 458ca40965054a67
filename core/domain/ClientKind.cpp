#include "domain/ClientKind.h"

#include "domain/KeyedEnum.h"

#include <QCoreApplication>

namespace {
const KeyedEnumEntry<ClientKind> kEntries[] = {
    { ClientKind::Enterprise, "enterprise", QT_TRANSLATE_NOOP("ClientKind", "Enterprise") },
    { ClientKind::Person, "person", QT_TRANSLATE_NOOP("ClientKind", "Person") },
};
const KeyedEnum kTable("ClientKind", kEntries);
} // namespace

QList<ClientKind> ClientKinds::all()
{
    return kTable.all();
}

QString ClientKinds::key(ClientKind k)
{
    return kTable.key(k);
}

std::optional<ClientKind> ClientKinds::fromKey(const QString& key)
{
    return kTable.fromKey(key);
}

UiText ClientKinds::label(ClientKind k)
{
    return kTable.label(k);
}
