#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// 7.4.1: when the service ends, the platform tells the client (website, phone or SMS) and records
// what it said. A case that may move to "feedback given" does so; on any other case (closed, say)
// the feedback is recorded on its timeline only. One transaction with its audit entry.
class ServiceFeedback
{
public:
    explicit ServiceFeedback(Database& db);
    // Returns the case as it is afterwards.
    Result<CaseRecord> give(
        const QString& caseNumber, const QString& channel, const QString& content, const Actor& actor);

private:
    Database& m_db;
};
