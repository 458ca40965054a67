#pragma once

#include "common/Result.h"
#include "common/UiText.h"

// How something reached the client (a notice, 7.2.3; news of a handoff, 7.2.4; an extension, issue
// 20): handed over on paper, by SMS or by phone.
namespace DeliveryWay {
// "paper", "sms" or "phone" (any case, trimmed), or an error naming `field`.
Result<QString> check(const QString& how, const QString& field = QStringLiteral("delivered_how"));
// 书面 / 短信 / 电话 for a key, as a case's record keeps it; the key itself for anything else.
QString chinese(const QString& key);
} // namespace DeliveryWay
