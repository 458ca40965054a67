#include "sync/SyncPayload.h"

#include "common/Clock.h"

#include <QJsonArray>

QJsonObject SyncPayload::client(const Client& c)
{
    return { { QStringLiteral("id"), c.id },
        { QStringLiteral("kind"), ClientKinds::key(c.kind) },
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
        { QStringLiteral("visitor_name"), c.visitorName },
        { QStringLiteral("visitor_phone"), c.visitorPhone },
        { QStringLiteral("response_days"), c.responseDays },
        { QStringLiteral("close_days"), c.closeDays },
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

QJsonObject SyncPayload::clockEvent(const QString& caseId, const ClockEvent& e)
{
    return { { QStringLiteral("id"), e.id },
        { QStringLiteral("case_id"), caseId },
        { QStringLiteral("kind"), e.kind },
        { QStringLiteral("at"), Clock::toStorage(e.at) },
        { QStringLiteral("actor"), e.actor },
        { QStringLiteral("reason"), e.reason },
        { QStringLiteral("days"), e.days },
        { QStringLiteral("note"), e.note },
        { QStringLiteral("ref"), e.ref } };
}

ClockEvent SyncPayload::clockEventOf(const QJsonObject& p)
{
    auto s = [&](const char* key) { return p.value(QLatin1String(key)).toString(); };
    return { s("id"),
        s("kind"),
        Clock::fromStorage(s("at")),
        s("actor"),
        s("reason"),
        p.value(QStringLiteral("days")).toInt(),
        s("note"),
        s("ref") };
}

QJsonObject SyncPayload::visit(const QString& caseId, const Visit& v)
{
    QJsonArray photos;
    for (const VisitPhoto& p : v.photos)
        photos.append(QJsonObject { { QStringLiteral("sha256"), p.sha256 },
            { QStringLiteral("file"), p.fileName },
            { QStringLiteral("width"), p.width },
            { QStringLiteral("height"), p.height } });
    return { { QStringLiteral("id"), v.id },
        { QStringLiteral("number"), v.number },
        { QStringLiteral("case_id"), caseId },
        { QStringLiteral("visited_at"), Clock::toStorage(v.visitedAt) },
        { QStringLiteral("place"), v.place },
        { QStringLiteral("staff"), v.staff },
        { QStringLiteral("client_people"), v.clientPeople },
        { QStringLiteral("summary"), v.summary },
        { QStringLiteral("answers"), v.answers },
        { QStringLiteral("materials"), v.materials },
        { QStringLiteral("follow_ups"), QJsonArray::fromStringList(v.followUps) },
        { QStringLiteral("signer"), v.signerName },
        { QStringLiteral("signature_sha256"), v.signatureSha256 },
        { QStringLiteral("signature_strokes"), v.signatureStrokes },
        { QStringLiteral("signed_at"), Clock::toStorage(v.signedAt) },
        { QStringLiteral("supersedes"), v.supersedes },
        { QStringLiteral("recorded_by"), v.recordedBy },
        { QStringLiteral("photos"), photos } };
}

QStringList SyncPayload::blobsOf(const QJsonObject& p)
{
    QStringList shas { p.value(QStringLiteral("signature_sha256")).toString() };
    for (const QJsonValue& photo : p.value(QStringLiteral("photos")).toArray())
        shas << photo.toObject().value(QStringLiteral("sha256")).toString();
    shas.removeAll(QString());
    return shas;
}

QString SyncPayload::knowledgeRecordId(const QString& entryId, int version)
{
    return QStringLiteral("%1-v%2").arg(entryId).arg(version);
}

QJsonObject SyncPayload::knowledgeVersion(const KnowledgeEntry& e, const QString& authorName)
{
    QJsonArray items;
    for (const QString& code : e.items)
        items << code;
    const auto day = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return { { QStringLiteral("id"), knowledgeRecordId(e.id, e.version) },
        { QStringLiteral("entry_id"), e.id },
        { QStringLiteral("number"), e.number },
        { QStringLiteral("version"), e.version },
        { QStringLiteral("question"), e.question },
        { QStringLiteral("answer"), e.answer },
        { QStringLiteral("basis"), e.basis },
        { QStringLiteral("items"), items },
        { QStringLiteral("valid_from"), day(e.validFrom) },
        { QStringLiteral("valid_to"), day(e.validTo) },
        { QStringLiteral("basis_withdrawn"), e.basisWithdrawn },
        { QStringLiteral("retired_at"), e.retiredAt.isValid() ? Clock::toStorage(e.retiredAt) : QString() },
        { QStringLiteral("retire_reason"), e.retireReason },
        { QStringLiteral("author"), authorName },
        { QStringLiteral("created_at"), Clock::toStorage(e.createdAt) },
        { QStringLiteral("written_at"), Clock::toStorage(e.updatedAt) } };
}

KnowledgeEntry SyncPayload::knowledgeEntryOf(const QJsonObject& p)
{
    const auto str = [&p](const char* key) { return p.value(QLatin1String(key)).toString(); };
    KnowledgeEntry e;
    e.id = str("entry_id");
    e.number = str("number");
    e.cityWide = true;
    e.version = p.value(QStringLiteral("version")).toInt();
    e.question = str("question");
    e.answer = str("answer");
    e.basis = str("basis");
    for (const QJsonValue& v : p.value(QStringLiteral("items")).toArray())
        e.items << v.toString();
    e.validFrom = QDate::fromString(str("valid_from"), Qt::ISODate);
    e.validTo = QDate::fromString(str("valid_to"), Qt::ISODate);
    e.basisWithdrawn = p.value(QStringLiteral("basis_withdrawn")).toBool();
    if (!str("retired_at").isEmpty())
        e.retiredAt = Clock::fromStorage(str("retired_at"));
    e.retireReason = str("retire_reason");
    e.author = str("author");
    e.createdAt = Clock::fromStorage(str("created_at"));
    e.updatedAt = Clock::fromStorage(str("written_at"));
    return e;
}

int SyncPayload::applyOrder(const QString& entity)
{
    return entity == QLatin1String("client") ? 0 : entity == QLatin1String("case") ? 1 : 2;
}
