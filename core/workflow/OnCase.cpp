#include "workflow/OnCase.h"

#include "storage/CaseStore.h"
#include "storage/Transaction.h"

Status OnCase::within(Database& db, const QString& caseNumber, const std::function<Status(const CaseRecord&)>& body)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto c = CaseStore::byNumber(db, caseNumber, false);
    if (!c)
        return c.error();
    if (Status s = body(*c); !s)
        return s;
    return tx.commit();
}

Result<CaseRecord> OnCase::run(
    Database& db, const QString& caseNumber, const std::function<Status(const CaseRecord&)>& body)
{
    QString number;
    const Status done = within(db, caseNumber, [&](const CaseRecord& kase) -> Status {
        number = kase.number;
        return body(kase);
    });
    if (!done)
        return done.error();
    return CaseStore::byNumber(db, number, true);
}
