#pragma once

#include "domain/KeyedEnum.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <optional>

// What happens once the service ends (7.4, 8): feedback to the client, return visits with the
// client's ratings, evaluation records and improvement plans. Each enum is stored by its key and
// shown by its translated label (domain/KeyedEnum.h).

// 7.4.1: how the client was told the service has ended.
enum class FeedbackChannel
{
    Website,
    Phone,
    Sms,
};
inline const KeyedEnumEntry<FeedbackChannel> kFeedbackChannelEntries[] = {
    { FeedbackChannel::Website, "website", QT_TRANSLATE_NOOP("AfterService", "Platform website") },
    { FeedbackChannel::Phone, "phone", QT_TRANSLATE_NOOP("AfterService", "Telephone") },
    { FeedbackChannel::Sms, "sms", QT_TRANSLATE_NOOP("AfterService", "SMS") },
};
inline const KeyedEnum kFeedbackChannels("AfterService", kFeedbackChannelEntries);

// 7.4.2: on site or by phone.
enum class ReturnVisitMethod
{
    Onsite,
    Phone,
};
inline const KeyedEnumEntry<ReturnVisitMethod> kReturnVisitMethodEntries[] = {
    { ReturnVisitMethod::Onsite, "onsite", QT_TRANSLATE_NOOP("AfterService", "On site") },
    { ReturnVisitMethod::Phone, "phone", QT_TRANSLATE_NOOP("AfterService", "By phone") },
};
inline const KeyedEnum kReturnVisitMethods("AfterService", kReturnVisitMethodEntries);

// 8.1.1: the four things the client rates.
enum class Dimension
{
    Matching, // 服务需求匹配程度
    Level, // 服务水平
    Attitude, // 服务态度
    ComplaintHandling, // 投诉处理
};
inline const KeyedEnumEntry<Dimension> kDimensionEntries[] = {
    { Dimension::Matching, "matching", QT_TRANSLATE_NOOP("AfterService", "Match with the need") },
    { Dimension::Level, "level", QT_TRANSLATE_NOOP("AfterService", "Service level") },
    { Dimension::Attitude, "attitude", QT_TRANSLATE_NOOP("AfterService", "Service attitude") },
    { Dimension::ComplaintHandling, "complaint", QT_TRANSLATE_NOOP("AfterService", "Complaint handling") },
};
inline const KeyedEnum kDimensions("AfterService", kDimensionEntries);
inline constexpr std::array<Dimension, 4> kAllDimensions
    = { Dimension::Matching, Dimension::Level, Dimension::Attitude, Dimension::ComplaintHandling };

// The usual five levels, 5 (very satisfied) down to 1.
namespace Satisfaction {
UiText label(int rating); // 5 -> 非常满意 / Very satisfied
inline bool isSatisfied(int rating)
{
    return rating >= 4; // 满意 or 非常满意: the share the reports give
}
} // namespace Satisfaction

struct ReturnVisit
{
    QString id;
    QString caseNumber;
    ReturnVisitMethod method = ReturnVisitMethod::Phone;
    QDateTime visitedAt;
    QString visitedBy; // login
    QString contact;
    QString clientSaid;
    std::array<std::optional<int>, 4> ratings; // by Dimension; complaint handling may be unset
    QString comment;
    QString supersedes;
};

// As typed: the ratings 1-5, complaint handling 0 when the client did not complain.
struct NewReturnVisit
{
    QString caseNumber;
    QString method; // key
    QDateTime visitedAt; // invalid: now
    QString contact;
    QString clientSaid;
    int matching = 0, level = 0, attitude = 0, complaintHandling = 0;
    QString comment;
    QString corrects; // the id of the return visit this one corrects
};

// 8.1.2: the three kinds of evaluation.
enum class EvaluationKind
{
    Self,
    Client,
    ThirdParty,
};
inline const KeyedEnumEntry<EvaluationKind> kEvaluationKindEntries[] = {
    { EvaluationKind::Self, "self", QT_TRANSLATE_NOOP("AfterService", "Self-evaluation") },
    { EvaluationKind::Client, "client", QT_TRANSLATE_NOOP("AfterService", "Client satisfaction evaluation") },
    { EvaluationKind::ThirdParty, "third_party", QT_TRANSLATE_NOOP("AfterService", "Third-party evaluation") },
};
inline const KeyedEnum kEvaluationKinds("AfterService", kEvaluationKindEntries);

// 8.2: where an improvement plan stands.
enum class PlanStatus
{
    Planned,
    InProgress,
    Done,
    Reviewed,
};
inline const KeyedEnumEntry<PlanStatus> kPlanStatusEntries[] = {
    { PlanStatus::Planned, "planned", QT_TRANSLATE_NOOP("AfterService", "Planned") },
    { PlanStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("AfterService", "In progress") },
    { PlanStatus::Done, "done", QT_TRANSLATE_NOOP("AfterService", "Done") },
    { PlanStatus::Reviewed, "reviewed", QT_TRANSLATE_NOOP("AfterService", "Reviewed") },
};
inline const KeyedEnum kPlanStatuses("AfterService", kPlanStatusEntries);
