#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QDate>
#include <optional>

class Database;

// What the case list shows: search text and filters. Empty members do not filter.
struct CaseFilter
{
    QString text; // a case-number prefix, or words in number, summary, client name, USCC
    std::optional<CaseStatus> status;
    QString catalogCode; // a category (5.2) or an item (5.2.2)
    std::optional<Channel> channel;
    QDate from; // received on or after this day (China time)
    QDate to; // received on or before this day
    qint64 clientSeq = 0;
    QString exactNumber;
    QDate dueBy; // handed-off cases due on or before this day ("today" and overdue views)
    // Issue 20, the case's own clock: open cases running and due to close on or before this day;
    // open cases whose clock is paused; cases urged at or before this time.
    QDate closeDueBy;
    bool pausedOnly = false;
    QDateTime urgedBy;

    bool operator==(const CaseFilter& o) const;
    bool operator!=(const CaseFilter& o) const { return !(*this == o); }
};

// Reads cases newest first (by seq, the local order of registration) without ever scanning the
// table: search goes through the FTS5 index, a case number through its unique index, filters through
// their (column, seq) indexes, and pages continue from a key instead of a growing OFFSET.
namespace CaseQuery {
// A statement as it is run, so benchmarks can run the very same SQL in the sqlite3 shell.
struct Statement
{
    QString sql;
    QVariantList binds;
    QString withLiterals() const; // the SQL with its binds written in as SQL literals
};
// With `db`, a credit-code prefix takes the plan its number of cases calls for (CodePrefix).
Statement pageStatement(const CaseFilter& filter, qint64 beforeSeq, int limit, Database* db = nullptr);
// What a count runs where no bitmap stands for its conditions (a number, a credit code, due dates);
// the others are counted from storage/CaseBits.
Statement countStatement(const CaseFilter& filter);

Result<QList<CaseRecord>> page(Database& db, const CaseFilter& filter, qint64 beforeSeq, int limit);
// For a jump into the middle of a long list, where no neighbouring key is known yet.
Result<QList<CaseRecord>> pageAt(Database& db, const CaseFilter& filter, qint64 offset, int limit);
Result<qint64> count(Database& db, const CaseFilter& filter);
} // namespace CaseQuery
