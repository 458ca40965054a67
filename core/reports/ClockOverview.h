#pragma once

#include "common/Result.h"

#include <QDate>

class Database;
class WorkCalendar;

// Issue 20: every open case with a clock by its light, now: the supervisor's view of how the
// station stands. Through the case list's own filters and their indexes, so it is the same count
// the list shows under each view.
struct ClockOverview
{
    qint64 green = 0;
    qint64 amber = 0;
    qint64 red = 0;
    qint64 paused = 0;

    static Result<ClockOverview> count(Database& db, const QDate& today, const WorkCalendar& calendar);
};
