#include "cli/JsonFormat.h"

#include "common/Clock.h"
#include "domain/WorkCalendar.h"
#include "sync/SyncPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

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

namespace {
QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject JsonFormat::caseRecord(const CaseRecord& c, const Catalog* catalog, const CaseClock& clock)
{
    QJsonObject o = caseRecord(c, catalog);
    const QDate today = Clock::chinaToday();
    o.insert(QStringLiteral("response_days"), c.responseDays);
    o.insert(QStringLiteral("close_days"), c.closeDays);
    o.insert(QStringLiteral("due_response"), date(clock.dueResponse));
    o.insert(QStringLiteral("due_close"), date(clock.dueClose));
    // Of the pauses ended, and the working days the open one has stood so far.
    int paused = clock.pausedWorkingDays;
    if (clock.isPaused())
        paused += std::max(0, WorkCalendar::standard().workingDaysBetween(Clock::chinaDate(clock.pausedSince), today));
    o.insert(QStringLiteral("paused_days"), paused);
    o.insert(QStringLiteral("light"),
        ClockLights::key(clock.light(c.status != CaseStatus::Closed, today, WorkCalendar::standard())));
    if (clock.isPaused())
        o.insert(QStringLiteral("pause"),
            QJsonObject { { QStringLiteral("since"), Clock::toStorage(clock.pausedSince) },
                { QStringLiteral("reason"), clock.pauseReason } });
    QJsonArray pauses;
    for (const ClockEvent& e : clock.pauses)
        pauses.append(QJsonObject { { QStringLiteral("at"), Clock::toStorage(e.at) },
            { QStringLiteral("by"), e.actor },
            { QStringLiteral("reason"), e.reason },
            { QStringLiteral("note"), e.note } });
    o.insert(QStringLiteral("pauses"), pauses);
    QJsonArray extensions;
    for (const ClockEvent& e : clock.extensions) {
        QJsonObject x { { QStringLiteral("days"), e.days },
            { QStringLiteral("reason"), e.reason },
            { QStringLiteral("asked_by"), e.actor },
            { QStringLiteral("asked_at"), Clock::toStorage(e.at) },
            { QStringLiteral("decision"), QStringLiteral("pending") } };
        for (const ClockEvent& d : clock.decisions)
            if (d.ref == e.id) {
                x.insert(QStringLiteral("decision"),
                    d.kind == QLatin1String("extension_approved") ? QStringLiteral("approved")
                                                                  : QStringLiteral("refused"));
                x.insert(QStringLiteral("decided_by"), d.actor);
                x.insert(QStringLiteral("decided_at"), Clock::toStorage(d.at));
                x.insert(QStringLiteral("note"), d.note);
            }
        extensions.append(x);
    }
    o.insert(QStringLiteral("extensions"), extensions);
    QJsonArray urgings;
    for (const ClockEvent& e : clock.urgings)
        urgings.append(QJsonObject { { QStringLiteral("at"), Clock::toStorage(e.at) },
            { QStringLiteral("by"), e.actor },
            { QStringLiteral("note"), e.note } });
    o.insert(QStringLiteral("urgings"), urgings);
    return o;
}

QString JsonFormat::toText(const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}
