#pragma once

#include "common/Result.h"
#include "domain/Complaint.h"

#include <optional>

class Database;

// Reading complaints (migration 17). Writes belong to workflow/Complaints, which checks the rules.
namespace ComplaintStore {
// By number (TS-LN-20261129-0001) or id; with its steps.
Result<Complaint> find(Database& db, const QString& numberOrId);

struct Filter
{
    QString state; // key; empty: all
    bool openOnly = false; // not closed
    bool overdueOnly = false; // past a deadline on `today`
    QDate today;
    QDate from, to; // received, China dates; invalid: no bound
    int limit = 500;
};
// Newest first.
Result<QList<Complaint>> list(Database& db, const Filter& filter);
} // namespace ComplaintStore
