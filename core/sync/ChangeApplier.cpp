#include "sync/ChangeApplier.h"

#include "common/Clock.h"
#include "storage/CaseStore.h"
#include "storage/ClientStore.h"
#include "storage/StationStore.h"

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Result<bool> applyClient(Database& db, const QJsonObject& p)
{
    if (ClientStore::byId(db, str(p, "id")).ok())
        return false;
    Client c;
    c.id = str(p, "id");
    c.kind = str(p, "kind") == QLatin1String("person") ? ClientKind::Person : ClientKind::Enterprise;
    c.name = str(p, "name");
    c.uscc = str(p, "uscc");
    c.contactName = str(p, "contact");
    c.phone = str(p, "phone");
    c.address = str(p, "address");
    c.createdAt = Clock::fromStorage(str(p, "created_at"));
    if (auto existing = ClientStore::byUscc(db, c.uscc); !c.uscc.isEmpty() && existing.ok() && existing->has_value())
        c.uscc.clear(); // the same enterprise archived here under another id: keep both, the code once
    auto inserted = ClientStore::insert(db, c);
    if (!inserted)
        return inserted.error();
    return true;
}

Result<bool> applyCase(Database& db, const QJsonObject& p)
{
    auto existing = CaseStore::seqOfId(db, str(p, "id"));
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return false;
    auto client = ClientStore::byId(db, str(p, "client_id"));
    if (!client)
        return client.error();
    auto stationSeq = StationStore::ensureRemote(db, str(p, "station"));
    if (!stationSeq)
        return stationSeq.error();
    CaseRecord c;
    c.id = str(p, "id");
    c.number = str(p, "number");
    c.clientSeq = client->seq;
    c.clientId = client->id;
    c.clientName = client->name;
    c.clientUscc = client->uscc;
    c.channel = Channels::fromKey(str(p, "channel")).value_or(Channel::Window);
    c.itemCode = str(p, "item");
    c.categoryCode = str(p, "category");
    c.summary = str(p, "summary");
    c.status = CaseStatuses::fromKey(str(p, "status")).value_or(CaseStatus::Registered);
    c.receivedAt = Clock::fromStorage(str(p, "received_at"));
    c.answer = str(p, "answer");
    auto inserted = CaseStore::insert(db, c, *stationSeq, str(p, "received_by"));
    if (!inserted)
        return inserted.error();
    return true;
}

Result<bool> applyEvent(Database& db, const QJsonObject& p)
{
    if (CaseStore::hasEvent(db, str(p, "id")))
        return false;
    auto caseSeq = CaseStore::seqOfId(db, str(p, "case_id"));
    if (!caseSeq)
        return caseSeq.error();
    if (!caseSeq->has_value())
        return Error::internal(QStringLiteral("event %1 for an unknown case").arg(str(p, "id")));
    auto e = CaseStore::appendEvent(db,
        **caseSeq,
        { str(p, "id"), str(p, "kind"), str(p, "actor"), Clock::fromStorage(str(p, "at")), str(p, "detail") });
    if (!e)
        return e.error();
    return true;
}
} // namespace

Result<bool> ChangeApplier::apply(Database& db, const QJsonObject& change)
{
    const QString entity = change.value(QStringLiteral("entity")).toString();
    const QJsonObject payload = change.value(QStringLiteral("payload")).toObject();
    if (entity == QLatin1String("client"))
        return applyClient(db, payload);
    if (entity == QLatin1String("case"))
        return applyCase(db, payload);
    if (entity == QLatin1String("case_event"))
        return applyEvent(db, payload);
    return Error::internal(QStringLiteral("unknown entity %1 pulled").arg(entity));
}
