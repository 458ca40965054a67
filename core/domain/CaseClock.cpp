#include "domain/CaseClock.h"

#include "common/Clock.h"
#include "domain/KeyedEnum.h"
#include "domain/WorkCalendar.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
const KeyedEnumEntry<PauseReason> kReasons[] = {
    { PauseReason::Materials, "materials", QT_TRANSLATE_NOOP("PauseReason", "Waiting for the applicant's materials") },
    { PauseReason::Testing, "testing", QT_TRANSLATE_NOOP("PauseReason", "Inspection or testing") },
    { PauseReason::Expert, "expert", QT_TRANSLATE_NOOP("PauseReason", "Expert review") },
    { PauseReason::Instruction, "instruction", QT_TRANSLATE_NOOP("PauseReason", "Waiting for an instruction") },
};
const KeyedEnum kReasonTable("PauseReason", kReasons);

const KeyedEnumEntry<ClockLight> kLights[] = {
    { ClockLight::None, "", QT_TRANSLATE_NOOP("ClockLight", "No time limit") },
    { ClockLight::Green, "green", QT_TRANSLATE_NOOP("ClockLight", "On time") },
    { ClockLight::Amber, "amber", QT_TRANSLATE_NOOP("ClockLight", "Due soon") },
    { ClockLight::Red, "red", QT_TRANSLATE_NOOP("ClockLight", "Overdue") },
    { ClockLight::Paused, "paused", QT_TRANSLATE_NOOP("ClockLight", "Clock paused") },
};
const KeyedEnum kLightTable("ClockLight", kLights);
} // namespace

QList<PauseReason> PauseReasons::all()
{
    return kReasonTable.all();
}

QString PauseReasons::key(PauseReason r)
{
    return kReasonTable.key(r);
}

std::optional<PauseReason> PauseReasons::fromKey(const QString& key)
{
    return kReasonTable.fromKey(key);
}

UiText PauseReasons::label(PauseReason r)
{
    return kReasonTable.label(r);
}

QString PauseReasons::chinese(PauseReason r)
{
    switch (r) {
    case PauseReason::Materials:
        return QStringLiteral("等待补正材料");
    case PauseReason::Testing:
        return QStringLiteral("检验检测");
    case PauseReason::Expert:
        return QStringLiteral("专家评审");
    case PauseReason::Instruction:
        return QStringLiteral("请示待复");
    }
    return {};
}

QString ClockLights::key(ClockLight l)
{
    return kLightTable.key(l);
}

UiText ClockLights::label(ClockLight l)
{
    return kLightTable.label(l);
}

std::optional<ClockEvent> CaseClock::pendingExtension() const
{
    for (const ClockEvent& asked : extensions)
        if (std::none_of(decisions.cbegin(), decisions.cend(), [&](const ClockEvent& d) { return d.ref == asked.id; }))
            return asked;
    return std::nullopt;
}

ClockLight CaseClock::light(bool open, const QDate& today, const WorkCalendar& calendar) const
{
    return light(open, dueClose, isPaused(), today, calendar);
}

ClockLight CaseClock::light(
    bool open, const QDate& dueClose, bool paused, const QDate& today, const WorkCalendar& calendar)
{
    return light(open, dueClose, paused, today, calendar.addWorkingDays(today, kDueSoonDays));
}

ClockLight CaseClock::light(bool open, const QDate& dueClose, bool paused, const QDate& today, const QDate& dueSoonBy)
{
    if (!open || !dueClose.isValid())
        return ClockLight::None;
    if (paused)
        return ClockLight::Paused;
    if (today > dueClose)
        return ClockLight::Red;
    return dueClose <= dueSoonBy ? ClockLight::Amber : ClockLight::Green;
}

CaseClock CaseClock::fold(
    const QDate& received, int responseDays, int closeDays, QList<ClockEvent> events, const WorkCalendar& calendar)
{
    CaseClock c;
    if (!received.isValid() || closeDays <= 0)
        return c;
    c.dueResponse = calendar.addWorkingDays(received, std::max(responseDays, 1));
    c.dueClose = calendar.addWorkingDays(received, closeDays);
    std::sort(events.begin(), events.end(), [](const ClockEvent& a, const ClockEvent& b) {
        // A resume and a decision made in the same instant as what they answer come after it.
        auto rank = [](const ClockEvent& e) {
            return e.kind == QLatin1String("resume") || e.kind == QLatin1String("extension_approved")
                    || e.kind == QLatin1String("extension_refused")
                ? 1
                : 0;
        };
        if (a.at != b.at)
            return a.at < b.at;
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.id < b.id;
    });
    for (const ClockEvent& e : events) {
        if (e.kind == QLatin1String("pause") && !c.isPaused()) {
            c.pausedSince = e.at;
            c.pauseReason = e.reason;
            c.pauses << e;
        } else if (e.kind == QLatin1String("resume") && c.isPaused()) {
            // Working days after the day it stopped, up to and including the day it ran again: paused
            // Thursday and resumed Tuesday gives Friday, Monday and Tuesday back.
            const int days
                = std::max(0, calendar.workingDaysBetween(Clock::chinaDate(c.pausedSince), Clock::chinaDate(e.at)));
            c.pausedWorkingDays += days;
            c.dueClose = calendar.addWorkingDays(c.dueClose, days);
            c.pausedSince = {};
            c.pauseReason.clear();
        } else if (e.kind == QLatin1String("extension_asked")) {
            c.extensions << e;
        } else if (e.kind == QLatin1String("extension_approved") || e.kind == QLatin1String("extension_refused")) {
            // The first decision on a request counts, whenever the request itself is dated: the
            // clocks of the station that asked and of the one that decided need not agree. Days
            // added to a due date add up in any order, so pauses before or after do not matter.
            const auto asked = std::find_if(events.cbegin(), events.cend(), [&](const ClockEvent& a) {
                return a.id == e.ref && a.kind == QLatin1String("extension_asked");
            });
            const bool decided = std::any_of(
                c.decisions.cbegin(), c.decisions.cend(), [&](const ClockEvent& d) { return d.ref == e.ref; });
            if (asked == events.cend() || decided)
                continue;
            c.decisions << e;
            if (e.kind == QLatin1String("extension_approved"))
                c.dueClose = calendar.addWorkingDays(c.dueClose, asked->days);
        } else if (e.kind == QLatin1String("urged")) {
            c.urgings << e;
        }
    }
    return c;
}
