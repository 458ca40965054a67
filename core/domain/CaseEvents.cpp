#include "domain/CaseEvents.h"

#include "domain/Actor.h"
#include "domain/Knowledge.h"

namespace {
struct Kind
{
    const char* key;
    const char* label;
};
const Kind kKinds[] = {
    { "registered", QT_TRANSLATE_NOOP("CaseEvents", "Registered") },
    { "answered", QT_TRANSLATE_NOOP("CaseEvents", "Answered on the spot and closed") },
    { "interim_answer", QT_TRANSLATE_NOOP("CaseEvents", "Interim answer") },
    { "dispatched", QT_TRANSLATE_NOOP("CaseEvents", "Dispatched to station") },
    { "closed", QT_TRANSLATE_NOOP("CaseEvents", "Closed") },
    { "escalated", QT_TRANSLATE_NOOP("CaseEvents", "Escalated to the city platform") },
    { "reopened", QT_TRANSLATE_NOOP("CaseEvents", "Reopened") },
    { "handed_off", QT_TRANSLATE_NOOP("CaseEvents", "Handed off to a service agency") },
    { "noticed", QT_TRANSLATE_NOOP("CaseEvents", "One-time notice given") },
    { "notice_delivered", QT_TRANSLATE_NOOP("CaseEvents", "Notice delivered") },
    { "instruction_requested", QT_TRANSLATE_NOOP("CaseEvents", "Instruction requested") },
    { "instruction_received", QT_TRANSLATE_NOOP("CaseEvents", "Instruction received") },
    { "client_told", QT_TRANSLATE_NOOP("CaseEvents", "Client told of the handoff") },
    { "handoff_accepted", QT_TRANSLATE_NOOP("CaseEvents", "Accepted by the agency") },
    { "handoff_declined", QT_TRANSLATE_NOOP("CaseEvents", "Declined by the agency") },
    { "service_result", QT_TRANSLATE_NOOP("CaseEvents", "Service result") },
    { "follow_up", QT_TRANSLATE_NOOP("CaseEvents", "Follow-up") },
    { "visit", QT_TRANSLATE_NOOP("CaseEvents", "On-site visit") },
    { "follow_up_promised", QT_TRANSLATE_NOOP("CaseEvents", "Follow-up promised") },
    { "conflict_settled", QT_TRANSLATE_NOOP("CaseEvents", "Conflicting changes settled") },
    { "feedback", QT_TRANSLATE_NOOP("CaseEvents", "Feedback to the client") },
    { "return_visit", QT_TRANSLATE_NOOP("CaseEvents", "Return visit") },
    { "clock_paused", QT_TRANSLATE_NOOP("CaseEvents", "Clock paused") },
    { "clock_resumed", QT_TRANSLATE_NOOP("CaseEvents", "Clock running again") },
    { "extension_asked", QT_TRANSLATE_NOOP("CaseEvents", "Extension asked for") },
    { "extension_approved", QT_TRANSLATE_NOOP("CaseEvents", "Extension approved") },
    { "extension_refused", QT_TRANSLATE_NOOP("CaseEvents", "Extension refused") },
    { "urged", QT_TRANSLATE_NOOP("CaseEvents", "Urged by a supervisor") },
    { "repeat_contact", QT_TRANSLATE_NOOP("CaseEvents", "The client asked again") },
    { "merged_into", QT_TRANSLATE_NOOP("CaseEvents", "Merged into another case") },
    { "merged_from", QT_TRANSLATE_NOOP("CaseEvents", "A duplicate request merged into this case") },
    { "knowledge_used", QT_TRANSLATE_NOOP("CaseEvents", "Answer taken from the knowledge base") },
};
} // namespace

UiText CaseEvents::label(const QString& kind)
{
    for (const Kind& k : kKinds)
        if (kind == QLatin1String(k.key))
            return UiText::of("CaseEvents", k.label);
    return UiText::verbatim(kind);
}

QString CaseEvents::detail(const CaseEvent& e)
{
    if (e.kind == QLatin1String("knowledge_used")) {
        const auto use = KnowledgeUse::fromDetail(e.detail);
        if (!use)
            return e.detail;
        return UiText::of("CaseEvents",
            use->edited ? QT_TRANSLATE_NOOP("CaseEvents", "%1, version %2, answer changed by the clerk")
                        : QT_TRANSLATE_NOOP("CaseEvents", "%1, version %2, answer as the entry gives it"))
            .arg(use->entryNumber, QString::number(use->version))
            .local;
    }
    // Stored as "<notice number or agency> <way>" (OneTimeNotice, HandoffProgress): the way is a key.
    if (e.kind != QLatin1String("notice_delivered") && e.kind != QLatin1String("client_told"))
        return e.detail;
    const qsizetype space = e.detail.lastIndexOf(QLatin1Char(' '));
    const auto way = kDeliveryWays.fromKey(e.detail.mid(space + 1));
    if (!way)
        return e.detail;
    const QString label = kDeliveryWays.label(*way).local;
    return space < 0 ? label : e.detail.left(space) + QLatin1Char(' ') + label;
}

QString CaseEvents::staff(const QHash<QString, QString>& names, const QString& login)
{
    return names.value(login, Actor::shown(login));
}
