#include "domain/CaseStateMachine.h"

#include <QStringList>

using S = CaseStatus;

namespace {
// Listed with the state itself where that reads more simply; staying put is not a move.
QList<CaseStatus> table(CaseStatus from)
{
    switch (from) {
    case S::Registered: // 7.2.3: registered and classified, not answered at once
    case S::Reopened:
        return { S::Answered, S::Noticed, S::AwaitingInstruction, S::Escalated, S::HandedOff, S::Closed };
    case S::Answered: // 7.2.2
        return { S::Noticed, S::Escalated, S::HandedOff, S::FeedbackGiven, S::Closed };
    case S::Noticed: // 7.2.3 one-time notice
    case S::Escalated: // 4.3
        return { S::Answered, S::Noticed, S::AwaitingInstruction, S::Escalated, S::HandedOff, S::Closed };
    case S::AwaitingInstruction: // 7.2.3 请示报告: the answer returns the case to where it was
        return { S::Registered, S::Reopened, S::Answered, S::Noticed, S::Escalated, S::HandedOff, S::Closed };
    case S::HandedOff: // 7.2.4; declined by the agency: registered again, for another handoff
        return { S::InService, S::Registered, S::Escalated, S::Closed };
    case S::InService: // 7.3
        return { S::FeedbackGiven, S::Closed };
    case S::FeedbackGiven: // 7.4.1
        return { S::Closed };
    case S::Closed:
        return { S::Reopened };
    }
    return {};
}
} // namespace

QList<CaseStatus> CaseStateMachine::nextFrom(CaseStatus from)
{
    QList<CaseStatus> next = table(from);
    next.removeAll(from);
    return next;
}

bool CaseStateMachine::allows(CaseStatus from, CaseStatus to)
{
    return nextFrom(from).contains(to);
}

UiText CaseStateMachine::refusal(CaseStatus from, CaseStatus to)
{
    // The allowed moves, each in both languages, joined the way each language lists things.
    QStringList local, english;
    for (CaseStatus next : nextFrom(from)) {
        local << CaseStatuses::label(next).local;
        english << CaseStatuses::label(next).english;
    }
    return UiText::of("Workflow",
        QT_TRANSLATE_NOOP("Workflow", "The case is %1 and cannot become %2 from there; from %1 it can become: %3."))
        .arg(CaseStatuses::label(from),
            CaseStatuses::label(to),
            UiText { local.join(QStringLiteral("、")), english.join(QStringLiteral(", ")) });
}
