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
// The step without reading the case again at the end.
Status within(Database& db, const QString& caseNumber, const std::function<Status(const CaseRecord&)>& body);
Result<CaseRecord> run(Database& db, const QString& caseNumber, const std::function<Status(const CaseRecord&)>& body);

// The same step for a workflow whose result is a record of its own (a notice, a visit): what
// `body` made is returned once the transaction has committed.
template<typename T>
Result<T> make(Database& db, const QString& caseNumber, const std::function<Result<T>(const CaseRecord&)>& body)
{
    std::optional<Result<T>> made;
    const Status done = within(db, caseNumber, [&](const CaseRecord& kase) -> Status {
        made.emplace(body(kase));
        if (!*made)
            return made->error();
        return success();
    });
    if (!done)
        return done.error();
    return std::move(*made);
}
} // namespace OnCase
