#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// One step on a case as a person asks for it, from the case list's buttons or a `case` command:
// what to do, and what they gave with it. CaseSteps::run does it through its workflow, in that
// workflow's one transaction. (Notices, handoffs and visits have their own forms and workflows.)
struct CaseStep
{
    enum class Kind
    {
        Escalate, // text: why (4.3)
        Close, // text: the answer; empty keeps the case's own
        Reopen, // text: why
        AskInstruction, // text: the question; whom: of whom
        RecordInstruction, // text: the instruction received
        ClientTold, // how: paper, sms or phone (7.2.4)
        Accepted,
        Declined, // text: why the agency declined
        Returned, // how: the return reason (a key or its words); text: a note (issue 20)
        ServiceResult, // text: the agency's result
        FollowUp, // text: what was done or learned (7.3.2)
        Feedback, // how: website, phone or sms; text: what the client was told (7.4.1)
        PauseClock, // how: the reason's key (materials, testing, expert, instruction); text: a note
        ResumeClock, // text: a note
        AskExtension, // days: working days wanted; text: why
        ApproveExtension, // text: a note; how: how the applicant was told (paper, sms, phone), if yet
        RefuseExtension, // text: why; how: as for an approval
        Urge, // text: the urging note
        ProposeKnowledge, // the case's question and answer put forward as knowledge (建议入库, issue 21)
        MergeDuplicate, // text: the number of the same request registered again, merged into this case
    };
    Kind kind = Kind::Close;
    QString caseNumber = {};
    QString text = {};
    QString whom = {};
    QString how = {};
    int days = 0;
};

namespace CaseSteps {
Result<CaseRecord> run(Database& db, const CaseStep& step, const Actor& actor);
}
