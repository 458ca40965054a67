#pragma once

#include "common/Result.h"

#include <QString>

// Mainland China phone numbers: mobiles (1[3-9]xxxxxxxxx), landlines with their area code
// (0772-2881234, (0772)2881234, +86 772 2881234) and 400/800 service numbers. Extensions after
// "-", "转" or "ext" are kept. Stored normalised: 13812345678, 0772-2881234, 0772-2881234-806,
// 400-123-4567.
namespace Phone {
Result<QString> validate(const QString& input, const QString& field = QStringLiteral("phone"));
}
