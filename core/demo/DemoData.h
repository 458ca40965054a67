#pragma once

#include "common/Result.h"
#include "domain/Catalog.h"

#include <QDate>
#include <functional>

class Database;

// Realistic, deterministic data for trying the program, tests and benchmarks: Liuzhou enterprises
// with valid unified social credit codes, persons, and cases spread over five years of working days
// in plausible proportions of categories and channels. The same seed and end day give the same data.
// Demo data stays local: it writes no sync ops, so a demo file never floods the city platform,
// unless `withOutbox` asks for them (sync benchmarks), as if each record had been registered by hand.
struct DemoOptions
{
    int cases = 1000;
    quint64 seed = 1;
    QDate until; // the last day with cases; defaults to today (China time)
    int years = 5;
    bool withOutbox = false;
};

struct DemoSummary
{
    int clients = 0;
    int cases = 0;
};

namespace DemoData {
Result<DemoSummary> generate(Database& db,
    const Catalog& catalog,
    const DemoOptions& options,
    const std::function<void(int done, int total)>& progress = {});

// The demo accounts of README "Demo accounts", one per role, all with kDemoPassword; only on a
// station that has no account yet. Returns how many were made.
inline constexpr const char* kDemoPassword = "qsdesk-demo";
Result<int> createAccounts(Database& db);
} // namespace DemoData
