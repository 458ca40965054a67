#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "storage/RawStatement.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

class Database;

// New records of a pulled page gathered in page order as they come, then written together: one
// INSERT … SELECT a table out of TEMP staging tables. Written one statement a record, a pulled case
// opened its table's fifteen indexes and ran its triggers' programs anew each time, and cost three
// times what the same rows cost written together (issue 22). The applier (ChangeApplier) decides what
// may join: only records that are written the same either way.
class PulledRun
{
public:
    explicit PulledRun(Database& db);
    ~PulledRun();

    // A client not here yet; its uscc already cleared if taken.
    void addClient(const QJsonObject& change, const Client& c);
    // A case not here yet, its client here or earlier in the run; its clock folded (no facts yet).
    void addCase(const QJsonObject& change, const CaseRecord& c, qint64 stationSeq);
    // A plain event (nothing else to do at the station) of a case here or earlier in the run.
    void addEvent(const QJsonObject& change, const QString& caseId, const CaseEvent& e);

    bool isEmpty() const { return m_changes.isEmpty(); }
    bool hasRecord(const QString& id) const { return m_ids.contains(id); }
    const Client* client(const QString& id) const;
    bool usccTaken(const QString& uscc) const { return m_usccs.contains(uscc); }
    // The run's records in page order: applied one by one when the run cannot be written whole.
    const QList<QJsonObject>& changes() const { return m_changes; }

    // Writes clients, then cases, then events in the transaction open, and their search rows to
    // db.searchRows(); the clients with the seqs they got. Fails whole (a record the database
    // refuses, or the database itself): the caller undoes it with a savepoint.
    Result<QList<Client>> write();
    void clear();

private:
    struct StagedCase
    {
        CaseRecord c;
        qint64 stationSeq;
        QString tokens;
    };
    struct StagedEvent
    {
        QString caseId;
        CaseEvent e;
    };
    Status stage();
    Result<QList<Client>> insert();
    Status insertAll(const char* sql, qsizetype expected);

    Database& m_db;
    bool m_staged = false;
    // Prepared once for the pull (compiling the INSERT into cases compiles its triggers).
    RawStatements m_statements;
    QList<QJsonObject> m_changes;
    QSet<QString> m_ids;
    QSet<QString> m_usccs;
    QList<Client> m_clients;
    QHash<QString, qsizetype> m_clientAt;
    QList<StagedCase> m_cases;
    QList<StagedEvent> m_events;
};
