#pragma once

#include "common/UiText.h"

#include <QList>
#include <QString>
#include <optional>

// Who a client is (7.2.1): an enterprise with its credit code, or a person.
enum class ClientKind
{
    Enterprise,
    Person,
};

namespace ClientKinds {
QList<ClientKind> all();
QString key(ClientKind k); // stored and synced: "enterprise", "person"
std::optional<ClientKind> fromKey(const QString& key);
UiText label(ClientKind k); // 企业 / Enterprise
} // namespace ClientKinds
