#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <functional>

// Fixes (or shifts) Clock::nowUtc() for as long as it lives, and restores the real clock when it
// goes out of scope, also when a REQUIRE fails and unwinds the test. Nest them as scopes: the inner
// one restores what the outer one had set.
class ClockOverride
{
public:
    explicit ClockOverride(const QDateTime& instant) { set(instant); }
    explicit ClockOverride(std::function<QDateTime()> now) { set(std::move(now)); }
    ClockOverride(const ClockOverride&) = delete;
    ClockOverride& operator=(const ClockOverride&) = delete;
    ~ClockOverride() { reset(); }

    // The same clock, moved to another instant (or another function of the real time).
    void set(const QDateTime& instant)
    {
        const QDateTime utc = instant.toUTC();
        set([utc] { return utc; });
    }
    void set(std::function<QDateTime()> now)
    {
        if (!m_installed) {
            m_previous = current();
            m_installed = true;
        }
        current() = now;
        Clock::setForTesting(std::move(now));
    }

    // Back to what was before this override (the real clock), before it goes out of scope.
    void reset()
    {
        current() = m_previous;
        Clock::setForTesting(m_previous);
    }

    // The real time shifted by some days: "a month ago", without fixing the instant.
    static std::function<QDateTime()> shiftedDays(qint64 days)
    {
        return [days] { return QDateTime::currentDateTimeUtc().addDays(days); };
    }

private:
    // What the innermost live override has set, so a nested one can put it back.
    static std::function<QDateTime()>& current()
    {
        static std::function<QDateTime()> fn;
        return fn;
    }

    std::function<QDateTime()> m_previous;
    bool m_installed = false;
};
