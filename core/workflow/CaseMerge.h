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

private:
    Database& m_db;
};
