#pragma once

#include "common/Result.h"
#include "domain/Records.h"

class Database;

// A local event on a case's timeline, with its sync op, inside the caller's transaction: every
// workflow that adds to a timeline goes through here, so none can forget to sync it.
namespace Timeline {
Result<CaseEvent> record(Database& db, qint64 caseSeq, const QString& caseId, CaseEvent event);
}
