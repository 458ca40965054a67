#include "domain/ComplaintStateMachine.h"

#include <QStringList>

using S = ComplaintState;

QList<ComplaintState> ComplaintStateMachine::nextFrom(ComplaintState from, std::optional<bool> valid)
{
    switch (from) {
    case S::Received:
        return { S::Acknowledged };
    case S::Acknowledged:
    case S::Reopened:
        return { S::Assessed };
    case S::Assessed:
        if (!valid.has_value())
            return {};
        return *valid ? QList<S> { S::Investigated } : QList<S> { S::Answered };
    case S::Investigated: // forwarded to an institution, or answered when the platform itself is at fault
        return { S::Forwarded, S::Answered };
    case S::Forwarded:
        return { S::Handled };
    case S::Handled:
        return { S::Answered };
    case S::Answered:
        return { S::Closed };
    case S::Closed:
        return { S::Reopened };
    }
    return {};
}

bool ComplaintStateMachine::allows(ComplaintState from, ComplaintState to, std::optional<bool> valid)
{
    return nextFrom(from, valid).contains(to);
}

UiText ComplaintStateMachine::refusal(ComplaintState from, ComplaintState to, std::optional<bool> valid)
{
    QStringList local, english;
    for (ComplaintState next : nextFrom(from, valid)) {
        local << kComplaintStates.label(next).local;
        english << kComplaintStates.label(next).english;
    }
    return UiText::of("Complaint",
        QT_TRANSLATE_NOOP(
            "Complaint", "The complaint is %1 and cannot become %2 from there; from %1 it can become: %3."))
        .arg(kComplaintStates.label(from),
            kComplaintStates.label(to),
            UiText { local.join(QStringLiteral("、")), english.join(QStringLiteral(", ")) });
}

bool ComplaintStateMachine::needsNote(ComplaintState to)
{
    return to == S::Assessed || to == S::Investigated || to == S::Handled || to == S::Answered || to == S::Reopened;
}
