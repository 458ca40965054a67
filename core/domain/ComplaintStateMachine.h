#pragma once

#include "common/UiText.h"
#include "domain/Complaint.h"

#include <optional>

// The moves a complaint may make (7.5.3; GB/T 19012's receipt, acknowledgement, assessment,
// investigation, response, closing): one table, so every refusal is the same and says what is allowed.
// A complaint assessed as not valid goes straight to the answer that tells the complainant why; a
// valid one is investigated first.
namespace ComplaintStateMachine {
QList<ComplaintState> nextFrom(ComplaintState from, std::optional<bool> valid);
bool allows(ComplaintState from, ComplaintState to, std::optional<bool> valid);
UiText refusal(ComplaintState from, ComplaintState to, std::optional<bool> valid);
// Whether a move to `to` must say why or what (the assessment's reason, the findings, the
// institution's handling, the answer, the reason to reopen).
bool needsNote(ComplaintState to);
} // namespace ComplaintStateMachine
