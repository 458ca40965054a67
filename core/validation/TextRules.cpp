#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

UiText Fields::label(const QString& field)
{
    struct Label
    {
        const char* field;
        const char* text;
    };
    static const Label labels[] = {
        { "uscc", QT_TRANSLATE_NOOP("Field", "Unified social credit code") },
        { "name", QT_TRANSLATE_NOOP("Field", "Name") },
        { "client", QT_TRANSLATE_NOOP("Field", "Client") },
        { "contact", QT_TRANSLATE_NOOP("Field", "Contact person") },
        { "phone", QT_TRANSLATE_NOOP("Field", "Phone") },
        { "visitor_name", QT_TRANSLATE_NOOP("Field", "Visitor") },
        { "visitor_phone", QT_TRANSLATE_NOOP("Field", "Visitor's phone") },
        { "address", QT_TRANSLATE_NOOP("Field", "Address") },
        { "email", QT_TRANSLATE_NOOP("Field", "E-mail") },
        { "district", QT_TRANSLATE_NOOP("Field", "District or county") },
        { "query_code", QT_TRANSLATE_NOOP("Field", "Query code") },
        { "channel", QT_TRANSLATE_NOOP("Field", "Channel") },
        { "item", QT_TRANSLATE_NOOP("Field", "Service item") },
        { "summary", QT_TRANSLATE_NOOP("Field", "Request summary") },
        { "answer", QT_TRANSLATE_NOOP("Field", "Answer") },
        { "received_at", QT_TRANSLATE_NOOP("Field", "Time received") },
        { "city", QT_TRANSLATE_NOOP("Field", "City code") },
        { "station", QT_TRANSLATE_NOOP("Field", "Station code") },
        { "station_name", QT_TRANSLATE_NOOP("Field", "Station name") },
        { "level", QT_TRANSLATE_NOOP("Field", "Station level") },
        { "status", QT_TRANSLATE_NOOP("Field", "Status") },
        { "search", QT_TRANSLATE_NOOP("Field", "Search text") },
        { "date", QT_TRANSLATE_NOOP("Field", "Date") },
        { "limit", QT_TRANSLATE_NOOP("Field", "Limit") },
        { "reason", QT_TRANSLATE_NOOP("Field", "Reason") },
        { "days", QT_TRANSLATE_NOOP("Field", "Working days") },
        { "holidays", QT_TRANSLATE_NOOP("Field", "Holiday calendar") },
        { "kind", QT_TRANSLATE_NOOP("Field", "Kind") },
        { "capability", QT_TRANSLATE_NOOP("Field", "Technical capability") },
        { "items", QT_TRANSLATE_NOOP("Field", "Service items") },
        { "qualification", QT_TRANSLATE_NOOP("Field", "Qualification") },
        { "agency", QT_TRANSLATE_NOOP("Field", "Service agency") },
        { "notice_item", QT_TRANSLATE_NOOP("Field", "Notice item") },
        { "notice_reason", QT_TRANSLATE_NOOP("Field", "Why it cannot be done now") },
        { "notice_next", QT_TRANSLATE_NOOP("Field", "Next step") },
        { "notice_contact", QT_TRANSLATE_NOOP("Field", "Where and whom to contact") },
        { "deadline", QT_TRANSLATE_NOOP("Field", "Deadline") },
        { "repeat_reason", QT_TRANSLATE_NOOP("Field", "Reason for a second notice") },
        { "delivered_how", QT_TRANSLATE_NOOP("Field", "Delivered how") },
        { "applicant_told", QT_TRANSLATE_NOOP("Field", "How the applicant was told") },
        { "question", QT_TRANSLATE_NOOP("Field", "Question") },
        { "kb_question", QT_TRANSLATE_NOOP("Field", "Knowledge question") },
        { "kb_answer", QT_TRANSLATE_NOOP("Field", "Knowledge answer") },
        { "kb_basis", QT_TRANSLATE_NOOP("Field", "Basis (law, standard or rule, with its number and date)") },
        { "kb_entry", QT_TRANSLATE_NOOP("Field", "Knowledge entry") },
        { "valid_from", QT_TRANSLATE_NOOP("Field", "Valid from") },
        { "valid_to", QT_TRANSLATE_NOOP("Field", "Valid to") },
        { "retire_reason", QT_TRANSLATE_NOOP("Field", "Reason for retiring") },
        { "merge", QT_TRANSLATE_NOOP("Field", "Cases to merge") },
        { "asked_to", QT_TRANSLATE_NOOP("Field", "Asked to") },
        { "instruction", QT_TRANSLATE_NOOP("Field", "Instruction") },
        { "result", QT_TRANSLATE_NOOP("Field", "Result") },
        { "follow_up", QT_TRANSLATE_NOOP("Field", "Follow-up record") },
        { "place", QT_TRANSLATE_NOOP("Field", "Place") },
        { "staff", QT_TRANSLATE_NOOP("Field", "Staff present") },
        { "client_people", QT_TRANSLATE_NOOP("Field", "Client's people present") },
        { "answers", QT_TRANSLATE_NOOP("Field", "Answered on the spot") },
        { "materials", QT_TRANSLATE_NOOP("Field", "Materials collected") },
        { "signer", QT_TRANSLATE_NOOP("Field", "Signer's name") },
        { "pause_reason", QT_TRANSLATE_NOOP("Field", "Reason for pausing the clock") },
        { "pause_note", QT_TRANSLATE_NOOP("Field", "Note on the pause") },
        { "extension_days", QT_TRANSLATE_NOOP("Field", "Working days of the extension") },
        { "extension_reason", QT_TRANSLATE_NOOP("Field", "Reason for the extension") },
        { "urge_note", QT_TRANSLATE_NOOP("Field", "Urging note") },
        { "return_reason", QT_TRANSLATE_NOOP("Field", "Reason for returning the case") },
        { "response_days", QT_TRANSLATE_NOOP("Field", "Working days to a first response") },
        { "close_days", QT_TRANSLATE_NOOP("Field", "Working days to close") },
        { "signature", QT_TRANSLATE_NOOP("Field", "Signature") },
        { "photo", QT_TRANSLATE_NOOP("Field", "Photo") },
        { "visited_at", QT_TRANSLATE_NOOP("Field", "Time of the visit") },
        { "due_days", QT_TRANSLATE_NOOP("Field", "Time limit (working days)") },
        { "override", QT_TRANSLATE_NOOP("Field", "Reason for choosing an agency without a valid qualification") },
        { "feedback_channel", QT_TRANSLATE_NOOP("Field", "Feedback channel") },
        { "feedback", QT_TRANSLATE_NOOP("Field", "Feedback") },
        { "method", QT_TRANSLATE_NOOP("Field", "Return visit method") },
        { "client_said", QT_TRANSLATE_NOOP("Field", "What the client said") },
        { "rating_matching", QT_TRANSLATE_NOOP("Field", "Rating: match with the need") },
        { "rating_level", QT_TRANSLATE_NOOP("Field", "Rating: service level") },
        { "rating_attitude", QT_TRANSLATE_NOOP("Field", "Rating: service attitude") },
        { "rating_complaint", QT_TRANSLATE_NOOP("Field", "Rating: complaint handling") },
        { "id", QT_TRANSLATE_NOOP("Field", "Record identifier") },
        { "client_id", QT_TRANSLATE_NOOP("Field", "Client of the case") },
        { "case_id", QT_TRANSLATE_NOOP("Field", "Case of the record") },
        { "number", QT_TRANSLATE_NOOP("Field", "Case number") },
        { "received_by", QT_TRANSLATE_NOOP("Field", "Received by") },
        { "created_at", QT_TRANSLATE_NOOP("Field", "Time filed") },
        { "actor", QT_TRANSLATE_NOOP("Field", "Done by") },
        { "detail", QT_TRANSLATE_NOOP("Field", "Details of the step") },
        { "at", QT_TRANSLATE_NOOP("Field", "Time of the step") },
        { "photos", QT_TRANSLATE_NOOP("Field", "Photos") },
        { "entity", QT_TRANSLATE_NOOP("Field", "Kind of record") },
        { "comment", QT_TRANSLATE_NOOP("Field", "Comment") },
        { "corrects", QT_TRANSLATE_NOOP("Field", "Return visit corrected") },
        { "complaint_channel", QT_TRANSLATE_NOOP("Field", "Complaint channel") },
        { "complainant", QT_TRANSLATE_NOOP("Field", "Complainant") },
        { "about", QT_TRANSLATE_NOOP("Field", "Complaint about") },
        { "staff_login", QT_TRANSLATE_NOOP("Field", "Staff member") },
        { "category", QT_TRANSLATE_NOOP("Field", "Complaint class") },
        { "complaint", QT_TRANSLATE_NOOP("Field", "Complaint") },
        { "case", QT_TRANSLATE_NOOP("Field", "Case") },
        { "to_state", QT_TRANSLATE_NOOP("Field", "Next step") },
        { "note", QT_TRANSLATE_NOOP("Field", "Note") },
        { "valid", QT_TRANSLATE_NOOP("Field", "Valid or not") },
        { "forwarded_to", QT_TRANSLATE_NOOP("Field", "Institution forwarded to") },
        { "evaluation_kind", QT_TRANSLATE_NOOP("Field", "Kind of evaluation") },
        { "evaluator", QT_TRANSLATE_NOOP("Field", "Evaluator") },
        { "conclusion", QT_TRANSLATE_NOOP("Field", "Conclusion") },
        { "score", QT_TRANSLATE_NOOP("Field", "Score") },
        { "report", QT_TRANSLATE_NOOP("Field", "Report file") },
        { "period", QT_TRANSLATE_NOOP("Field", "Period") },
        { "problem", QT_TRANSLATE_NOOP("Field", "Problem") },
        { "measure", QT_TRANSLATE_NOOP("Field", "Measure") },
        { "owner", QT_TRANSLATE_NOOP("Field", "Owner") },
        { "due_on", QT_TRANSLATE_NOOP("Field", "Due date") },
        { "plan_status", QT_TRANSLATE_NOOP("Field", "Plan status") },
        { "review_result", QT_TRANSLATE_NOOP("Field", "Review result") },
        { "finding", QT_TRANSLATE_NOOP("Field", "Survey finding") },
        { "share_percent", QT_TRANSLATE_NOOP("Field", "Share of closed cases to visit (%)") },
        { "within_days", QT_TRANSLATE_NOOP("Field", "Return visit within (working days)") },
        { "supervision_phone", QT_TRANSLATE_NOOP("Field", "Supervision telephone") },
        { "supervision_email", QT_TRANSLATE_NOOP("Field", "Supervision e-mail") },
    };
    for (const auto& l : labels)
        if (field == QLatin1String(l.field))
            return UiText::of("Field", l.text);
    return UiText::verbatim(field);
}

UiText Fields::invalid(const QString& field, const QString& value)
{
    return UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 \"%2\" is not valid."))
        .arg(label(field), value);
}

Status Fields::period(const QDate& from, const QDate& to)
{
    if (from.isValid() && to.isValid() && from <= to)
        return success();
    return Error::badInput(QStringLiteral("period"),
        UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Period: the first day must not be after the last.")));
}

QString TextRules::clean(const QString& text)
{
    return text.simplified();
}

int TextRules::visibleLength(const QString& text)
{
    return int(text.toUcs4().size());
}

Result<QString> TextRules::check(const QString& field, const QString& text, bool required, int maxChars)
{
    const QString cleaned = clean(text);
    if (required && cleaned.isEmpty())
        return Error::badInput(field,
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required.")).arg(Fields::label(field)));
    const int length = visibleLength(cleaned);
    if (length > maxChars)
        return Error::badInput(field,
            UiText::of(
                "Validation", QT_TRANSLATE_NOOP("Validation", "%1 is too long: %2 characters, at most %3 are allowed."))
                .arg(Fields::label(field), length, maxChars));
    return cleaned;
}
