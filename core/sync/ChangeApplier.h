#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

class Database;
class PulledRun;

// Applies changes pulled from the platform to the local database, inside the caller's transaction
// (the page's). Records are matched by UUID: one already here is left as it is unless the change
// carries a newer revision of a case (its status moved on the platform), so applying a page twice
// (a crash before the cursor was stored) changes nothing. Pulled records write no outbox ops: they
// are not local changes. Keeps the stations and clients it has seen, for the next changes.
class ChangeApplier
{
public:
    explicit ChangeApplier(Database& db);
    ~ChangeApplier();
    // Whether anything was added or changed.
    Result<bool> apply(const QJsonObject& change);

    enum class Outcome
    {
        Unchanged,
        Added, // or changed
        Held, // could not be applied: held back in QuarantineStore with the reason
    };
    // As apply(), but a record that breaks the shared rules (RecordRules) or that this database
    // refuses is held back instead of failing: whatever it had half written is undone (a savepoint),
    // and the caller's pull goes on. Only a database that cannot be used now (a full disk, a lock:
    // ErrorCode::Storage) fails, so the page is tried again later.
    Result<Outcome> applyOrHold(const QJsonObject& change);

    // A pulled page, as applyOrHold() each of its records in order. New clients, cases and their
    // plain events are written together, a run at a time (PulledRun); a run the database refuses
    // is undone and its records applied one by one, so what is held back is held as before.
    struct PageOutcome
    {
        int added = 0;
        int held = 0;
    };
    Result<PageOutcome> applyPage(const QJsonArray& changes);

    // As applyOrHold(), for a record verification found different here (ScopeDigest): a case takes
    // the platform's status, answer and revision whatever revision this station thought it had,
    // unless a change of it is still to be sent.
    Result<Outcome> repair(const QJsonObject& change);

private:
    struct KnownClient
    {
        qint64 seq;
        QString name;
        QString uscc;
    };
    enum class Join
    {
        Joined,
        Unchanged, // here already: nothing to write
        OnItsOwn, // applied by itself, after the run before it is written
    };
    Result<Join> join(PulledRun& run, const QJsonObject& change);
    Status writeRun(PulledRun& run, PageOutcome& outcome);
    // applyOrHold(), counted in `outcome`.
    Status applyAlone(const QJsonObject& change, PageOutcome& outcome);
    Client clientFrom(const QJsonObject& p) const;
    CaseRecord caseFrom(const QJsonObject& p, const KnownClient& client) const;
    Result<qint64> stationSeq(const QString& station);
    Result<bool> usccTaken(const QString& uscc);

    Result<bool> applyClient(const QJsonObject& p);
    Result<bool> applyCase(const QJsonObject& p, qint64 rev);
    Result<bool> applyEvent(const QJsonObject& p);
    Result<bool> applyClockEvent(const QJsonObject& p);
    // The local seq of the case a pulled record belongs to (its case_id); BadInput when the case
    // is not at this station, so the record is held until it is.
    Result<qint64> caseOf(const QJsonObject& p);
    Result<bool> applyVisit(const QJsonObject& p);
    Result<std::optional<KnownClient>> client(const QString& id);
    // What the quarantine held of a record that has now applied is settled.
    Status supersedeHeld(const QString& entity, const QString& recordId);

    Database& m_db;
    bool m_repairing = false;
    std::optional<bool> m_anyHeld; // whether the quarantine holds anything (read once)
    QHash<QString, qint64> m_stations;
    QHash<QString, KnownClient> m_clients;
    std::unique_ptr<PulledRun> m_run; // kept for its prepared statements
};
