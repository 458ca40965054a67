#include "sync/ChangeApplier.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/WorkCalendar.h"
#include "storage/CaseStore.h"
#include "storage/ClientStore.h"
#include "storage/ClockEventStore.h"
#include "storage/Database.h"
#include "storage/KnowledgeStore.h"
#include "storage/OnlineRequestStore.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "storage/VisitStore.h"
#include "sync/PulledRun.h"
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

ChangeApplier::~ChangeApplier() = default;

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
    if (entity == QLatin1String("online_request"))
        return OnlineRequestStore::take(m_db, payload);
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

Result<ChangeApplier::PageOutcome> ChangeApplier::applyPage(const QJsonArray& changes)
{
    PageOutcome outcome;
    if (!m_run)
        m_run = std::make_unique<PulledRun>(m_db);
    PulledRun& run = *m_run;
    run.clear();
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        auto joined = join(run, change);
        if (!joined && joined.error().code == ErrorCode::Storage)
            return joined.error();
        if (joined && *joined == Join::Joined)
            continue;
        if (joined && *joined == Join::Unchanged) {
            const QString entity = change.value(QStringLiteral("entity")).toString();
            if (Status s = supersedeHeld(entity, change.value(QStringLiteral("record_id")).toString()); !s)
                return s.error();
            continue;
        }
        // On its own (or a lookup failed: applying it alone says why, and holds it).
        if (Status s = writeRun(run, outcome); !s)
            return s.error();
        if (Status s = applyAlone(change, outcome); !s)
            return s.error();
    }
    if (Status s = writeRun(run, outcome); !s)
        return s.error();
    return outcome;
}

Result<ChangeApplier::Join> ChangeApplier::join(PulledRun& run, const QJsonObject& change)
{
    const QString entity = change.value(QStringLiteral("entity")).toString();
    const QJsonObject p = change.value(QStringLiteral("payload")).toObject();
    const bool isClient = entity == QLatin1String("client"), isCase = entity == QLatin1String("case"),
               isEvent = entity == QLatin1String("case_event");
    if (!isClient && !isCase && !isEvent)
        return Join::OnItsOwn;
    const QString id = str(p, "id");
    // A record twice in a run is taken the second time by itself, as it would be after a crash.
    if (run.hasRecord(id))
        return Join::OnItsOwn;
    // What is here already changes nothing (the station's own records, pulled back after its push),
    // whatever it says; what would be written is checked first: a record the rules refuse is applied
    // by itself, and so held with the reason.
    auto refused = [&entity, &p]() -> std::optional<Result<Join>> {
        Status valid = RecordRules::check(entity, p);
        if (valid)
            return std::nullopt;
        return valid.error().code == ErrorCode::Storage ? Result<Join>(valid.error()) : Result<Join>(Join::OnItsOwn);
    };

    if (isClient) {
        auto known = client(id);
        if (!known)
            return known.error();
        if (known->has_value())
            return Join::Unchanged;
        if (auto no = refused())
            return *no;
        Client c = clientFrom(p);
        if (!c.uscc.isEmpty()) { // as applyClient
            auto taken = run.usccTaken(c.uscc) ? Result<bool>(true) : usccTaken(c.uscc);
            if (!taken)
                return taken.error();
            if (*taken)
                c.uscc.clear();
        }
        run.addClient(change, c);
        return Join::Joined;
    }

    if (isCase) {
        const qint64 rev = change.value(QStringLiteral("rev")).toInteger(1);
        auto existing = CaseStore::stateOfId(m_db, id);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return rev <= (*existing)->rev ? Join::Unchanged : Join::OnItsOwn;
        if (auto no = refused())
            return *no;
        KnownClient known;
        if (const Client* inRun = run.client(str(p, "client_id")))
            known = { 0, inRun->name, inRun->uscc };
        else {
            auto here = client(str(p, "client_id"));
            if (!here)
                return here.error();
            if (!here->has_value())
                return Join::OnItsOwn; // held, with the reason applyCase gives
            known = **here;
        }
        auto station = stationSeq(str(p, "station"));
        if (!station)
            return station.error();
        CaseRecord c = caseFrom(p, known);
        c.rev = rev;
        // As applyCase's refresh of its clock, which has no facts yet.
        const CaseClock clock = ClockEventStore::clockOfNew(c, WorkCalendar::standard());
        c.dueResponse = clock.dueResponse;
        c.dueClose = clock.dueClose;
        c.pausedSince = clock.pausedSince;
        run.addCase(change, c, *station);
        return Join::Joined;
    }

    // An event; one that does more at the station than being kept is applied by itself.
    const QString kind = str(p, "kind");
    if (kind == QLatin1String("knowledge_used") || kind == QLatin1String("merged_into")
        || kind == QLatin1String("merged_from"))
        return Join::OnItsOwn;
    if (CaseStore::hasEvent(m_db, id))
        return Join::Unchanged;
    if (auto no = refused())
        return *no;
    const QString caseId = str(p, "case_id");
    if (!run.hasRecord(caseId)) {
        auto here = CaseStore::seqOfId(m_db, caseId);
        if (!here)
            return here.error();
        if (!here->has_value())
            return Join::OnItsOwn;
    }
    CaseEvent e { id, kind, str(p, "actor"), Clock::fromStorage(str(p, "at")), str(p, "detail") };
    if (!e.at.isValid())
        e.at = Clock::nowUtc();
    run.addEvent(change, caseId, e);
    return Join::Joined;
}

Status ChangeApplier::writeRun(PulledRun& run, PageOutcome& outcome)
{
    if (run.isEmpty())
        return success();
    if (Status s = m_db.execScript(QStringLiteral("SAVEPOINT pulled_run;")); !s)
        return s;
    const qsizetype searchRows = m_db.searchRows().size();
    auto written = run.write();
    const QList<QJsonObject> changes = run.changes();
    run.clear();
    if (written) {
        if (Status s = m_db.execScript(QStringLiteral("RELEASE pulled_run;")); !s)
            return s;
        for (const Client& c : std::as_const(*written))
            m_clients.insert(c.id, { c.seq, c.name, c.uscc });
        outcome.added += int(changes.size());
        for (const QJsonObject& change : changes)
            if (Status s = supersedeHeld(change.value(QStringLiteral("entity")).toString(),
                    change.value(QStringLiteral("record_id")).toString());
                !s)
                return s;
        return success();
    }
    if (Status s = m_db.execScript(QStringLiteral("ROLLBACK TO pulled_run; RELEASE pulled_run;")); !s)
        return s;
    m_db.searchRows().dropFrom(searchRows);
    if (written.error().code == ErrorCode::Storage)
        return written.error();
    // One of them the database refuses (a number taken here, say): each is applied by itself, and
    // only that one is held back.
    qCInfo(lcSync) << "a run of" << changes.size()
                   << "pulled records is applied one by one:" << written.error().message.english;
    for (const QJsonObject& change : changes)
        if (Status s = applyAlone(change, outcome); !s)
            return s;
    return success();
}

Status ChangeApplier::applyAlone(const QJsonObject& change, PageOutcome& outcome)
{
    auto applied = applyOrHold(change);
    if (!applied)
        return applied.error();
    outcome.added += *applied == Outcome::Added ? 1 : 0;
    outcome.held += *applied == Outcome::Held ? 1 : 0;
    return success();
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

Client ChangeApplier::clientFrom(const QJsonObject& p) const
{
    Client c;
    c.id = str(p, "id");
    c.kind = ClientKinds::fromKey(str(p, "kind")).value_or(ClientKind::Enterprise);
    c.name = str(p, "name");
    c.uscc = str(p, "uscc");
    c.contactName = str(p, "contact");
    c.phone = str(p, "phone");
    c.address = str(p, "address");
    c.createdAt = Clock::fromStorage(str(p, "created_at"));
    return c;
}

Result<bool> ChangeApplier::usccTaken(const QString& uscc)
{
    auto taken = Sql::one(m_db, QStringLiteral("SELECT 1 FROM clients WHERE uscc = ?"), { uscc });
    if (!taken)
        return taken.error();
    return taken->has_value();
}

Result<bool> ChangeApplier::applyClient(const QJsonObject& p)
{
    auto known = client(str(p, "id"));
    if (!known)
        return known.error();
    if (known->has_value())
        return false;
    Client c = clientFrom(p);
    if (!c.uscc.isEmpty()) {
        // The same enterprise archived here under another id: keep both, the code on the first.
        auto taken = usccTaken(c.uscc);
        if (!taken)
            return taken.error();
        if (*taken)
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
    auto station = stationSeq(str(p, "station"));
    if (!station)
        return station.error();
    const CaseRecord c = caseFrom(p, **known);
    auto inserted = CaseStore::insert(m_db, c, *station, c.receivedBy);
    if (!inserted)
        return inserted.error();
    if (auto clock = ClockEventStore::refresh(m_db, inserted->seq, WorkCalendar::standard()); !clock)
        return clock.error();
    if (rev > 1) // it moved on the platform before it came here
        if (Status s = CaseStore::setStatus(m_db, inserted->seq, c.status, {}, rev); !s)
            return s.error();
    return true;
}

Result<qint64> ChangeApplier::stationSeq(const QString& station)
{
    if (auto it = m_stations.constFind(station); it != m_stations.constEnd())
        return *it;
    auto seq = StationStore::ensureRemote(m_db, station);
    if (!seq)
        return seq.error();
    m_stations.insert(station, *seq);
    return *seq;
}

CaseRecord ChangeApplier::caseFrom(const QJsonObject& p, const KnownClient& client) const
{
    CaseRecord c;
    c.id = str(p, "id");
    c.number = str(p, "number");
    c.clientSeq = client.seq;
    c.clientId = str(p, "client_id");
    c.clientName = client.name;
    c.clientUscc = client.uscc;
    c.channel = Channels::fromKey(str(p, "channel")).value_or(Channel::Window);
    c.itemCode = str(p, "item");
    c.categoryCode = str(p, "category");
    c.summary = str(p, "summary");
    c.status = CaseStatuses::fromKey(str(p, "status")).value_or(CaseStatus::Registered);
    c.receivedAt = Clock::fromStorage(str(p, "received_at"));
    c.receivedBy = str(p, "received_by");
    c.answer = str(p, "answer");
    c.visitorName = str(p, "visitor_name");
    c.visitorPhone = str(p, "visitor_phone");
    c.responseDays = p.value(QStringLiteral("response_days")).toInt();
    c.closeDays = p.value(QStringLiteral("close_days")).toInt();
    return c;
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
