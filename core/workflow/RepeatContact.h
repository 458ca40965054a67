#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// The client asks again about a request still open (issue 21): instead of a second case, the
// contact goes on the open case's timeline ("repeat_contact": how they came and what they said),
// which is what the duplicate warning at registration offers. One transaction, synced as an event.
class RepeatContact
{
public:
    explicit RepeatContact(Database& db);
    Result<CaseRecord> record(
        const QString& caseNumber, const QString& channel, const QString& said, const Actor& actor);

private:
    Database& m_db;
};
