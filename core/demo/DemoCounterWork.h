#pragma once

#include "common/Result.h"

class Catalog;
class Database;
class WorkCalendar;

// The rest of a counter's work on a demo database, done through the real workflows so every
// record is as the program makes it: the city's service agencies and expert teams (one whose
// qualification runs out soon, one whose has run out), one-time notices and handoffs on recent
// open cases, some of them accepted or delivered. Without `withOutbox` the sync ops they wrote are
// dropped again, as for the rest of the demo data. Deterministic for the same cases.
struct DemoCounterSummary
{
    int agencies = 0;
    int notices = 0;
    int handoffs = 0;
};

namespace DemoCounterWork {
Result<DemoCounterSummary> add(Database& db, const Catalog& catalog, const WorkCalendar& calendar, bool withOutbox);
}
