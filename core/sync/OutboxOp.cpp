#include "sync/OutboxOp.h"

#include "common/Clock.h"

#include <QJsonDocument>

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

QByteArray OutboxOp::toWire(const QByteArray& payloadJson) const
{
    // The few fields around the payload go through QJsonDocument, which escapes the actor's name.
    const QJsonObject head { { QStringLiteral("op_id"), opId },
        { QStringLiteral("entity"), entity },
        { QStringLiteral("record_id"), recordId },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("base_rev"), baseRev },
        { QStringLiteral("actor"), actor },
        { QStringLiteral("device_time"), Clock::toStorage(deviceTime) } };
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Compact);
    out.chop(1);
    return out + ",\"payload\":" + payloadJson + '}';
}
