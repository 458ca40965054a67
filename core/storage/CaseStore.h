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
bool hasEvent(Database& db, const QString& eventId);
// The searchable texts of a case (DESIGN.md §5): number, summary, client name and USCC.
QStringList searchTexts(const CaseRecord& c);
} // namespace CaseStore
