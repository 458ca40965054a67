#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"
#include "workflow/StatusChange.h"

class Database;

// What staff do to a registered case that is not a document or a handoff: escalate it to the city
// platform (4.3), close it with an answer (7.2.2), reopen it. Each is one transaction through
// StatusChange; a refused one says why and changes nothing.
class CaseActions
{
public:
    explicit CaseActions(Database& db);
    // 4.3: a county, district or park station passes the case to the city platform, with a reason.
    Result<CaseRecord> escalate(const QString& number, const QString& reason, const Actor& actor);
    // 7.2.2: the answer is required unless the case has one already.
    Result<CaseRecord> close(const QString& number, const QString& answer, const Actor& actor);
    Result<CaseRecord> reopen(const QString& number, const QString& reason, const Actor& actor);

private:
    Result<CaseRecord> move(const QString& number, const StatusChange::Move& move, const Actor& actor);

    Database& m_db;
};
