#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Catalog;
class Database;
class WorkCalendar;

// 7.2.4 交接: the case goes to a service agency or expert team with a deadline in working days
// (the catalog item's usual limit, or another with a reason), in one transaction: the handoff, the
// case's deadline and status, its timeline event, the audit entry and the sync op. An agency that is
// not offered for the item (out of scope, or no valid qualification) needs a reason, recorded.
struct HandoffRequest
{
    QString caseNumber {};
    QString agencyId {};
    int dueDays = 0; // 0: the item's usual limit
    QString dueReason {}; // required when dueDays differs from the usual limit
    QString overrideReason {}; // required for an agency not offered for the item
};

class Handoff
{
public:
    Handoff(Database& db, const Catalog& catalog, const WorkCalendar& calendar);
    Result<CaseRecord> handOff(const HandoffRequest& request, const Actor& actor);

private:
    Database& m_db;
    const Catalog& m_catalog;
    const WorkCalendar& m_calendar;
};
