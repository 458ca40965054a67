#pragma once

#include <QDate>
#include <QDateTime>

class WorkCalendar;

// 签收 (issue 20): an agency signs for a handoff within one working day of being handed it, or
// returns it. Later than that is a late sign-for on its record.
namespace SignFor {
constexpr int kWorkingDays = 1;
// The China date by which a handoff made at `handedAtUtc` is to be signed for.
QDate due(const QDateTime& handedAtUtc, const WorkCalendar& calendar);
} // namespace SignFor
