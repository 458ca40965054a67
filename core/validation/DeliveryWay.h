#pragma once

#include "common/Result.h"

// How something reached the client (a notice, 7.2.3; news of a handoff, 7.2.4): handed over on
// paper, by SMS or by phone.
namespace DeliveryWay {
// "paper", "sms" or "phone" (any case, trimmed), or an error naming the field.
Result<QString> check(const QString& how);
} // namespace DeliveryWay
