#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QDate>
#include <optional>

class Database;

// Rows of cases, their event timeline and their search index. Writers expect the caller's
// transaction; validation and the rules of the workflow live in workflow/.
namespace CaseStore {
// The next number of the day for a station, counted inside the caller's write transaction, so two
// registrations at the same moment always get two numbers.
Result<int> takeSequence(Database& db, qint64 stationSeq, const QDate& day);
// Inserts the case (c.seq and c.id are filled in) and indexes it for search.
Result<CaseRecord> insert(Database& db, CaseRecord c, qint64 stationSeq, const QString& actor);
// Appends to the timeline; returns the event with its id and time filled in.
Result<CaseEvent> appendEvent(Database& db, qint64 caseSeq, CaseEvent event);
// withEvents: the timeline, starting with a "registered" entry made from the case row.
Result<CaseRecord> byNumber(Database& db, const QString& number, bool withEvents);
// The local seq of the case with this UUID, if this database holds it.
Result<std::optional<qint64>> seqOfId(Database& db, const QString& id);
// Where a case stands: its status, and the platform's revision this station last saw (1 until the
// platform has accepted a change of it).
struct State
{
    qint64 seq = 0;
    CaseStatus status = CaseStatus::Registered;
    qint64 rev = 1;
};
Result<std::optional<State>> stateOfId(Database& db, const QString& id);
// A new status (closed_at follows it); a non-empty answer replaces the stored one; the revision
// only ever grows (0 keeps it).
Status setStatus(Database& db, qint64 seq, CaseStatus status, const QString& answer, qint64 rev);
// The platform's state of the case exactly, as verification found it there (the answer too, even
// empty, and the revision even if lower): a repair of a case that went different here.
Status takePlatformState(Database& db, qint64 seq, CaseStatus status, const QString& answer, qint64 rev);
// The platform's correction of when a case was received (a device clock that ran ahead).
Status setReceivedAt(Database& db, qint64 seq, const QDateTime& receivedAt);
bool hasEvent(Database& db, const QString& eventId);
// The searchable texts of a case (DESIGN.md §5): number, summary, client name, visitor. Not the
// client's credit code: a code prefix is a range of clients(uscc) (CaseQuery; migration 27).
QStringList searchTexts(const CaseRecord& c);
// The search words of the cases matching `where` (on cases c), by seq: what case_search holds for
// them. Contentless FTS5 removes a row only given the words it was inserted with; these are the
// same, as clients are never renamed.
Result<QList<QPair<qint64, QString>>> searchWordsOf(Database& db, const QString& where);
} // namespace CaseStore
