#pragma once

#include "common/UiText.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class WorkCalendar;

// Why a case's clock stands still (issue 20). Paused working days do not count towards its limit:
// the applicant's 补正 after a one-time notice (Administrative Licensing Law art. 32), 检验检测 and
// 专家评审 at an agency (art. 45), or waiting for an instruction (请示).
enum class PauseReason
{
    Materials,
    Testing,
    Expert,
    Instruction,
};

namespace PauseReasons {
QList<PauseReason> all();
QString key(PauseReason r); // stored, synced and typed: materials, testing, expert, instruction
std::optional<PauseReason> fromKey(const QString& key);
UiText label(PauseReason r); // 等待补正材料 / Waiting for the applicant's materials
QString chinese(PauseReason r); // as papers print it, whatever language the program speaks
} // namespace PauseReasons

// One fact about a case's clock, kept as made and synced as it is (migration 22).
struct ClockEvent
{
    QString id;
    QString kind; // pause, resume, extension_asked, extension_approved, extension_refused, urged
    QDateTime at;
    QString actor;
    QString reason; // a pause's reason key; an extension's reason; for a decision, how the applicant was told (paper,
                    // sms, phone)
    int days = 0; // working days an extension asks for
    QString note;
    QString ref; // the extension request a decision answers; the handoff an urging is for
};

// The light a case shows in the lists and on the supervisor's page.
enum class ClockLight
{
    None, // closed, or registered before cases had clocks
    Green,
    Amber, // 即将到期: due within kDueSoonDays working days
    Red, // 已超期
    Paused,
};

// Where a case's clock stands: its limits from the day it was received, moved on by each resumed
// pause's working days and each approved extension, in the order the facts were made. Facts that
// do not apply (a resume while running, a second decision) change nothing, so two stations
// folding the same facts agree whatever order they arrived in.
struct CaseClock
{
    static constexpr int kDueSoonDays = 2;
    // A case still late this many working days after a supervisor urged it goes on the supervisor's
    // list of 督办 cases.
    static constexpr int kStillLateAfterUrgingDays = 5;

    QDate dueResponse;
    QDate dueClose;
    QDateTime pausedSince; // invalid while running
    QString pauseReason;
    int pausedWorkingDays = 0; // of the pauses ended
    QList<ClockEvent> pauses; // each pause, as made
    QList<ClockEvent> extensions; // requests, each with the decision on it in `decisions`
    QList<ClockEvent> decisions;
    QList<ClockEvent> urgings;

    bool isPaused() const { return pausedSince.isValid(); }
    bool hasLimits() const { return dueClose.isValid(); }
    // The request no supervisor has decided yet, if any.
    std::optional<ClockEvent> pendingExtension() const;
    ClockLight light(bool open, const QDate& today, const WorkCalendar& calendar) const;
    // The same light from what a case row keeps (its due date and whether it is paused).
    static ClockLight light(
        bool open, const QDate& dueClose, bool paused, const QDate& today, const WorkCalendar& calendar);
    // The same with "soon" worked out already: kDueSoonDays working days after today.
    static ClockLight light(bool open, const QDate& dueClose, bool paused, const QDate& today, const QDate& dueSoonBy);

    // `received` is the China date the case was received; `events` in any order.
    static CaseClock fold(
        const QDate& received, int responseDays, int closeDays, QList<ClockEvent> events, const WorkCalendar& calendar);
};

namespace ClockLights {
QString key(ClockLight l); // "green", "amber", "red", "paused"; empty for None
UiText label(ClockLight l); // 正常 / 即将到期 / 已超期 / 暂停计时
} // namespace ClockLights
