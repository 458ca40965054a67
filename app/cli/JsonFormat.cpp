#include "cli/JsonFormat.h"

#include "common/Clock.h"
#include "sync/SyncPayload.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonObject JsonFormat::client(const Client& c)
{
    QJsonObject o = SyncPayload::client(c); // the record as sync carries it, plus its case count
    o.insert(QStringLiteral("cases"), c.caseCount);
    return o;
}

QJsonObject JsonFormat::caseRecord(const CaseRecord& c, const Catalog* catalog)
{
    QJsonObject o { { QStringLiteral("number"), c.number },
        { QStringLiteral("id"), c.id },
        { QStringLiteral("client"),
            QJsonObject { { QStringLiteral("id"), c.clientId },
                { QStringLiteral("name"), c.clientName },
                { QStringLiteral("uscc"), c.clientUscc } } },
        { QStringLiteral("channel"), Channels::key(c.channel) },
        { QStringLiteral("item"), c.itemCode },
        { QStringLiteral("category"), c.categoryCode },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("status"), CaseStatuses::key(c.status) },
        { QStringLiteral("received_at"), Clock::toStorage(c.receivedAt) },
        { QStringLiteral("received_by"), c.receivedBy },
        { QStringLiteral("answer"), c.answer } };
    if (!c.visitorName.isEmpty() || !c.visitorPhone.isEmpty())
        o.insert(QStringLiteral("visitor"),
            QJsonObject { { QStringLiteral("name"), c.visitorName }, { QStringLiteral("phone"), c.visitorPhone } });
    if (catalog) {
        if (const CatalogItem* item = catalog->item(c.itemCode))
            o.insert(QStringLiteral("item_name"), item->nameZh);
    }
    if (!c.events.isEmpty()) {
        QJsonArray events;
        for (const CaseEvent& e : c.events)
            events.append(QJsonObject { { QStringLiteral("kind"), e.kind },
                { QStringLiteral("actor"), e.actor },
                { QStringLiteral("at"), Clock::toStorage(e.at) },
                { QStringLiteral("detail"), e.detail } });
        o.insert(QStringLiteral("events"), events);
    }
    return o;
}

QString JsonFormat::toText(const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}
