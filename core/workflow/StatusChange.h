#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// A case's move to another state (DESIGN.md §4), inside the caller's transaction: the state
// machine's check, the row, the event on the timeline, the audit entry, and the transition op
// {from, to, base_rev} that the platform applies only while the case is still `from` there (§6: a
// status change is a transition, never last-writer-wins).
namespace StatusChange {
struct Move
{
    CaseStatus to = CaseStatus::Registered;
    QString eventKind; // the timeline's word for it: "escalated", "closed", …
    QString detail; // the reason or the answer, as the timeline shows it
    QString answer; // becomes the case's answer when not empty
};
// Moves `before`, the case as the caller read it inside its transaction; NotAllowed, with the moves
// that are allowed, when the state machine refuses it.
Status apply(Database& db, const CaseRecord& before, const Move& move, const Actor& actor);
// The same for a case known by its number; returns the case as it was before the move.
Result<CaseRecord> apply(Database& db, const QString& number, const Move& move, const Actor& actor);
} // namespace StatusChange
