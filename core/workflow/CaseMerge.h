#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// 合并 (issue 21): a request registered twice is merged into the case kept. The other is closed
// with a line pointing to the kept case ("merged_into"), the kept one records what joined it
// ("merged_from"), and the other's number finds the kept case from then on (case_aliases). One
// transaction; both lines and the closing sync as the case's events and transition.
//
// The other's timeline, visits, notices and handoffs stay filed under their own case, where they
// were made and synced; the kept case's view gathers them through mergedCases(). Moving the rows
// would leave the platform's copies under the old case.
class CaseMerge
{
public:
    explicit CaseMerge(Database& db);
    Result<CaseRecord> merge(const QString& keepNumber, const QString& otherNumber, const Actor& actor);

    // The numbers of the cases merged into `caseSeq`, oldest merge first.
    static Result<QStringList> mergedCases(Database& db, qint64 caseSeq);
    // The number of the case `caseSeq` was merged into, or empty.
    static Result<QString> mergedInto(Database& db, qint64 caseSeq);
    // A merge made at another station, from one of its two lines pulled onto case `caseSeq`
    // (`kind` merged_into or merged_from, naming the other case): whichever of the two arrives when
    // both cases are here points the duplicate to the kept case, in the caller's transaction.
    static Status takeMerge(Database& db, qint64 caseSeq, const QString& kind, const QString& otherNumber);

private:
    // `otherSeq` now points to `keptSeq`, and its number (and those merged into it) find the kept case.
    static Status pointTo(Database& db, qint64 keptSeq, qint64 otherSeq, const QString& otherNumber);
    Database& m_db;
};
