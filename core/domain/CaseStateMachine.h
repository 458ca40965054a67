#pragma once

#include "common/UiText.h"
#include "domain/CaseStatus.h"

#include <QList>

// The moves a case may make between its states (DESIGN.md §4). Core asks it before every change of
// status, locally and on the platform for pushed transitions; an illegal move is refused with a
// reason the user reads, never ignored.
namespace CaseStateMachine {
QList<CaseStatus> nextFrom(CaseStatus from);
bool allows(CaseStatus from, CaseStatus to);
// Why from -> to is refused, with the moves that are allowed from here.
UiText refusal(CaseStatus from, CaseStatus to);
} // namespace CaseStateMachine
