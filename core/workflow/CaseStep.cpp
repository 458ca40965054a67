#include "workflow/CaseStep.h"

#include "storage/CaseStore.h"
#include "workflow/CaseActions.h"
#include "workflow/CaseClocks.h"
#include "workflow/CaseMerge.h"
#include "workflow/HandoffProgress.h"
#include "workflow/InstructionRequests.h"
#include "workflow/KnowledgeBase.h"
#include "workflow/ServiceFeedback.h"

Result<CaseRecord> CaseSteps::run(Database& db, const CaseStep& step, const Actor& actor)
{
    const QString& number = step.caseNumber;
    switch (step.kind) {
    case CaseStep::Kind::Escalate:
        return CaseActions(db).escalate(number, step.text, actor);
    case CaseStep::Kind::Close:
        return CaseActions(db).close(number, step.text, actor);
    case CaseStep::Kind::Reopen:
        return CaseActions(db).reopen(number, step.text, actor);
    case CaseStep::Kind::AskInstruction:
        return InstructionRequests(db).ask(number, step.text, step.whom, actor);
    case CaseStep::Kind::RecordInstruction:
        return InstructionRequests(db).answer(number, step.text, actor);
    case CaseStep::Kind::ClientTold:
        return HandoffProgress(db).clientTold(number, step.how, actor);
    case CaseStep::Kind::Accepted:
        return HandoffProgress(db).accepted(number, actor);
    case CaseStep::Kind::Declined:
        return HandoffProgress(db).declined(number, step.text, actor);
    case CaseStep::Kind::Returned:
        return HandoffProgress(db).returned(number, step.how, step.text, actor);
    case CaseStep::Kind::ServiceResult:
        return HandoffProgress(db).result(number, step.text, actor);
    case CaseStep::Kind::FollowUp:
        return HandoffProgress(db).followUp(number, step.text, actor);
    case CaseStep::Kind::Feedback:
        return ServiceFeedback(db).give(number, step.how, step.text, actor);
    case CaseStep::Kind::PauseClock:
        return CaseClocks(db).pause(number, step.how, step.text, actor);
    case CaseStep::Kind::ResumeClock:
        return CaseClocks(db).resume(number, step.text, actor);
    case CaseStep::Kind::AskExtension:
        return CaseClocks(db).askExtension(number, step.days, step.text, actor);
    case CaseStep::Kind::ApproveExtension:
    case CaseStep::Kind::RefuseExtension:
        return CaseClocks(db).decideExtension(
            number, step.kind == CaseStep::Kind::ApproveExtension, step.text, actor, step.how);
    case CaseStep::Kind::Urge:
        return CaseClocks(db).urge(number, step.text, actor);
    case CaseStep::Kind::ProposeKnowledge:
        if (auto proposed = KnowledgeBase::proposeCase(db, number, actor); !proposed)
            return proposed.error();
        return CaseStore::byNumber(db, number, true);
    case CaseStep::Kind::MergeDuplicate:
        return CaseMerge(db).merge(number, step.text, actor);
    }
    return Error::internal(QStringLiteral("unknown case step"));
}
