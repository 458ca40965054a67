#include "SyncService.h"

#include "common/Clock.h"
#include "domain/CaseStateMachine.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject answer(const QString& opId, const char* status, const QString& message = {}, qint64 rev = 0)
{
    QJsonObject a { { QStringLiteral("op_id"), opId }, { QStringLiteral("status"), QLatin1String(status) } };
    if (!message.isEmpty())
        a.insert(QStringLiteral("message"), message);
    if (rev > 0)
        a.insert(QStringLiteral("rev"), rev);
    return a;
}

Result<std::optional<QString>> ownerOf(Database& db, const QString& entity, const QString& id)
{
    auto row
        = Sql::one(db, QStringLiteral("SELECT owner FROM records WHERE entity = ? AND record_id = ?"), { entity, id });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QString>();
    return std::optional<QString>((**row).at(0).toString());
}

bool granted(Database& db, const QString& scope, const QString& station)
{
    auto row = Sql::one(db, QStringLiteral("SELECT 1 FROM grants WHERE scope = ? AND station = ?"), { scope, station });
    return row.ok() && row->has_value();
}

Status emitChange(Database& db,
    const QString& entity,
    const QString& recordId,
    const QString& scope,
    const QString& owner,
    const QString& body,
    qint64 rev = 1)
{
    return Sql::write(db,
        QStringLiteral("INSERT INTO changes(entity, record_id, scope, owner, rev, payload) VALUES (?, ?, ?, ?, ?, ?)"),
        { entity, recordId, scope, owner, rev, body });
}

// 4.2: the city hands a case to a station. The station may see and act on the case, its events and
// its client from now on; their records are served again so its next pull brings them.
Result<QJsonObject> dispatch(
    Database& db, const PlatformStation& station, const QString& opId, const QString& caseId, const QString& to)
{
    if (!station.isCity())
        return answer(opId, "rejected", QStringLiteral("only the city platform dispatches cases"));
    auto target = Sql::one(db, QStringLiteral("SELECT 1 FROM stations WHERE code = ?"), { to });
    if (!target)
        return target.error();
    if (!target->has_value())
        return answer(opId, "rejected", QStringLiteral("no station %1").arg(to));
    auto kase = Sql::one(
        db, QStringLiteral("SELECT payload FROM records WHERE entity = 'case' AND record_id = ?"), { caseId });
    if (!kase)
        return kase.error();
    if (!kase->has_value())
        return answer(opId, "rejected", QStringLiteral("the case is unknown here"));
    const QString clientId = QJsonDocument::fromJson((**kase).at(0).toString().toUtf8())
                                 .object()
                                 .value(QStringLiteral("client_id"))
                                 .toString();
    const QString now = Clock::toStorage(Clock::nowUtc());
    for (const QString& scope : { clientId, caseId })
        if (Status s = Sql::write(db,
                QStringLiteral("INSERT OR IGNORE INTO grants(scope, station, granted_at) VALUES (?, ?, ?)"),
                { scope, to, now });
            !s)
            return s.error();
    auto records = Sql::run(db.sql(),
        QStringLiteral("SELECT entity, record_id, scope, owner, payload FROM records WHERE scope IN (?, ?) "
                       "ORDER BY CASE entity WHEN 'client' THEN 0 WHEN 'case' THEN 1 ELSE 2 END"),
        { clientId, caseId });
    if (!records)
        return records.error();
    QSqlQuery q = std::move(records).value();
    QList<QStringList> rows;
    while (q.next())
        rows << QStringList { q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString() };
    q.finish();
    for (const QStringList& r : rows)
        if (Status s = emitChange(db, r.at(0), r.at(1), r.at(2), r.at(3), r.at(4)); !s)
            return s.error();
    return answer(opId, "applied", {}, 1);
}

// §6: a status change applies only while the case is still in the state the station saw; otherwise
// it is a conflict, answered with where the case stands, for a person to decide. Nothing is
// overwritten: both stations' events stay on the timeline.
Result<QJsonObject> transition(
    Database& db, const PlatformStation& station, const QString& opId, const QString& caseId, const QJsonObject& p)
{
    auto row = Sql::one(db,
        QStringLiteral("SELECT owner, rev, payload FROM records WHERE entity = 'case' AND record_id = ?"),
        { caseId });
    if (!row)
        return row.error();
    if (!row->has_value())
        return answer(opId, "rejected", QStringLiteral("the case is unknown here"));
    const QString owner = (**row).at(0).toString();
    const qint64 rev = (**row).at(1).toLongLong();
    if (owner != station.code && !station.isCity() && !granted(db, caseId, station.code))
        return answer(opId, "rejected", QStringLiteral("a status change on another station's case"));
    const auto from = CaseStatuses::fromKey(p.value(QStringLiteral("from")).toString());
    const auto to = CaseStatuses::fromKey(p.value(QStringLiteral("to")).toString());
    if (!from || !to)
        return answer(opId, "rejected", QStringLiteral("from and to must be case states"));
    if (*to == CaseStatus::Escalated && station.isCity()) // 4.3: escalation goes up to the city
        return answer(opId, "rejected", QStringLiteral("the city platform does not escalate"));
    QJsonObject record = QJsonDocument::fromJson((**row).at(2).toString().toUtf8()).object();
    const auto current = CaseStatuses::fromKey(record.value(QStringLiteral("status")).toString());
    if (current != from) {
        QJsonObject a = answer(opId,
            current == to ? "duplicate" : "conflict",
            QStringLiteral("the case is %1 on the platform, not %2")
                .arg(record.value(QStringLiteral("status")).toString(), CaseStatuses::key(*from)),
            rev);
        a.insert(QStringLiteral("current"),
            QJsonObject { { QStringLiteral("status"), record.value(QStringLiteral("status")) },
                { QStringLiteral("answer"), record.value(QStringLiteral("answer")) } });
        return a;
    }
    if (!CaseStateMachine::allows(*from, *to))
        return answer(opId,
            "rejected",
            QStringLiteral("a case cannot go from %1 to %2").arg(CaseStatuses::key(*from), CaseStatuses::key(*to)));
    record.insert(QStringLiteral("status"), CaseStatuses::key(*to));
    if (const QString text = p.value(QStringLiteral("answer")).toString(); !text.isEmpty())
        record.insert(QStringLiteral("answer"), text);
    const QString body = compact(record);
    if (Status s = Sql::write(db,
            QStringLiteral("UPDATE records SET rev = ?, payload = ? WHERE entity = 'case' AND record_id = ?"),
            { rev + 1, body, caseId });
        !s)
        return s.error();
    if (Status s = emitChange(db, QStringLiteral("case"), caseId, caseId, owner, body, rev + 1); !s)
        return s.error();
    return answer(opId, "applied", {}, rev + 1);
}

// The answer to one op, applying it when it is good; Internal errors abort the whole batch.
Result<QJsonObject> applyOne(Database& db, const PlatformStation& station, const QString& city, const QJsonObject& op)
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
        return dispatch(db, station, opId, recordId, payload.value(QStringLiteral("to")).toString());
    if (entity == QLatin1String("case") && kind == QLatin1String("transition"))
        return transition(db, station, opId, recordId, payload);
    if (kind != QLatin1String("create"))
        return answer(opId, "rejected", QStringLiteral("kind %1 is not supported").arg(kind));

    QString scope = recordId;
    // Who pulls the change: the station whose case it belongs to (an event the city adds to a
    // county's case goes to that county), besides the city and the stations granted the scope.
    QString scopeOwner = station.code;
    if (entity == QLatin1String("case")) {
        // A station registers cases under its own code only.
        const QString expected = QStringLiteral("%1-%2").arg(city, station.code);
        if (payload.value(QStringLiteral("station")).toString() != expected)
            return answer(opId, "rejected", QStringLiteral("a case of another station"));
        auto client = ownerOf(db, QStringLiteral("client"), payload.value(QStringLiteral("client_id")).toString());
        if (!client)
            return client.error();
        if (!client->has_value())
            return answer(opId, "rejected", QStringLiteral("the case's client is unknown here; push it first"));
    } else if (entity == QLatin1String("case_event")) {
        scope = payload.value(QStringLiteral("case_id")).toString();
        auto owner = ownerOf(db, QStringLiteral("case"), scope);
        if (!owner)
            return owner.error();
        if (!owner->has_value())
            return answer(opId, "rejected", QStringLiteral("the event's case is unknown here"));
        if (**owner != station.code && !station.isCity() && !granted(db, scope, station.code))
            return answer(opId, "rejected", QStringLiteral("an event on another station's case"));
        scopeOwner = **owner;
    } else if (entity != QLatin1String("client")) {
        return answer(opId, "rejected", QStringLiteral("unknown entity %1").arg(entity));
    }

    auto existing = ownerOf(db, entity, recordId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) // created before under another op id: same record, nothing to do
        return **existing == station.code
            ? answer(opId, "duplicate", {}, 1)
            : answer(opId, "rejected", QStringLiteral("the record belongs to another station"));
    const QString body = compact(payload);
    if (Status q = Sql::write(db,
            QStringLiteral(
                "INSERT INTO records(entity, record_id, scope, owner, rev, payload) VALUES (?, ?, ?, ?, 1, ?)"),
            { entity, recordId, scope, station.code, body });
        !q)
        return q.error();
    if (Status q = emitChange(db, entity, recordId, scope, scopeOwner, body); !q)
        return q.error();
    return answer(opId, "applied", {}, 1);
}
} // namespace

Result<QJsonObject> SyncService::push(ServerStore& store, const PlatformStation& station, const QJsonObject& body)
{
    if (!body.value(QStringLiteral("ops")).isArray())
        return Error::badInput(
            QStringLiteral("ops"), UiText::verbatim(QStringLiteral("the body must be {\"ops\": [...]}")));
    const QJsonArray ops = body.value(QStringLiteral("ops")).toArray();
    if (ops.size() > kMaxOpsPerPush)
        return Error::badInput(
            QStringLiteral("ops"), UiText::verbatim(QStringLiteral("at most %1 ops per push").arg(kMaxOpsPerPush)));
    auto city = store.city();
    if (!city)
        return city.error();
    Database& db = store.db();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QJsonArray results;
    const QString now = Clock::toStorage(Clock::nowUtc());
    for (const QJsonValue& v : ops) {
        const QJsonObject op = v.toObject();
        const QString opId = op.value(QStringLiteral("op_id")).toString();
        // A replay: the stored answer, marked as such. Op ids belong to the station that sent them
        // first; another station reusing one learns nothing and changes nothing.
        auto seen = Sql::one(db, QStringLiteral("SELECT station, result FROM applied_ops WHERE op_id = ?"), { opId });
        if (!seen)
            return seen.error();
        if (seen->has_value()) {
            if ((**seen).at(0).toString() != station.code) {
                results.append(answer(opId, "rejected", QStringLiteral("this op id was sent by another station")));
                continue;
            }
            QJsonObject first = QJsonDocument::fromJson((**seen).at(1).toString().toUtf8()).object();
            first.insert(QStringLiteral("replayed"), true);
            results.append(first);
            continue;
        }
        auto result = applyOne(db, station, *city, op);
        if (!result)
            return result.error();
        // Only what was applied claims its op id; a refusal is judged afresh if the op comes again
        // (its client may have arrived since), and cannot block the op's rightful sender.
        const QString status = result->value(QStringLiteral("status")).toString();
        if (!opId.isEmpty() && (status == QLatin1String("applied") || status == QLatin1String("duplicate"))) {
            if (Status q = Sql::write(db,
                    QStringLiteral("INSERT INTO applied_ops(op_id, station, result, at) VALUES (?, ?, ?, ?)"),
                    { opId, station.code, compact(*result), now });
                !q)
                return q.error();
        }
        results.append(result.value());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return QJsonObject { { QStringLiteral("results"), results } };
}

Result<QByteArray> SyncService::pull(ServerStore& store, const PlatformStation& station, qint64 cursor, int limit)
{
    limit = std::clamp(limit, 1, kMaxChangesPerPull);
    auto q = station.isCity()
        ? Sql::run(store.db().sql(),
            QStringLiteral(
                "SELECT seq, entity, record_id, owner, rev, payload FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"),
            { cursor, limit + 1 })
        : Sql::run(store.db().sql(),
            QStringLiteral(
                "SELECT seq, entity, record_id, owner, rev, payload FROM changes WHERE seq > ? AND (owner = ? OR "
                "scope IN (SELECT scope FROM grants WHERE station = ?)) ORDER BY seq LIMIT ?"),
            { cursor, station.code, station.code, limit + 1 });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    // Written by hand: the payloads are stored as JSON already, and parsing and re-encoding each one
    // was most of the work of a pull. Entity, record id and owner are identifiers checked on push.
    QByteArray out = "{\"changes\":[";
    qint64 last = cursor;
    int count = 0;
    bool more = false;
    while (query.next()) {
        if (count == limit) {
            more = true;
            break;
        }
        last = query.value(0).toLongLong();
        if (count++ > 0)
            out += ',';
        out += "{\"seq\":" + QByteArray::number(last) + ",\"entity\":\"" + query.value(1).toString().toUtf8()
            + "\",\"record_id\":\"" + query.value(2).toString().toUtf8() + "\",\"owner\":\""
            + query.value(3).toString().toUtf8() + "\",\"rev\":" + QByteArray::number(query.value(4).toLongLong())
            + ",\"payload\":" + query.value(5).toString().toUtf8() + '}';
    }
    out += "],\"cursor\":" + QByteArray::number(last) + ",\"more\":" + (more ? "true" : "false") + '}';
    return out;
}
