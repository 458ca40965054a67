#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Catalog.h"
#include "domain/Records.h"

class Database;

// A clerk takes an online request off the 待受理 list (issue 23, 7.2): accepted, it becomes a case
// registered here as any other (channel 平台网站, the enterprise as client, found by its credit code
// or added; the clerk its 经办人; the station's usual numbering; received when the applicant sent
// it); returned, the applicant sees the reason at the status look-up. Either is one transaction, and
// reaches the platform at the next sync. Only the station it was routed to takes it.
class OnlineIntake
{
public:
    OnlineIntake(Database& db, const Catalog& catalog);
    Result<CaseRecord> accept(const QString& requestNumber, const Actor& clerk);
    Status giveBack(const QString& requestNumber, const QString& reason, const Actor& clerk);

private:
    Database& m_db;
    const Catalog& m_catalog;
};
