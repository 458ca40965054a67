#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Visit.h"

class Database;
struct CaseRecord;
struct PreparedImage;

// 7.3.3/7.3.4: records an on-site visit, complete with the client's signature, in one transaction:
// the signature and photos (checked and scaled before the transaction, so the write lock is short),
// the record, a follow-up item on the case's timeline for each promise, the visit's own timeline
// entry and the audit entry. Nothing here needs a network: the record waits for sync like any other.
// A correction is a new record that supersedes a signed one; the signed one is never changed.
class VisitRecording
{
public:
    explicit VisitRecording(Database& db);
    Result<Visit> record(const NewVisit& input, const Actor& actor);

private:
    // Inside the step's transaction, on the case read in it.
    Result<Visit> recordOn(const CaseRecord& kase,
        Visit v,
        const PreparedImage& signature,
        const QList<PreparedImage>& photos,
        const NewVisit& input,
        const Actor& actor);

    Database& m_db;
};
