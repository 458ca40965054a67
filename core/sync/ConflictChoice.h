#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

class Database;

// Settling a status change the platform answered with a conflict (two people moved the same case
// from the same revision; DESIGN.md §6), by a person who may resolve sync problems and has seen
// both sides (sync attention list, 需处理的记录). One transaction with its timeline event and audit
// entry; the choice reaches the platform and every station at the next sync.
namespace ConflictChoice {
enum class Keep
{
    Platform, // the case stays as the platform has it
    Mine, // this station's change is made again on top of the platform's state
};
// Keeping this station's change: when the case is in the same state on the platform (two closes,
// two answers) this station's answer replaces the platform's, compare-and-set on the platform's
// revision (an `answer` op); otherwise this station's move is made from where the case stands now,
// if the state machine allows it (NotAllowed, naming the state, if not). NotFound when the item was
// already dealt with or is not a conflict.
Status settle(Database& db, qint64 outboxSeq, Keep keep, const Actor& actor);
} // namespace ConflictChoice
