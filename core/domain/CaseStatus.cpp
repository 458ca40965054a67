#include "domain/CaseStatus.h"

#include "domain/KeyedEnum.h"

#include <QCoreApplication>

namespace {
const KeyedEnumEntry<CaseStatus> kEntries[] = {
    { CaseStatus::Registered, "registered", QT_TRANSLATE_NOOP("CaseStatus", "Registered") },
    { CaseStatus::Answered, "answered", QT_TRANSLATE_NOOP("CaseStatus", "Answered") },
    { CaseStatus::Noticed, "noticed", QT_TRANSLATE_NOOP("CaseStatus", "Notice given") },
    { CaseStatus::AwaitingInstruction,
        "awaiting_instruction",
        QT_TRANSLATE_NOOP("CaseStatus", "Awaiting instruction") },
    { CaseStatus::Escalated, "escalated", QT_TRANSLATE_NOOP("CaseStatus", "Escalated") },
    { CaseStatus::HandedOff, "handed_off", QT_TRANSLATE_NOOP("CaseStatus", "Handed off") },
    { CaseStatus::InService, "in_service", QT_TRANSLATE_NOOP("CaseStatus", "In service") },
    { CaseStatus::FeedbackGiven, "feedback_given", QT_TRANSLATE_NOOP("CaseStatus", "Feedback given") },
    { CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("CaseStatus", "Closed") },
    { CaseStatus::Reopened, "reopened", QT_TRANSLATE_NOOP("CaseStatus", "Reopened") },
};
const KeyedEnum kTable("CaseStatus", kEntries);
} // namespace

QList<CaseStatus> CaseStatuses::all()
{
    return kTable.all();
}

QString CaseStatuses::key(CaseStatus s)
{
    return kTable.key(s);
}

std::optional<CaseStatus> CaseStatuses::fromKey(const QString& key)
{
    return kTable.fromKey(key);
}

UiText CaseStatuses::label(CaseStatus s)
{
    return kTable.label(s);
}
