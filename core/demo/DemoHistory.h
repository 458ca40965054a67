#pragma once

#include "common/Result.h"

class Database;

// The past of a demo database's closed cases as a counter's would have it (issue 22: the demo had
// no notices, handoffs or instruction requests before the last days, so those report sections, the
// statistics page and their benchmarks ran on empty tables): one-time notices on about one closed
// case in nine that was not answered at once, handoffs to an agency of the item on about one in
// twelve (finished, most within their time), instructions asked on about one in a hundred, each
// with its lines on the case's timeline. Written in bulk, after DemoCounterWork (it needs the
// agencies; the notices' numbers follow on from its own). Deterministic for the same cases (but
// the outbox's op ids).
struct DemoHistorySummary
{
    qint64 notices = 0;
    qint64 handoffs = 0;
    qint64 instructions = 0;
};

namespace DemoHistory {
// `withOutbox`: the timeline lines go to the platform at the next sync, as a counter's would.
Result<DemoHistorySummary> add(Database& db, bool withOutbox = false);
} // namespace DemoHistory
