#include "sync/PulledRun.h"

#include "common/Clock.h"
#include "search/SearchTokens.h"
#include "storage/CaseStore.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"

#include <QJsonObject>
#include <sqlite3.h>

namespace {
// Staging rows, in the connection's own TEMP schema (memory): no index, no trigger.
const char* const kStaging = "CREATE TEMP TABLE IF NOT EXISTS pulled_clients(ord INTEGER PRIMARY KEY, id, kind, "
                             "name, uscc, contact_name, phone, address, created_at);"
                             "CREATE TEMP TABLE IF NOT EXISTS pulled_cases(ord INTEGER PRIMARY KEY, id, number, "
                             "station_seq, client_id, channel, category_code, item_code, summary, status, "
                             "received_at, received_by, answer, closed_at, created_at, visitor_name, visitor_phone, "
                             "response_days, close_days, rev, due_response, due_close, paused_since);"
                             "CREATE TEMP TABLE IF NOT EXISTS pulled_events(ord INTEGER PRIMARY KEY, id, case_id, "
                             "kind, actor, at, detail);";
const char* const kEmptyClients = "DELETE FROM temp.pulled_clients";
const char* const kEmptyCases = "DELETE FROM temp.pulled_cases";
const char* const kEmptyEvents = "DELETE FROM temp.pulled_events";
const char* const kStageClient = "INSERT INTO temp.pulled_clients(id, kind, name, uscc, contact_name, phone, address, "
                                 "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
const char* const kStageCase
    = "INSERT INTO temp.pulled_cases(id, number, station_seq, client_id, channel, category_code, item_code, "
      "summary, status, received_at, received_by, answer, closed_at, created_at, visitor_name, visitor_phone, "
      "response_days, close_days, rev, due_response, due_close, paused_since) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";
const char* const kStageEvent
    = "INSERT INTO temp.pulled_events(id, case_id, kind, actor, at, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
const char* const kInsertClients
    = "INSERT INTO clients(id, kind, name, uscc, contact_name, phone, address, created_at, updated_at) "
      "SELECT id, kind, name, uscc, contact_name, phone, address, created_at, created_at FROM temp.pulled_clients "
      "ORDER BY ord";
const char* const kInsertCases
    = "INSERT INTO cases(id, number, station_seq, client_seq, channel, category_code, item_code, summary, status, "
      "received_at, received_by, answer, closed_at, created_at, updated_at, visitor_name, visitor_phone, "
      "response_days, close_days, rev, due_response, due_close, paused_since) "
      "SELECT p.id, p.number, p.station_seq, k.seq, p.channel, p.category_code, p.item_code, p.summary, p.status, "
      "p.received_at, p.received_by, p.answer, p.closed_at, p.created_at, p.created_at, p.visitor_name, "
      "p.visitor_phone, p.response_days, p.close_days, p.rev, p.due_response, p.due_close, p.paused_since "
      "FROM temp.pulled_cases p JOIN clients k ON k.id = p.client_id ORDER BY p.ord";
const char* const kInsertEvents = "INSERT INTO case_events(id, case_seq, kind, actor, at, detail) "
                                  "SELECT p.id, c.seq, p.kind, p.actor, p.at, p.detail "
                                  "FROM temp.pulled_events p JOIN cases c ON c.id = p.case_id ORDER BY p.ord";
const char* const kClientSeqs
    = "SELECT p.ord, k.seq FROM temp.pulled_clients p JOIN clients k ON k.id = p.id ORDER BY p.ord";
const char* const kCaseSeqs = "SELECT p.ord, c.seq FROM temp.pulled_cases p JOIN cases c ON c.id = p.id ORDER BY p.ord";

// What CaseStore::insert and ClientStore::insert write as NULL.
QString orNull(const QString& s)
{
    return s.isEmpty() ? QString() : s;
}

QString dateOrNull(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

PulledRun::PulledRun(Database& db)
    : m_db(db)
    , m_statements(db.handle())
{ }

PulledRun::~PulledRun() = default;

void PulledRun::addClient(const QJsonObject& change, const Client& c)
{
    m_changes << change;
    m_ids << c.id;
    if (!c.uscc.isEmpty())
        m_usccs << c.uscc;
    m_clientAt.insert(c.id, m_clients.size());
    m_clients << c;
}

void PulledRun::addCase(const QJsonObject& change, const CaseRecord& c, qint64 stationSeq)
{
    m_changes << change;
    m_ids << c.id;
    m_cases << StagedCase { c, stationSeq, SearchTokens::forDocument(CaseStore::searchTexts(c)) };
}

void PulledRun::addEvent(const QJsonObject& change, const QString& caseId, const CaseEvent& e)
{
    m_changes << change;
    m_ids << e.id;
    m_events << StagedEvent { caseId, e };
}

const Client* PulledRun::client(const QString& id) const
{
    const auto it = m_clientAt.constFind(id);
    return it == m_clientAt.constEnd() ? nullptr : &m_clients.at(*it);
}

void PulledRun::clear()
{
    m_changes.clear();
    m_ids.clear();
    m_usccs.clear();
    m_clients.clear();
    m_clientAt.clear();
    m_cases.clear();
    m_events.clear();
}

Result<QList<Client>> PulledRun::write()
{
    Status staged = stage();
    Result<QList<Client>> written = staged ? insert() : Result<QList<Client>>(staged.error());
    if (!written) {
        // The caller rolls back to before this run, and with it perhaps the staging tables made in
        // it: they are made, and the statements prepared, afresh next time.
        m_statements.clear();
        m_staged = false;
        return written;
    }
    for (const char* empty : { kEmptyClients, kEmptyCases, kEmptyEvents })
        if (Status s = m_statements(empty).run(); !s)
            return s.error();
    return written;
}

Status PulledRun::stage()
{
    if (!m_staged) {
        if (Status s = RawSql::exec(m_db.handle(), kStaging); !s)
            return s;
        m_staged = true;
    }
    const QString now = Clock::toStorage(Clock::nowUtc());
    for (const Client& c : std::as_const(m_clients)) {
        RawStatement& client = m_statements(kStageClient);
        client.bind(1, c.id);
        client.bind(2, ClientKinds::key(c.kind));
        client.bind(3, c.name);
        client.bind(4, orNull(c.uscc));
        client.bind(5, orNull(c.contactName));
        client.bind(6, orNull(c.phone));
        client.bind(7, orNull(c.address));
        client.bind(8, Clock::toStorage(c.createdAt.isValid() ? c.createdAt : Clock::nowUtc()));
        if (Status s = client.run(); !s)
            return s;
    }
    for (const StagedCase& s : std::as_const(m_cases)) {
        const CaseRecord& c = s.c;
        RawStatement& kase = m_statements(kStageCase);
        kase.bind(1, c.id);
        kase.bind(2, c.number);
        kase.bind(3, s.stationSeq);
        kase.bind(4, c.clientId);
        kase.bind(5, Channels::key(c.channel));
        kase.bind(6, c.categoryCode);
        kase.bind(7, c.itemCode);
        kase.bind(8, c.summary);
        kase.bind(9, CaseStatuses::key(c.status));
        kase.bind(10, Clock::toStorage(c.receivedAt));
        kase.bind(11, c.receivedBy);
        kase.bind(12, orNull(c.answer));
        kase.bind(13, c.status == CaseStatus::Closed ? now : QString());
        kase.bind(14, now);
        kase.bind(15, orNull(c.visitorName));
        kase.bind(16, orNull(c.visitorPhone));
        if (c.closeDays > 0) {
            kase.bind(17, qint64(c.responseDays));
            kase.bind(18, qint64(c.closeDays));
        }
        kase.bind(19, qMax<qint64>(c.rev, 1));
        kase.bind(20, dateOrNull(c.dueResponse));
        kase.bind(21, dateOrNull(c.dueClose));
        kase.bind(22, c.pausedSince.isValid() ? Clock::toStorage(c.pausedSince) : QString());
        if (Status st = kase.run(); !st)
            return st;
    }
    for (const StagedEvent& s : std::as_const(m_events)) {
        RawStatement& event = m_statements(kStageEvent);
        event.bind(1, s.e.id);
        event.bind(2, s.caseId);
        event.bind(3, s.e.kind);
        event.bind(4, s.e.actor);
        event.bind(5, Clock::toStorage(s.e.at));
        event.bind(6, orNull(s.e.detail));
        if (Status st = event.run(); !st)
            return st;
    }
    return success();
}

Status PulledRun::insertAll(const char* sql, qsizetype expected)
{
    if (expected == 0)
        return success();
    if (Status s = m_statements(sql).run(); !s)
        return s;
    // Each staged row must land: a client or case whose seq is not found, an event whose case is
    // not, would otherwise be dropped without a word.
    const qint64 written = sqlite3_changes64(m_db.handle());
    if (written != expected)
        return Error::internal(
            QStringLiteral("a pulled run wrote %1 of %2 rows: %3").arg(written).arg(expected).arg(QLatin1String(sql)));
    return success();
}

Result<QList<Client>> PulledRun::insert()
{
    if (Status s = insertAll(kInsertClients, m_clients.size()); !s)
        return s.error();
    if (Status s = insertAll(kInsertCases, m_cases.size()); !s)
        return s.error();
    if (Status s = insertAll(kInsertEvents, m_events.size()); !s)
        return s.error();

    // The search rows, by the seqs the rows got.
    QList<Client> clients = m_clients;
    if (!clients.isEmpty()) {
        RawStatement& seqs = m_statements(kClientSeqs);
        for (Client& c : clients) {
            if (!seqs.step())
                return seqs.ok() ? Error::internal(QStringLiteral("a pulled client's seq is missing")) : seqs.error();
            c.seq = seqs.int64(1);
            const auto tokens = SearchTokens::forDocument(ClientStore::searchTexts(c));
            if (Status s = m_db.searchRows().add(m_db, "client_search", c.seq, tokens); !s)
                return s.error();
        }
        seqs.reset();
    }
    if (!m_cases.isEmpty()) {
        RawStatement& seqs = m_statements(kCaseSeqs);
        for (const StagedCase& c : std::as_const(m_cases)) {
            if (!seqs.step())
                return seqs.ok() ? Error::internal(QStringLiteral("a pulled case's seq is missing")) : seqs.error();
            if (Status s = m_db.searchRows().add(m_db, "case_search", seqs.int64(1), c.tokens); !s)
                return s.error();
        }
        seqs.reset();
    }
    return clients;
}
