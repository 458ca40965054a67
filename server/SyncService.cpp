#include "SyncService.h"

#include "Administration.h"
#include "OpAnswer.h"
#include "common/Clock.h"
#include "domain/CaseStateMachine.h"
#include "sync/RecordRules.h"
#include "sync/SyncPayload.h"
#include "sync/WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

OpAnswer answer(const QString& opId, const char* status, const QString& message = {}, qint64 rev = 0)
{
    return OpAnswer { opId, status, message, rev, {} };
}

// An answer about a case that says where it stands now (`current`): after an applied move, so the
// station takes exactly the platform's status and answer (an empty answer of the move keeps the one
// before, which the station may not have had); after a conflict, for a person to compare.
OpAnswer answerWithState(
    const QString& opId, const char* status, const QString& message, qint64 rev, const QJsonObject& record)
{
    OpAnswer a = answer(opId, status, message, rev);
    a.extra.insert(QStringLiteral("current"),
        QJsonObject { { QStringLiteral("status"), record.value(QStringLiteral("status")) },
            { QStringLiteral("answer"), record.value(QStringLiteral("answer")) } });
    return a;
}

// One push's ops, judged one by one against what the platform holds.
class PushBatch
{
public:
    PushBatch(PlatformStore& store, const PlatformStation& station, QString city)
        : m_store(store)
        , m_station(station)
        , m_city(std::move(city))
    { }

    // The answer to one op, applying it when it is good; Internal errors abort the whole batch.
    // `sent`: its payload's bytes as the station sent them, if known.
    Result<OpAnswer> apply(const QJsonObject& op, const WireJson::RawPayload* sent);

private:
    Result<OpAnswer> create(const QString& opId,
        const QString& entity,
        const QString& id,
        const QJsonObject& p,
        const WireJson::RawPayload* sent);
    Result<OpAnswer> dispatch(const QString& opId, const QString& caseId, const QString& to);
    Result<OpAnswer> transition(const QString& opId, const QString& caseId, const QJsonObject& p);
    Result<OpAnswer> settleAnswer(const QString& opId, const QString& caseId, qint64 baseRev, const QJsonObject& p);
    Result<OpAnswer> settleOnlineRequest(const QString& opId, const QString& id, bool accepted, const QJsonObject& p);
    // Whether this station may act on the case: its owner, the city, or a station it was dispatched to.
    Result<bool> mayAct(const PlatformRecord& kase);

    PlatformStore& m_store;
    const PlatformStation& m_station;
    QString m_city;
};

Result<bool> PushBatch::mayAct(const PlatformRecord& kase)
{
    if (kase.owner == m_station.code || m_station.isCity())
        return true;
    return m_store.isGranted(kase.recordId, m_station.code);
}

Result<OpAnswer> PushBatch::apply(const QJsonObject& op, const WireJson::RawPayload* sent)
{
    const QString opId = op.value(QStringLiteral("op_id")).toString();
    const QString entity = op.value(QStringLiteral("entity")).toString();
    const QString recordId = op.value(QStringLiteral("record_id")).toString();
    const QString kind = op.value(QStringLiteral("kind")).toString();
    const QJsonObject payload = op.value(QStringLiteral("payload")).toObject();
    if (opId.isEmpty() || recordId.isEmpty() || !op.value(QStringLiteral("payload")).isObject())
        return answer(opId, "rejected", QStringLiteral("op_id, record_id and payload are required"));
    static const QRegularExpression idRe(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    if (!idRe.match(recordId).hasMatch())
        return answer(opId, "rejected", QStringLiteral("record_id must be letters, digits and dashes (a UUID)"));
    if (payload.value(QStringLiteral("id")).toString() != recordId)
        return answer(opId, "rejected", QStringLiteral("payload.id differs from record_id"));
    if (entity == QLatin1String("case") && kind == QLatin1String("dispatch"))
        return dispatch(opId, recordId, payload.value(QStringLiteral("to")).toString());
    if (entity == QLatin1String("case") && kind == QLatin1String("transition"))
        return transition(opId, recordId, payload);
    if (entity == QLatin1String("case") && kind == QLatin1String("answer"))
        return settleAnswer(opId, recordId, op.value(QStringLiteral("base_rev")).toInteger(), payload);
    if (entity == QLatin1String("online_request")
        && (kind == QLatin1String("accept") || kind == QLatin1String("return")))
        return settleOnlineRequest(opId, recordId, kind == QLatin1String("accept"), payload);
    if (kind != QLatin1String("create"))
        return answer(opId, "rejected", QStringLiteral("kind %1 is not supported").arg(kind));
    return create(opId, entity, recordId, payload, sent);
}

Result<OpAnswer> PushBatch::create(const QString& opId,
    const QString& entity,
    const QString& recordId,
    const QJsonObject& payload,
    const WireJson::RawPayload* sent)
{
    // The station's own rules, from core (DESIGN §6): nothing invalid is stored, so nothing invalid
    // is ever served to a station that could not apply it.
    if (entity == QLatin1String("client") || entity == QLatin1String("case") || entity == QLatin1String("case_event")
        || entity == QLatin1String("visit") || entity == QLatin1String("clock_event")
        || entity == QLatin1String("kb_version")) {
        if (Status s = RecordRules::check(entity, payload); !s) {
            if (s.error().code != ErrorCode::BadInput)
                return s.error();
            OpAnswer a = answer(opId, "rejected", s.error().message.english);
            a.extra.insert(QStringLiteral("field"), s.error().field);
            return a;
        }
    }
    // Stored as sent when it is compact and no key was given twice (the parser kept one of them, and
    // the rules saw that one); otherwise as parsed.
    const bool asSent = sent && sent->compact && sent->members == WireJson::memberCount(payload);
    PlatformRecord r {
        entity, recordId, recordId, m_station.code, 1, asSent ? sent->bytes.toByteArray() : compact(payload)
    };
    // A case cannot have been received after it reached the platform: a station whose clock runs
    // ahead would file it in a later day or month. It is stored at the platform's time, the device's
    // kept beside it, as revision 2, so the station and everyone pulling it take the correction.
    // Its number stays: the client may already hold it on a printed notice.
    QJsonObject corrected;
    if (entity == QLatin1String("case")) {
        const QDateTime received = Clock::fromStorage(payload.value(QStringLiteral("received_at")).toString());
        const QDateTime now = Clock::nowUtc();
        if (received > now.addSecs(SyncService::kClockToleranceSeconds)) {
            QJsonObject stored = payload;
            stored.insert(QStringLiteral("device_received_at"), payload.value(QStringLiteral("received_at")));
            stored.insert(QStringLiteral("received_at"), Clock::toStorage(now));
            corrected.insert(QStringLiteral("received_at"), Clock::toStorage(now));
            r.payload = compact(stored);
            r.rev = 2;
        }
    }
    // Who pulls the change: the station whose case it belongs to (an event the city adds to a
    // county's case goes to that county), besides the city and the stations granted the scope.
    QString scopeOwner = m_station.code;
    if (entity == QLatin1String("case")) {
        // A station registers cases under its own code only.
        if (payload.value(QStringLiteral("station")).toString() != QStringLiteral("%1-%2").arg(m_city, m_station.code))
            return answer(opId, "rejected", QStringLiteral("a case of another station"));
        auto client = m_store.ownerOf(QStringLiteral("client"), payload.value(QStringLiteral("client_id")).toString());
        if (!client)
            return client.error();
        if (!client->has_value())
            return answer(opId, "rejected", QStringLiteral("the case's client is unknown here; push it first"));
    } else if (entity == QLatin1String("case_event") || entity == QLatin1String("visit")
        || entity == QLatin1String("clock_event")) {
        r.scope = payload.value(QStringLiteral("case_id")).toString();
        auto kase = m_store.record(QStringLiteral("case"), r.scope);
        if (!kase)
            return kase.error();
        if (!kase->has_value())
            return answer(opId, "rejected", QStringLiteral("the event's case is unknown here"));
        auto may = mayAct(**kase);
        if (!may)
            return may.error();
        if (!*may)
            return answer(opId, "rejected", QStringLiteral("a record on another station's case"));
        scopeOwner = (*kase)->owner;
        if (entity == QLatin1String("visit")) {
            // Its signature and photos first (DESIGN §6): answered again once they are whole here.
            for (const QString& sha : SyncPayload::blobsOf(payload)) {
                auto blob = m_store.blob(sha);
                if (!blob)
                    return blob.error();
                if (!blob->has_value() || !(*blob)->complete) {
                    OpAnswer a
                        = answer(opId, "missing_blob", QStringLiteral("blob %1 is not on the platform yet").arg(sha));
                    a.extra.insert(QStringLiteral("blob"), sha);
                    return a;
                }
            }
            for (const QString& sha : SyncPayload::blobsOf(payload))
                if (Status s = m_store.addBlobRef(sha, r.scope); !s)
                    return s.error();
        }
    } else if (entity == QLatin1String("kb_version")) {
        // The city's knowledge base reaches every station, read-only there (issue 21).
        if (!m_station.isCity())
            return answer(opId, "rejected", QStringLiteral("only the city platform writes the shared knowledge base"));
        r.scope = QStringLiteral("kb");
        scopeOwner = PlatformStore::kEveryStation;
    } else if (entity != QLatin1String("client")) {
        return answer(opId, "rejected", QStringLiteral("unknown entity %1").arg(entity));
    }

    auto existing = m_store.ownerOf(entity, recordId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) // created before under another op id: same record, nothing to do
        return **existing == m_station.code
            ? answer(opId, "duplicate", {}, 1)
            : answer(opId, "rejected", QStringLiteral("the record belongs to another station"));
    if (entity == QLatin1String("case")) {
        // A number names one case on the whole platform: a second case under it (a station restored
        // from an old backup) would stop the pull of every station that has the first.
        const QString number = payload.value(QStringLiteral("number")).toString();
        auto holder = m_store.caseWithNumber(number);
        if (!holder)
            return holder.error();
        if (holder->has_value()) {
            OpAnswer a = answer(opId,
                "rejected",
                QStringLiteral("the case number %1 is already taken on the platform by another case").arg(number));
            a.extra.insert(QStringLiteral("field"), QStringLiteral("number"));
            return a;
        }
    }
    if (Status s = m_store.insertRecord(r); !s)
        return s.error();
    if (Status s = m_store.appendChange(r, scopeOwner); !s)
        return s.error();
    OpAnswer a = answer(opId, "applied", {}, r.rev);
    if (!corrected.isEmpty())
        a.extra.insert(QStringLiteral("corrected"), corrected);
    return a;
}

// 4.2: the city hands a case to a station. The station may see and act on the case, its events and
// its client from now on; their records are served again so its next pull brings them.
Result<OpAnswer> PushBatch::dispatch(const QString& opId, const QString& caseId, const QString& to)
{
    if (!m_station.isCity())
        return answer(opId, "rejected", QStringLiteral("only the city platform dispatches cases"));
    auto target = m_store.hasStation(to);
    if (!target)
        return target.error();
    if (!*target)
        return answer(opId, "rejected", QStringLiteral("no station %1").arg(to));
    auto kase = m_store.record(QStringLiteral("case"), caseId);
    if (!kase)
        return kase.error();
    if (!kase->has_value())
        return answer(opId, "rejected", QStringLiteral("the case is unknown here"));
    const QString clientId = parse((*kase)->payload).value(QStringLiteral("client_id")).toString();
    const QString now = Clock::toStorage(Clock::nowUtc());
    for (const QString& scope : { clientId, caseId })
        if (Status s = m_store.grant(scope, to, now); !s)
            return s.error();
    auto records = m_store.recordsInScopes({ clientId, caseId });
    if (!records)
        return records.error();
    for (const PlatformRecord& r : *records)
        if (Status s = m_store.appendChange(r, r.owner); !s)
            return s.error();
    return answer(opId, "applied", {}, 1);
}

// §6: a status change applies only while the case is still in the state the station saw; otherwise
// it is a conflict, answered with where the case stands, for a person to decide. Nothing is
// overwritten: both stations' events stay on the timeline.
Result<OpAnswer> PushBatch::transition(const QString& opId, const QString& caseId, const QJsonObject& p)
{
    auto kase = m_store.record(QStringLiteral("case"), caseId);
    if (!kase)
        return kase.error();
    if (!kase->has_value())
        return answer(opId, "rejected", QStringLiteral("the case is unknown here"));
    PlatformRecord r = **kase;
    auto may = mayAct(r);
    if (!may)
        return may.error();
    if (!*may)
        return answer(opId, "rejected", QStringLiteral("a status change on another station's case"));
    const auto from = CaseStatuses::fromKey(p.value(QStringLiteral("from")).toString());
    const auto to = CaseStatuses::fromKey(p.value(QStringLiteral("to")).toString());
    if (!from || !to)
        return answer(opId, "rejected", QStringLiteral("from and to must be case states"));
    if (*to == CaseStatus::Escalated && m_station.isCity()) // 4.3: escalation goes up to the city
        return answer(opId, "rejected", QStringLiteral("the city platform does not escalate"));
    QJsonObject record = parse(r.payload);
    const QJsonValue status = record.value(QStringLiteral("status"));
    const auto current = CaseStatuses::fromKey(status.toString());
    if (current != from) {
        // The same move made elsewhere is a duplicate only with the same content: two closes with
        // different answers are two people's work, a conflict for a person to settle (both kept).
        const QString given = p.value(QStringLiteral("answer")).toString();
        const bool sameContent = given.isEmpty() || given == record.value(QStringLiteral("answer")).toString();
        return answerWithState(opId,
            current == to && sameContent ? "duplicate" : "conflict",
            current == to ? QStringLiteral("the case was made %1 on the platform meanwhile, with another answer")
                                .arg(status.toString())
                          : QStringLiteral("the case is %1 on the platform, not %2")
                                .arg(status.toString(), CaseStatuses::key(*from)),
            r.rev,
            record);
    }
    if (!CaseStateMachine::allows(*from, *to))
        return answer(opId,
            "rejected",
            QStringLiteral("a case cannot go from %1 to %2").arg(CaseStatuses::key(*from), CaseStatuses::key(*to)));
    record.insert(QStringLiteral("status"), CaseStatuses::key(*to));
    if (const QString text = p.value(QStringLiteral("answer")).toString(); !text.isEmpty())
        record.insert(QStringLiteral("answer"), text);
    r.rev += 1;
    r.payload = compact(record);
    if (Status s = m_store.updateRecord(r.entity, r.recordId, r.rev, r.payload); !s)
        return s.error();
    if (Status s = m_store.appendChange(r, r.owner); !s)
        return s.error();
    return answerWithState(opId, "applied", {}, r.rev, record);
}
// A person chose one of two conflicting answers (ConflictChoice): compare-and-set on the revision
// the choice was made on. If the case moved on meanwhile, that is a conflict again, shown again.
Result<OpAnswer> PushBatch::settleAnswer(
    const QString& opId, const QString& caseId, qint64 baseRev, const QJsonObject& p)
{
    auto kase = m_store.record(QStringLiteral("case"), caseId);
    if (!kase)
        return kase.error();
    if (!kase->has_value())
        return answer(opId, "rejected", QStringLiteral("the case is unknown here"));
    PlatformRecord r = **kase;
    auto may = mayAct(r);
    if (!may)
        return may.error();
    if (!*may)
        return answer(opId, "rejected", QStringLiteral("an answer on another station's case"));
    const QString text = p.value(QStringLiteral("answer")).toString();
    if (text.isEmpty() || text.size() > 2000)
        return answer(opId, "rejected", QStringLiteral("answer must be 1 to 2000 characters"));
    QJsonObject record = parse(r.payload);
    const QJsonValue status = record.value(QStringLiteral("status"));
    if (r.rev != baseRev || status.toString() != p.value(QStringLiteral("status")).toString()) {
        return answerWithState(opId,
            "conflict",
            QStringLiteral("the case changed on the platform after the choice was made (now %1, revision %2)")
                .arg(status.toString())
                .arg(r.rev),
            r.rev,
            record);
    }
    record.insert(QStringLiteral("answer"), text);
    r.rev += 1;
    r.payload = compact(record);
    if (Status s = m_store.updateRecord(r.entity, r.recordId, r.rev, r.payload); !s)
        return s.error();
    if (Status s = m_store.appendChange(r, r.owner); !s)
        return s.error();
    return answerWithState(opId, "applied", {}, r.rev, record);
}
// Issue 23: the station an online request was routed to accepted it (as one of its cases) or
// returned it; the applicant's look-up shows which, and the city's copy follows.
Result<OpAnswer> PushBatch::settleOnlineRequest(
    const QString& opId, const QString& id, bool accepted, const QJsonObject& p)
{
    auto found = m_store.record(QStringLiteral("online_request"), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return answer(opId, "rejected", QStringLiteral("the online request is unknown here"));
    PlatformRecord r = **found;
    if (r.owner != m_station.code)
        return answer(opId, "rejected", QStringLiteral("an online request routed to another station"));
    QJsonObject record = parse(r.payload);
    const QString state = accepted ? QStringLiteral("accepted") : QStringLiteral("returned");
    const QString caseNumber = p.value(QStringLiteral("case_number")).toString();
    const QString reason = p.value(QStringLiteral("return_reason")).toString();
    const QString was = record.value(QStringLiteral("state")).toString();
    if (!was.isEmpty() && was != QLatin1String("pending"))
        return answer(opId,
            was == state ? "duplicate" : "conflict",
            QStringLiteral("the request was %1 already").arg(was),
            r.rev);
    if (accepted) {
        auto kase = m_store.caseWithNumber(caseNumber);
        if (!kase)
            return kase.error();
        if (!kase->has_value())
            return answer(
                opId, "rejected", QStringLiteral("case %1 is not on the platform; push it first").arg(caseNumber));
        record.insert(QStringLiteral("case_number"), caseNumber);
    } else {
        if (reason.trimmed().isEmpty() || reason.size() > 500)
            return answer(opId, "rejected", QStringLiteral("a returned request needs a reason of 1 to 500 characters"));
        record.insert(QStringLiteral("return_reason"), reason);
    }
    record.insert(QStringLiteral("state"), state);
    r.rev += 1;
    r.payload = compact(record);
    if (Status s = m_store.updateRecord(r.entity, r.recordId, r.rev, r.payload); !s)
        return s.error();
    if (Status s = m_store.appendChange(r, r.owner); !s)
        return s.error();
    if (Status s = m_store.settleOnlineRequest(id, state, caseNumber, reason); !s)
        return s.error();
    return answer(opId, "applied", {}, r.rev);
}
} // namespace

Result<QByteArray> SyncService::push(
    PlatformStore& store, const PlatformStation& station, const QJsonObject& body, QByteArrayView raw)
{
    if (!body.value(QStringLiteral("ops")).isArray())
        return Error::badInput(
            QStringLiteral("ops"), UiText::verbatim(QStringLiteral("the body must be {\"ops\": [...]}")));
    const QJsonArray ops = body.value(QStringLiteral("ops")).toArray();
    if (ops.size() > kMaxOpsPerPush)
        return Error::badInput(
            QStringLiteral("ops"), UiText::verbatim(QStringLiteral("at most %1 ops per push").arg(kMaxOpsPerPush)));
    // The payloads as sent, stored as they are when they say what was parsed (WireJson).
    const auto sent = raw.isEmpty() ? std::nullopt : WireJson::payloadsOfOps(raw);
    const bool haveSent = sent && sent->size() == ops.size();
    auto city = Administration::city(store);
    if (!city)
        return city.error();
    PlatformTransaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    PushBatch batch(store, station, *city);
    QByteArray results = "{\"results\":[";
    const QString now = Clock::toStorage(Clock::nowUtc());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (i > 0)
            results += ',';
        const QJsonObject op = ops.at(i).toObject();
        const QString opId = op.value(QStringLiteral("op_id")).toString();
        // A replay: the stored answer, marked as such. Op ids belong to the station that sent them
        // first; another station reusing one learns nothing and changes nothing.
        auto seen = store.appliedOp(opId);
        if (!seen)
            return seen.error();
        if (seen->has_value()) {
            results += (*seen)->station != station.code
                ? answer(opId, "rejected", QStringLiteral("this op id was sent by another station")).toJson()
                : replayedAnswer((*seen)->result);
            continue;
        }
        auto result = batch.apply(op, haveSent ? &sent->at(i) : nullptr);
        if (!result)
            return result.error();
        const QByteArray json = result->toJson();
        // Only what was applied claims its op id; a refusal or a conflict is judged afresh if the op
        // comes again (its client may have arrived since), and cannot block the op's rightful sender.
        const QByteArrayView status(result->status);
        if (!opId.isEmpty() && (status == "applied" || status == "duplicate"))
            if (Status s = store.rememberOp(opId, station.code, json, now); !s)
                return s.error();
        results += json;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return results + "]}";
}

Result<QByteArray> SyncService::pull(PlatformStore& store, const PlatformStation& station, qint64 cursor, int limit)
{
    limit = std::clamp(limit, 1, kMaxChangesPerPull);
    // Written by hand: the payloads are stored as JSON already, and parsing and re-encoding each one
    // was most of the work of a pull. Entity, record id and owner are identifiers checked on push.
    QByteArray out = "{\"changes\":[";
    qint64 last = cursor;
    int count = 0;
    auto more = store.changesAfter(station, cursor, limit, [&](const PlatformChange& c) {
        last = c.seq;
        if (count++ > 0)
            out += ',';
        out += "{\"seq\":" + QByteArray::number(c.seq) + ",\"entity\":\"" + c.entity.toUtf8() + "\",\"record_id\":\""
            + c.recordId.toUtf8() + "\",\"owner\":\"" + c.owner.toUtf8() + "\",\"rev\":" + QByteArray::number(c.rev)
            + ",\"payload\":" + c.payload + '}';
    });
    if (!more)
        return more.error();
    out += "],\"cursor\":" + QByteArray::number(last) + ",\"more\":" + (*more ? "true" : "false") + '}';
    return out;
}
