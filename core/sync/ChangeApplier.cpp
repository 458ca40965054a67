#include "sync/ChangeApplier.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/WorkCalendar.h"
#include "storage/CaseStore.h"
#include "storage/ClientStore.h"
#include "storage/ClockEventStore.h"
#include "storage/Database.h"
#include "storage/KnowledgeStore.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "storage/VisitStore.h"
#include "sync/RecordRules.h"
#include "sync/SyncPayload.h"
#include "workflow/CaseMerge.h"

#include <QJsonArray>

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

ChangeApplier::ChangeApplier(Database& db)
    : m_db(db)
{ }

Result<bool> ChangeApplier::apply(const QJsonObject& change)
{
    const QString entity = change.value(QStringLiteral("entity")).toString();
    const QJsonObject payload = change.value(QStringLiteral("payload")).toObject();
    if (entity == QLatin1String("client"))
        return applyClient(payload);
    if (entity == QLatin1String("case"))
        return applyCase(payload, change.value(QStringLiteral("rev")).toInteger(1));
    if (entity == QLatin1String("case_event"))
        return applyEvent(payload);
    if (entity == QLatin1String("visit"))
        return applyVisit(payload);
    if (entity == QLatin1String("clock_event"))
        return applyClockEvent(payload);
    if (entity == QLatin1String("kb_version"))
        return KnowledgeStore::take(m_db, SyncPayload::knowledgeEntryOf(payload));
    return Error::internal(QStringLiteral("unknown entity %1 pulled").arg(entity));
}

Result<ChangeApplier::Outcome> ChangeApplier::applyOrHold(const QJsonObject& change)
{
    const QString entity = change.value(QStringLiteral("entity")).toString();
    Status valid = RecordRules::check(entity, change.value(QStringLiteral("payload")).toObject());
    if (!valid && valid.error().code == ErrorCode::Storage)
        return valid.error();
    if (valid) {
        if (Status s = m_db.execScript(QStringLiteral("SAVEPOINT pulled_record;")); !s)
            return s.error();
        const qsizetype searchRows = m_db.searchRows().size();
        auto applied = apply(change);
        if (applied) {
            if (Status s = m_db.execScript(QStringLiteral("RELEASE pulled_record;")); !s)
                return s.error();
            if (Status s = supersedeHeld(entity, change.value(QStringLiteral("record_id")).toString()); !s)
                return s.error();
            return *applied ? Outcome::Added : Outcome::Unchanged;
        }
        // Undo what it half wrote; the caches may name rows that are gone now.
        if (Status s = m_db.execScript(QStringLiteral("ROLLBACK TO pulled_record; RELEASE pulled_record;")); !s)
            return s.error();
        m_db.searchRows().dropFrom(searchRows);
        m_clients.clear();
        m_stations.clear();
        if (applied.error().code == ErrorCode::Storage)
            return applied.error();
        valid = applied.error();
    }
    qCWarning(lcSync) << "held back a pulled" << entity << change.value(QStringLiteral("record_id")).toString() << ":"
                      << valid.error().message.english;
    if (Status s = QuarantineStore::hold(m_db, change, valid.error()); !s)
        return s.error();
    m_anyHeld = true;
    return Outcome::Held;
}

Status ChangeApplier::supersedeHeld(const QString& entity, const QString& recordId)
{
    if (!m_anyHeld) {
        auto held = QuarantineStore::heldCount(m_db);
        if (!held)
            return held.error();
        m_anyHeld = *held > 0;
    }
    return *m_anyHeld ? QuarantineStore::supersede(m_db, entity, recordId) : success();
}

Result<ChangeApplier::Outcome> ChangeApplier::repair(const QJsonObject& change)
{
    m_repairing = true;
    auto outcome = applyOrHold(change);
    m_repairing = false;
    return outcome;
}

Result<std::optional<ChangeApplier::KnownClient>> ChangeApplier::client(const QString& id)
{
    if (auto it = m_clients.constFind(id); it != m_clients.constEnd())
        return std::optional<KnownClient>(*it);
    auto row = Sql::one(m_db, QStringLiteral("SELECT seq, name, uscc FROM clients WHERE id = ?"), { id });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<KnownClient>();
    const KnownClient known { (**row).at(0).toLongLong(), (**row).at(1).toString(), (**row).at(2).toString() };
    m_clients.insert(id, known);
    return std::optional<KnownClient>(known);
}

Result<bool> ChangeApplier::applyClient(const QJsonObject& p)
{
    auto known = client(str(p, "id"));
    if (!known)
        return known.error();
    if (known->has_value())
        return false;
    Client c;
    c.id = str(p, "id");
    c.kind = ClientKinds::fromKey(str(p, "kind")).value_or(ClientKind::Enterprise);
    c.name = str(p, "name");
    c.uscc = str(p, "uscc");
    c.contactName = str(p, "contact");
    c.phone = str(p, "phone");
    c.address = str(p, "address");
    c.createdAt = Clock::fromStorage(str(p, "created_at"));
    if (!c.uscc.isEmpty()) {
        // The same enterprise archived here under another id: keep both, the code on the first.
        auto taken = Sql::one(m_db, QStringLiteral("SELECT 1 FROM clients WHERE uscc = ?"), { c.uscc });
        if (!taken)
            return taken.error();
        if (taken->has_value())
            c.uscc.clear();
    }
    auto inserted = ClientStore::insert(m_db, c);
    if (!inserted)
        return inserted.error();
    m_clients.insert(inserted->id, { inserted->seq, inserted->name, inserted->uscc });
    return true;
}

Result<bool> ChangeApplier::applyCase(const QJsonObject& p, qint64 rev)
{
    auto existing = CaseStore::stateOfId(m_db, str(p, "id"));
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if (rev <= (*existing)->rev && !m_repairing)
            return false;
        // A local change of the case still waiting to be sent is answered by the platform first,
        // and its answer brings the case up to date; it is not overwritten here.
        auto waiting = OutboxStore::hasPending(m_db, str(p, "id"));
        if (!waiting)
            return waiting.error();
        if (*waiting)
            return false;
        const auto status = CaseStatuses::fromKey(str(p, "status"));
        if (!status)
            return Error::internal(QStringLiteral("case %1 pulled with an unknown status").arg(str(p, "id")));
        if (m_repairing) {
            if (Status s = CaseStore::takePlatformState(m_db, (*existing)->seq, *status, str(p, "answer"), rev); !s)
                return s.error();
            return true;
        }
        if (Status s = CaseStore::setStatus(m_db, (*existing)->seq, *status, str(p, "answer"), rev); !s)
            return s.error();
        return true;
    }
    auto known = client(str(p, "client_id"));
    if (!known)
        return known.error();
    if (!known->has_value())
        return Error::badInput(QStringLiteral("client_id"),
            UiText::of(
                "Sync", QT_TRANSLATE_NOOP("Sync", "Its client is not at this station (held back, or never sent).")));
    const QString station = str(p, "station");
    auto stationSeq = m_stations.contains(station) ? Result<qint64>(m_stations.value(station))
                                                   : StationStore::ensureRemote(m_db, station);
    if (!stationSeq)
        return stationSeq.error();
    m_stations.insert(station, *stationSeq);
    CaseRecord c;
    c.id = str(p, "id");
    c.number = str(p, "number");
    c.clientSeq = (*known)->seq;
    c.clientId = str(p, "client_id");
    c.clientName = (*known)->name;
    c.clientUscc = (*known)->uscc;
    c.channel = Channels::fromKey(str(p, "channel")).value_or(Channel::Window);
    c.itemCode = str(p, "item");
    c.categoryCode = str(p, "category");
    c.summary = str(p, "summary");
    c.status = CaseStatuses::fromKey(str(p, "status")).value_or(CaseStatus::Registered);
    c.receivedAt = Clock::fromStorage(str(p, "received_at"));
    c.answer = str(p, "answer");
    c.visitorName = str(p, "visitor_name");
    c.visitorPhone = str(p, "visitor_phone");
    c.responseDays = p.value(QStringLiteral("response_days")).toInt();
    c.closeDays = p.value(QStringLiteral("close_days")).toInt();
    auto inserted = CaseStore::insert(m_db, c, *stationSeq, str(p, "received_by"));
    if (!inserted)
        return inserted.error();
    if (auto clock = ClockEventStore::refresh(m_db, inserted->seq, WorkCalendar::standard()); !clock)
        return clock.error();
    if (rev > 1) // it moved on the platform before it came here
        if (Status s = CaseStore::setStatus(m_db, inserted->seq, c.status, {}, rev); !s)
            return s.error();
    return true;
}

Result<qint64> ChangeApplier::caseOf(const QJsonObject& p)
{
    auto caseSeq = CaseStore::seqOfId(m_db, str(p, "case_id"));
    if (!caseSeq)
        return caseSeq.error();
    if (!caseSeq->has_value())
        return Error::badInput(QStringLiteral("case_id"),
            UiText::of(
                "Sync", QT_TRANSLATE_NOOP("Sync", "Its case is not at this station (held back, or never sent).")));
    return **caseSeq;
}

Result<bool> ChangeApplier::applyClockEvent(const QJsonObject& p)
{
    auto known = ClockEventStore::has(m_db, str(p, "id"));
    if (!known)
        return known.error();
    if (*known)
        return false;
    auto caseSeq = caseOf(p);
    if (!caseSeq)
        return caseSeq.error();
    if (Status s = ClockEventStore::insert(m_db, SyncPayload::clockEventOf(p), *caseSeq); !s)
        return s.error();
    // The facts fold the same whatever order they arrive in: the due dates follow each one.
    if (auto clock = ClockEventStore::refresh(m_db, *caseSeq, WorkCalendar::standard()); !clock)
        return clock.error();
    return true;
}

Result<bool> ChangeApplier::applyEvent(const QJsonObject& p)
{
    if (CaseStore::hasEvent(m_db, str(p, "id")))
        return false;
    auto caseSeq = caseOf(p);
    if (!caseSeq)
        return caseSeq.error();
    auto e = CaseStore::appendEvent(m_db,
        *caseSeq,
        { str(p, "id"), str(p, "kind"), str(p, "actor"), Clock::fromStorage(str(p, "at")), str(p, "detail") });
    if (!e)
        return e.error();
    // What the event says happened to the case here too: the entry its answer came from is counted,
    // a merge points the duplicate to the case kept (issue 21).
    if (e->kind == QLatin1String("knowledge_used"))
        if (const auto use = KnowledgeUse::fromDetail(e->detail))
            if (Status s = KnowledgeStore::recordUse(m_db, *caseSeq, *use, e->at); !s)
                return s.error();
    if (e->kind == QLatin1String("merged_into") || e->kind == QLatin1String("merged_from"))
        if (Status s = CaseMerge::takeMerge(m_db, *caseSeq, e->kind, e->detail); !s)
            return s.error();
    return true;
}

Result<bool> ChangeApplier::applyVisit(const QJsonObject& p)
{
    auto existing = VisitStore::byId(m_db, str(p, "id"));
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return false;
    auto caseSeq = caseOf(p);
    if (!caseSeq)
        return caseSeq.error();
    Visit v;
    v.id = str(p, "id");
    v.number = str(p, "number");
    v.visitedAt = Clock::fromStorage(str(p, "visited_at"));
    v.place = str(p, "place");
    v.staff = str(p, "staff");
    v.clientPeople = str(p, "client_people");
    v.summary = str(p, "summary");
    v.answers = str(p, "answers");
    v.materials = str(p, "materials");
    for (const QJsonValue& f : p.value(QStringLiteral("follow_ups")).toArray())
        v.followUps << f.toString();
    v.signerName = str(p, "signer");
    v.signatureSha256 = str(p, "signature_sha256");
    v.signatureStrokes = str(p, "signature_strokes");
    v.signedAt = Clock::fromStorage(str(p, "signed_at"));
    v.supersedes = str(p, "supersedes");
    v.recordedBy = str(p, "recorded_by");
    for (const QJsonValue& ph : p.value(QStringLiteral("photos")).toArray()) {
        const QJsonObject o = ph.toObject();
        v.photos << VisitPhoto { o.value(QStringLiteral("sha256")).toString(),
            o.value(QStringLiteral("file")).toString(),
            o.value(QStringLiteral("width")).toInt(),
            o.value(QStringLiteral("height")).toInt() };
    }
    auto stored = VisitStore::insert(m_db, v, *caseSeq);
    if (!stored)
        return stored.error();
    return true;
}
