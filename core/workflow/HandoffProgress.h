#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// What happens after a handoff (7.2.4, 7.3): the client told that and how the case was handed on,
// the agency accepting (the case is then in service) or declining (registered again, for another
// handoff), the agency's result, and follow-up records along the way (7.3.2). Each is one
// transaction with its timeline event and audit entry, on the case's open handoff.
class HandoffProgress
{
public:
    explicit HandoffProgress(Database& db);
    Result<CaseRecord> clientTold(const QString& caseNumber, const QString& how, const Actor& actor);
    Result<CaseRecord> accepted(const QString& caseNumber, const Actor& actor);
    Result<CaseRecord> declined(const QString& caseNumber, const QString& reason, const Actor& actor);
    // Issue 20: the agency returns the case (退回) for a reason from the fixed list (its key or its
    // words, e.g. out_of_scope or 超出服务范围) and a note; as declined(): registered again for another
    // handoff, its own clock running on.
    Result<CaseRecord> returned(
        const QString& caseNumber, const QString& reason, const QString& note, const Actor& actor);
    Result<CaseRecord> result(const QString& caseNumber, const QString& result, const Actor& actor);
    Result<CaseRecord> followUp(const QString& caseNumber, const QString& note, const Actor& actor);

private:
    Database& m_db;
};
