#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// 7.2.3 请示报告: a case that needs an instruction from above waits in "awaiting instruction" with the
// question and to whom it was put; the answer, when it comes, is recorded and the case returns to
// where it was. Each in one transaction with its timeline event and audit entry; supervisors find
// the open ones with the status filter (awaiting_instruction).
class InstructionRequests
{
public:
    explicit InstructionRequests(Database& db);
    Result<CaseRecord> ask(
        const QString& caseNumber, const QString& question, const QString& askedTo, const Actor& actor);
    Result<CaseRecord> answer(const QString& caseNumber, const QString& answer, const Actor& actor);

private:
    Database& m_db;
};
