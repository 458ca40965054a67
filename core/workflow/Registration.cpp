#include "workflow/Registration.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/CaseNumber.h"
#include "domain/WorkCalendar.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ClientStore.h"
#include "storage/ClockEventStore.h"
#include "storage/Database.h"
#include "storage/KnowledgeStore.h"
#include "storage/OutboxStore.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "sync/SyncPayload.h"
#include "validation/Phone.h"
#include "validation/TextRules.h"
#include "workflow/ClientArchive.h"
#include "workflow/KnowledgeBase.h"
#include "workflow/TimeLimits.h"
#include "workflow/Timeline.h"

Registration::Registration(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

namespace {
// Every problem of the input, in the order of the form (client, channel, item, request, answer):
// the desk shows them all at once, each by its field; the CLI names the first.
QList<Error> validate(const Catalog& catalog,
    const NewCase& input,
    const std::optional<NewClient>& newClient,
    CaseRecord& c,
    std::optional<Client>& clientToAdd)
{
    QList<Error> problems;
    if (newClient) {
        const QList<Error> clientProblems = ClientArchive::problems(*newClient);
        if (clientProblems.isEmpty()) {
            if (auto prepared = ClientArchive::prepare(*newClient))
                clientToAdd = prepared->client;
            else
                problems << prepared.error();
        }
        problems << clientProblems;
    } else if (input.clientId.trimmed().isEmpty()) {
        problems << Error::badInput(QStringLiteral("client"),
            UiText::of("Validation",
                QT_TRANSLATE_NOOP("Validation",
                    "%1 is required: pick one from the archive or add a new "
                    "one."))
                .arg(Fields::label(QStringLiteral("client"))));
    }
    const auto channel = Channels::fromKey(input.channel.trimmed());
    if (!channel) {
        QStringList keys;
        for (Channel ch : Channels::all())
            keys << Channels::key(ch);
        problems << Error::badInput(QStringLiteral("channel"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 \"%2\" is unknown; use one of: %3."))
                .arg(Fields::label(QStringLiteral("channel")), input.channel, keys.join(QStringLiteral(", "))));
    } else {
        c.channel = *channel;
    }
    const CatalogItem* item = input.itemCode.trimmed().isEmpty() ? nullptr : catalog.item(input.itemCode.trimmed());
    if (input.itemCode.trimmed().isEmpty())
        problems << Error::badInput(QStringLiteral("item"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required."))
                .arg(Fields::label(QStringLiteral("item"))));
    else if (!item)
        problems << Error::badInput(QStringLiteral("item"),
            UiText::of("Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "%1 \"%2\" is not in the service catalog; use a clause number such as 5.2.2."))
                .arg(Fields::label(QStringLiteral("item")), input.itemCode));
    if (item) {
        c.itemCode = item->code;
        c.categoryCode = item->categoryCode;
        c.responseDays = item->responseDays; // the limits it is registered under stay with it
        c.closeDays = item->closeDays;
    }
    if (auto summary = TextRules::check(QStringLiteral("summary"), input.summary, true, 2000))
        c.summary = summary.value();
    else
        problems << summary.error();
    if (auto visitor = TextRules::check(QStringLiteral("visitor_name"), input.visitorName, false, 50))
        c.visitorName = visitor.value();
    else
        problems << visitor.error();
    if (!input.visitorPhone.trimmed().isEmpty()) {
        if (auto phone = Phone::validate(input.visitorPhone, QStringLiteral("visitor_phone")))
            c.visitorPhone = phone.value();
        else
            problems << phone.error();
    }
    auto answer = TextRules::check(QStringLiteral("answer"), input.answer, false, 4000);
    if (answer)
        c.answer = answer.value();
    else
        problems << answer.error();
    const QDateTime now = Clock::nowUtc();
    c.receivedAt = input.receivedAt.isValid() ? input.receivedAt.toUTC() : now;
    if (c.receivedAt > now.addSecs(300))
        problems << Error::badInput(QStringLiteral("received_at"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 cannot be in the future."))
                .arg(Fields::label(QStringLiteral("received_at"))));
    if (answer && input.outcome == Outcome::AnswerAndClose && c.answer.isEmpty())
        problems << Error::badInput(QStringLiteral("answer"),
            UiText::of(
                "Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required to close the request on the spot."))
                .arg(Fields::label(QStringLiteral("answer"))));
    return problems;
}
} // namespace

QList<Error> Registration::problems(
    const Catalog& catalog, const NewCase& input, const std::optional<NewClient>& newClient)
{
    CaseRecord c;
    std::optional<Client> clientToAdd;
    return validate(catalog, input, newClient, c, clientToAdd);
}

Result<CaseRecord> Registration::registerCase(const NewCase& input,
    const Actor& actor,
    const std::optional<NewClient>& newClient,
    const std::function<Status(const CaseRecord&)>& alongside)
{
    if (Status s = Permissions::require(actor, Permission::RegisterCase); !s)
        return s.error();
    CaseRecord c;
    std::optional<Client> clientToAdd;
    // An answer taken from the knowledge base (issue 21): the entry must be current; an empty answer
    // is the entry's.
    std::optional<KnowledgeEntry> knowledge;
    NewCase checked = input;
    if (!input.kbEntry.trimmed().isEmpty()) {
        auto entry = KnowledgeBase::usable(m_db, input.kbEntry, Clock::chinaToday());
        if (!entry)
            return entry.error();
        knowledge = *entry;
        if (checked.answer.trimmed().isEmpty())
            checked.answer = entry->answer;
    }
    if (const QList<Error> problems = validate(m_catalog, checked, newClient, c, clientToAdd); !problems.isEmpty())
        return problems.first();
    const QDateTime now = Clock::nowUtc();
    const bool close
        = checked.outcome == Outcome::AnswerAndClose || (checked.outcome == Outcome::ByAnswer && !c.answer.isEmpty());
    c.status = close ? CaseStatus::Closed : CaseStatus::Registered; // 7.2.2 / 7.2.3

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto station = StationStore::local(m_db);
    if (!station)
        return station.error();
    const qint64 stationSeq = station->seq;
    auto client = clientToAdd ? ClientArchive(m_db).insertPrepared(*clientToAdd, actor)
                              : ClientStore::byId(m_db, input.clientId);
    if (!client)
        return client.error();
    c.clientSeq = client->seq;
    c.clientId = client->id;
    c.clientName = client->name;
    c.clientUscc = client->uscc;
    const QDate day = Clock::chinaDate(now); // numbered by the day it is registered
    auto sequence = CaseStore::takeSequence(m_db, stationSeq, day);
    if (!sequence)
        return sequence.error();
    c.number = CaseNumber::format(station->cityCode, station->code, day, *sequence);
    c.stationCode = station->code;

    // The station's own limits for the item where an administrator set them (migration 24).
    auto limits = TimeLimits(m_db, m_catalog).of(c.itemCode);
    if (!limits)
        return limits.error();
    c.responseDays = limits->responseDays;
    c.closeDays = limits->closeDays;
    auto inserted = CaseStore::insert(m_db, c, stationSeq, actor.login);
    if (!inserted)
        return inserted.error();
    c = inserted.value();
    auto clock = ClockEventStore::refresh(m_db, c.seq, WorkCalendar::standard());
    if (!clock)
        return clock.error();
    c.dueResponse = clock->dueResponse;
    c.dueClose = clock->dueClose;
    OutboxOp caseOp;
    caseOp.entity = QStringLiteral("case");
    caseOp.recordId = c.id;
    caseOp.kind = QStringLiteral("create");
    caseOp.payload = SyncPayload::caseRecord(c, *station);
    caseOp.actor = actor.login;
    if (Status s = OutboxStore::append(m_db, caseOp); !s)
        return s.error();
    // The registration itself is the case row; an answer on the spot is the event that closes it,
    // an answer given to a request that stays open is an interim reply.
    if (!c.answer.isEmpty()) {
        const QString kind = close ? QStringLiteral("answered") : QStringLiteral("interim_answer");
        if (auto event = Timeline::record(m_db, c.seq, c.id, { {}, kind, actor.login, now, c.answer }); !event)
            return event.error();
    }
    if (knowledge) {
        const KnowledgeUse use { knowledge->number, knowledge->version, c.answer != knowledge->answer.trimmed() };
        if (Status s = KnowledgeStore::recordUse(m_db, c.seq, use, now); !s)
            return s.error();
        // On the timeline too, so the platform and the city count the entry's uses.
        if (auto event = Timeline::record(
                m_db, c.seq, c.id, { {}, QStringLiteral("knowledge_used"), actor.login, now, use.toDetail() });
            !event)
            return event.error();
    }
    if (alongside)
        if (Status s = alongside(c); !s)
            return s.error();
    if (Status a = AuditLog::record(m_db,
            actor,
            QStringLiteral("case.register"),
            QStringLiteral("case"),
            c.id,
            { { QStringLiteral("number"), c.number }, { QStringLiteral("status"), CaseStatuses::key(c.status) } });
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcWorkflow) << "case registered" << c.number;
    return CaseStore::byNumber(m_db, c.number, true);
}
