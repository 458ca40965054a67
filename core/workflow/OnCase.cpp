#include "workflow/OnCase.h"

#include "storage/CaseStore.h"
#include "storage/Transaction.h"

Result<CaseRecord> OnCase::run(
    Database& db, const QString& caseNumber, const std::function<Status(const CaseRecord&)>& body)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto c = CaseStore::byNumber(db, caseNumber, false);
    if (!c)
        return c.error();
    if (Status s = body(*c); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return CaseStore::byNumber(db, c->number, true);
}
