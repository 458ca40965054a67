#include "sync/OutboxOp.h"

#include "common/Clock.h"

QJsonObject OutboxOp::toJson() const
{
    return { { QStringLiteral("op_id"), opId },
        { QStringLiteral("entity"), entity },
        { QStringLiteral("record_id"), recordId },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("base_rev"), baseRev },
        { QStringLiteral("payload"), payload },
        { QStringLiteral("actor"), actor },
        { QStringLiteral("device_time"), Clock::toStorage(deviceTime) } };
}
