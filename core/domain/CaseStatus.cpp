#include "domain/CaseStatus.h"

#include <QCoreApplication>

namespace {
struct StatusInfo
{
    CaseStatus status;
    const char* key;
    const char* label;
};

const StatusInfo kStatuses[] = {
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

const StatusInfo& info(CaseStatus s)
{
    for (const auto& i : kStatuses)
        if (i.status == s)
            return i;
    return kStatuses[0];
}
} // namespace

QList<CaseStatus> CaseStatuses::all()
{
    QList<CaseStatus> list;
    for (const auto& i : kStatuses)
        list << i.status;
    return list;
}

QString CaseStatuses::key(CaseStatus s)
{
    return QString::fromLatin1(info(s).key);
}

std::optional<CaseStatus> CaseStatuses::fromKey(const QString& key)
{
    for (const auto& i : kStatuses)
        if (key == QLatin1String(i.key))
            return i.status;
    return std::nullopt;
}

UiText CaseStatuses::label(CaseStatus s)
{
    return UiText::of("CaseStatus", info(s).label);
}
