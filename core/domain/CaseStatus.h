#pragma once

#include "common/UiText.h"

#include <QList>
#include <QString>
#include <optional>

// The states of a case (DESIGN.md §4). Issue 2 uses Registered and Closed; the rest of the state
// machine comes with notices, handoffs and feedback.
enum class CaseStatus
{
    Registered, // 7.2.3 registered and classified, waiting for follow-up
    Answered, // 7.2.2 answered, not yet closed
    Noticed, // 7.2.3 one-time notice given
    AwaitingInstruction, // 7.2.3 needs instruction from above
    Escalated, // 4.3 passed to the city platform
    HandedOff, // 7.2.4 handed to an expert team or service agency
    InService, // 7.3
    FeedbackGiven, // 7.4.1
    Closed,
    Reopened,
};

namespace CaseStatuses {
QList<CaseStatus> all();
QString key(CaseStatus s);
std::optional<CaseStatus> fromKey(const QString& key);
UiText label(CaseStatus s);
} // namespace CaseStatuses
