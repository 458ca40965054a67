#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <functional>

class Database;

// The step every workflow on one case shares (issue 20): one write transaction, the case read by
// its number inside it, the workflow's own writes in `body` (its records, timeline line, audit
// entry, sync op), the commit, and the case read again with its timeline. A body that fails
// leaves nothing of the step behind. Permissions and the checks of the input come before it.
namespace OnCase {
Result<CaseRecord> run(Database& db, const QString& caseNumber, const std::function<Status(const CaseRecord&)>& body);
}
