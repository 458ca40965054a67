#pragma once

#include "common/UiText.h"
#include "domain/KeyedEnum.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QHash>

// How a notice or news of a handoff reached the client (7.2.3, 7.2.4): the stored key and what a
// clerk reads (issue 18: "paper", "phone" showed in the Chinese timeline).
enum class DeliveredBy
{
    Paper,
    Sms,
    Phone,
};
inline const KeyedEnumEntry<DeliveredBy> kDeliveryWayEntries[] = {
    { DeliveredBy::Paper, "paper", QT_TRANSLATE_NOOP("CaseEvents", "in writing") },
    { DeliveredBy::Sms, "sms", QT_TRANSLATE_NOOP("CaseEvents", "by SMS") },
    { DeliveredBy::Phone, "phone", QT_TRANSLATE_NOOP("CaseEvents", "by phone") },
};
inline const KeyedEnum kDeliveryWays("CaseEvents", kDeliveryWayEntries);

// A case's timeline as people read it, one rule for the window, the CLI and paper: each kind of
// event by its label, the raw values in its detail by theirs, and staff by name.
namespace CaseEvents {
UiText label(const QString& kind); // "registered" -> 已登记; an unknown kind as it is
QString detail(const CaseEvent& e); // "LZ-LN-GZ-2026-0001 paper" -> "LZ-LN-GZ-2026-0001 书面"
// The person behind a login (UserStore::names), or what was stored when it is no login known here
// (demo data and other stations' cases store names, or logins of their own).
QString staff(const QHash<QString, QString>& names, const QString& login);
} // namespace CaseEvents
