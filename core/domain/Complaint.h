#pragma once

#include "domain/KeyedEnum.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// A complaint about the platform's service (7.5; handled as GB/T 19012 describes): registered from
// any public channel, acknowledged, assessed as valid or not, investigated, forwarded to the
// institution responsible, its handling recorded, answered to the complainant, closed. Each enum is
// stored by its key and shown by its translated label (domain/KeyedEnum.h).

enum class ComplaintState
{
    Received,
    Acknowledged,
    Assessed, // valid or not, with the reason
    Investigated,
    Forwarded, // to the responsible institution (7.5.3)
    Handled, // the institution's handling recorded
    Answered, // the answer given to the complainant (7.5.3)
    Closed,
    Reopened,
};

inline const KeyedEnumEntry<ComplaintState> kComplaintStateEntries[] = {
    { ComplaintState::Received, "received", QT_TRANSLATE_NOOP("Complaint", "Received") },
    { ComplaintState::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("Complaint", "Acknowledged") },
    { ComplaintState::Assessed, "assessed", QT_TRANSLATE_NOOP("Complaint", "Assessed") },
    { ComplaintState::Investigated, "investigated", QT_TRANSLATE_NOOP("Complaint", "Investigated") },
    { ComplaintState::Forwarded, "forwarded", QT_TRANSLATE_NOOP("Complaint", "Forwarded to the institution") },
    { ComplaintState::Handled, "handled", QT_TRANSLATE_NOOP("Complaint", "Handled by the institution") },
    { ComplaintState::Answered, "answered", QT_TRANSLATE_NOOP("Complaint", "Complainant answered") },
    { ComplaintState::Closed, "closed", QT_TRANSLATE_NOOP("Complaint", "Closed") },
    { ComplaintState::Reopened, "reopened", QT_TRANSLATE_NOOP("Complaint", "Reopened") },
};
inline const KeyedEnum kComplaintStates("Complaint", kComplaintStateEntries);

// 7.5.2: the public channels a complaint arrives by.
enum class ComplaintChannel
{
    Phone,
    Email,
    Window,
    Website,
    Letter,
};
inline const KeyedEnumEntry<ComplaintChannel> kComplaintChannelEntries[] = {
    { ComplaintChannel::Phone, "phone", QT_TRANSLATE_NOOP("Complaint", "Telephone") },
    { ComplaintChannel::Email, "email", QT_TRANSLATE_NOOP("Complaint", "E-mail") },
    { ComplaintChannel::Window, "window", QT_TRANSLATE_NOOP("Complaint", "Counter window") },
    { ComplaintChannel::Website, "website", QT_TRANSLATE_NOOP("Complaint", "Platform website") },
    { ComplaintChannel::Letter, "letter", QT_TRANSLATE_NOOP("Complaint", "Letter") },
};
inline const KeyedEnum kComplaintChannels("Complaint", kComplaintChannelEntries);

// Whom the complaint is about.
enum class ComplaintSubject
{
    Agency, // a service agency or expert team
    Staff, // a member of the platform's staff
    Platform, // the platform as a whole
};
inline const KeyedEnumEntry<ComplaintSubject> kComplaintSubjectEntries[] = {
    { ComplaintSubject::Agency, "agency", QT_TRANSLATE_NOOP("Complaint", "A service agency") },
    { ComplaintSubject::Staff, "staff", QT_TRANSLATE_NOOP("Complaint", "A staff member") },
    { ComplaintSubject::Platform, "platform", QT_TRANSLATE_NOOP("Complaint", "The platform") },
};
inline const KeyedEnum kComplaintSubjects("Complaint", kComplaintSubjectEntries);

// 7.5.5: the classes complaints are counted by.
enum class ComplaintCategory
{
    Attitude,
    Timeliness,
    Quality,
    Fees,
    Discipline,
    Other,
};
inline const KeyedEnumEntry<ComplaintCategory> kComplaintCategoryEntries[] = {
    { ComplaintCategory::Attitude, "attitude", QT_TRANSLATE_NOOP("Complaint", "Service attitude") },
    { ComplaintCategory::Timeliness, "timeliness", QT_TRANSLATE_NOOP("Complaint", "Delay or missed deadline") },
    { ComplaintCategory::Quality, "quality", QT_TRANSLATE_NOOP("Complaint", "Quality of the service") },
    { ComplaintCategory::Fees, "fees", QT_TRANSLATE_NOOP("Complaint", "Fees and charges") },
    { ComplaintCategory::Discipline, "discipline", QT_TRANSLATE_NOOP("Complaint", "Conduct and integrity") },
    { ComplaintCategory::Other, "other", QT_TRANSLATE_NOOP("Complaint", "Other") },
};
inline const KeyedEnum kComplaintCategories("Complaint", kComplaintCategoryEntries);

struct ComplaintEvent
{
    QString from, to; // state keys; `from` empty for the registration
    QString note;
    QDateTime at;
    QString actor;
};

struct Complaint
{
    qint64 seq = 0;
    QString id;
    QString number; // TS-LN-20261129-0001
    QString stationCode;
    ComplaintChannel channel = ComplaintChannel::Phone;
    QDateTime receivedAt;
    QString receivedBy;
    QString complainant, contact;
    ComplaintSubject subject = ComplaintSubject::Platform;
    QString agencyId, agencyName; // when about an agency
    QString staffLogin; // when about a staff member
    QString caseNumber; // the linked case, if any
    ComplaintCategory category = ComplaintCategory::Other;
    QString summary;
    ComplaintState state = ComplaintState::Received;
    std::optional<bool> valid; // unset until assessed
    QString assessment, forwardedTo, institutionResult, answer;
    QDate ackDue, answerDue; // China dates (working days)
    QDateTime closedAt;
    QList<ComplaintEvent> events; // filled by byNumber

    bool answered() const { return state == ComplaintState::Answered || state == ComplaintState::Closed; }
    // Past its deadline on `today` (China date): not acknowledged after ackDue, not answered after
    // answerDue. ComplaintStore's overdue filter is the same rule in SQL.
    bool overdueOn(const QDate& today) const
    {
        return (state == ComplaintState::Received && today > ackDue) || (!answered() && today > answerDue);
    }
};

// What a clerk types for a new complaint.
struct NewComplaint
{
    QString channel; // key
    QString complainant, contact;
    QString subject; // key; empty: the agency if given, else the staff member if given, else the platform
    QString agencyId;
    QString staffLogin;
    QString caseNumber;
    QString category; // key; empty: other
    QString summary;
};

// One step of the workflow and what it needs: `note` is the reason, findings, the institution's
// handling or the answer, as the target state asks; `valid` for an assessment; `forwardedTo` names
// the institution (default: the agency complained about).
struct ComplaintStep
{
    QString to; // state key
    QString note;
    std::optional<bool> valid;
    QString forwardedTo;
    QString category; // a new class at assessment, if the first was wrong
};
