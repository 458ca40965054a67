#pragma once

#include "common/Result.h"
#include "domain/CaseClock.h"
#include "domain/Records.h"

class Database;
class WorkCalendar;

// The facts of cases' clocks (migration 22) and the due dates folded from them onto the case row.
// Writers expect the caller's transaction.
namespace ClockEventStore {
Result<bool> has(Database& db, const QString& id);
Status insert(Database& db, ClockEvent e, qint64 caseSeq);
Result<QList<ClockEvent>> forCase(Database& db, qint64 caseSeq);
// The case's clock from its received day, its limits and its facts; no limits, no clock.
Result<CaseClock> clockOf(Database& db, qint64 caseSeq, const WorkCalendar& calendar);
// The clock of a case not stored yet, with no facts: what refresh() keeps on the row that
// CaseStore::insert writes for it (which keeps limits only with a close limit).
CaseClock clockOfNew(const CaseRecord& c, const WorkCalendar& calendar);
// Folds the case's facts again and keeps the result on its row (due_response, due_close,
// paused_since), for the lists' lights and filters.
Result<CaseClock> refresh(Database& db, qint64 caseSeq, const WorkCalendar& calendar);
} // namespace ClockEventStore
