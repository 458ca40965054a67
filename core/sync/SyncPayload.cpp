#include "sync/SyncPayload.h"

#include "common/Clock.h"

QJsonObject SyncPayload::client(const Client& c)
{
    return { { QStringLiteral("id"), c.id },
        { QStringLiteral("kind"),
            c.kind == ClientKind::Person ? QStringLiteral("person") : QStringLiteral("enterprise") },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("uscc"), c.uscc },
        { QStringLiteral("contact"), c.contactName },
        { QStringLiteral("phone"), c.phone },
        { QStringLiteral("address"), c.address },
        { QStringLiteral("created_at"), Clock::toStorage(c.createdAt) } };
}

QJsonObject SyncPayload::caseRecord(const CaseRecord& c, const Station& station)
{
    return { { QStringLiteral("id"), c.id },
        { QStringLiteral("number"), c.number },
        { QStringLiteral("station"), QStringLiteral("%1-%2").arg(station.cityCode, station.code) },
        { QStringLiteral("client_id"), c.clientId },
        { QStringLiteral("channel"), Channels::key(c.channel) },
        { QStringLiteral("item"), c.itemCode },
        { QStringLiteral("category"), c.categoryCode },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("status"), CaseStatuses::key(c.status) },
        { QStringLiteral("received_at"), Clock::toStorage(c.receivedAt) },
        { QStringLiteral("received_by"), c.receivedBy },
        { QStringLiteral("answer"), c.answer } };
}

QJsonObject SyncPayload::caseEvent(const QString& caseId, const CaseEvent& e)
{
    return { { QStringLiteral("id"), e.id },
        { QStringLiteral("case_id"), caseId },
        { QStringLiteral("kind"), e.kind },
        { QStringLiteral("actor"), e.actor },
        { QStringLiteral("at"), Clock::toStorage(e.at) },
        { QStringLiteral("detail"), e.detail } };
}
