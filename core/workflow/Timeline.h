#pragma once

#include "common/Result.h"
#include "domain/Records.h"

class Database;

// A local event on a case's timeline, with its sync op, inside the caller's transaction: every
// workflow that adds to a timeline goes through here, so none can forget to sync it.
namespace Timeline {
Result<CaseEvent> record(Database& db, qint64 caseSeq, const QString& caseId, CaseEvent event);
// The sync op of an event already on the timeline (written in bulk, as the demo's past is);
// `deviceTime` invalid: now.
Status offer(Database& db, const QString& caseId, const CaseEvent& event, const QDateTime& deviceTime = {});
} // namespace Timeline
