#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <functional>

// The one place "now" comes from, so tests can fix the time. Times are stored as UTC ISO-8601 and
// shown in China Standard Time (DESIGN.md §5).
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate chinaToday(); // today's date in China, whatever the machine's time zone
    // Tests only, through tests/support/ClockOverride.h (which resets it however the test ends).
    // Thread-safe: worker threads read the clock. Pass {} to restore the real clock.
    static void setForTesting(std::function<QDateTime()> now);

    static QString toStorage(const QDateTime& t); // "2026-11-24T02:15:30.123Z"
    static QDateTime fromStorage(const QString& s);
    static QTimeZone chinaZone();
    static QDate chinaDate(const QDateTime& t); // the calendar day in China, e.g. for case numbers
    static QString displayDateTime(const QDateTime& t); // "2026-11-24 10:15", China time
};
