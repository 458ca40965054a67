#include "workflow/Handoff.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/CaseStateMachine.h"
#include "domain/Catalog.h"
#include "domain/SignFor.h"
#include "domain/WorkCalendar.h"
#include "security/Permissions.h"
#include "storage/AgencyStore.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"
#include "workflow/AgencyMatching.h"
#include "workflow/StatusChange.h"

namespace {
constexpr int kMaxDueDays = 120;
constexpr int kMaxReasonChars = 500;
} // namespace

Handoff::Handoff(Database& db, const Catalog& catalog, const WorkCalendar& calendar)
    : m_db(db)
    , m_catalog(catalog)
    , m_calendar(calendar)
{ }

Result<CaseRecord> Handoff::handOff(const HandoffRequest& request, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::HandOff); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto c = CaseStore::byNumber(m_db, request.caseNumber, false);
    if (!c)
        return c.error();
    if (!CaseStateMachine::allows(c->status, CaseStatus::HandedOff))
        return Error::notAllowed(CaseStateMachine::refusal(c->status, CaseStatus::HandedOff));
    auto agency = AgencyStore::byId(m_db, request.agencyId);
    if (!agency)
        return agency.error();
    if (!agency->has_value())
        return Error::notFound(UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "No service agency with id %1."))
                                   .arg(request.agencyId.trimmed()));
    const Agency& a = **agency;
    const QDate today = Clock::chinaDate(Clock::nowUtc());

    // The time limit: the item's usual one, or another with its reason.
    const CatalogItem* item = m_catalog.item(c->itemCode);
    const int usual = item ? item->handoffDays : CatalogItem::kDefaultHandoffDays;
    const int days = request.dueDays == 0 ? usual : request.dueDays;
    if (days < 1 || days > kMaxDueDays)
        return Error::badInput(QStringLiteral("due_days"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be a whole number from %2 to %3."))
                .arg(Fields::label(QStringLiteral("due_days")), 1, kMaxDueDays));
    auto dueReason = TextRules::check(QStringLiteral("reason"), request.dueReason, days != usual, kMaxReasonChars);
    if (!dueReason)
        return dueReason.error();
    // An agency the archive would not offer for this item is chosen only with a reason.
    const UiText notOffered = AgencyMatching::whyNotOffered(a, c->itemCode, today);
    auto overrideReason
        = TextRules::check(QStringLiteral("override"), request.overrideReason, !notOffered.isEmpty(), kMaxReasonChars);
    if (!overrideReason)
        return Error::badInput(QStringLiteral("override"),
            UiText::of("Workflow",
                QT_TRANSLATE_NOOP("Workflow", "%1 is not offered for this case: %2 Give the reason for choosing it."))
                .arg(a.name, notOffered));
    const QDate due = m_calendar.addWorkingDays(today, days);

    const QDateTime handedAt = Clock::nowUtc();
    const QString now = Clock::toStorage(handedAt);
    const QString handoffId = Sql::newId();
    if (Status s = Sql::write(m_db,
            QStringLiteral("INSERT INTO handoffs(id, case_seq, agency_seq, handed_at, handed_by, due_days, due_date, "
                           "sign_due, due_reason, override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { handoffId,
                c->seq,
                a.seq,
                now,
                actor.login,
                days,
                due.toString(Qt::ISODate),
                SignFor::due(handedAt, m_calendar).toString(Qt::ISODate),
                Sql::orNull(*dueReason),
                Sql::orNull(notOffered.isEmpty() ? QString() : *overrideReason) });
        !s)
        return s.error();
    if (Status s = Sql::write(
            m_db, QStringLiteral("UPDATE cases SET due_date = ? WHERE seq = ?"), { due.toString(Qt::ISODate), c->seq });
        !s)
        return s.error();
    const QString detail = UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "%1; due %2 (%3 working days)"))
                               .arg(a.name, due.toString(Qt::ISODate), qlonglong(days))
                               .local;
    if (Status s
        = StatusChange::apply(m_db, *c, { CaseStatus::HandedOff, QStringLiteral("handed_off"), detail, {} }, actor);
        !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("handoff.create"),
            QStringLiteral("handoff"),
            handoffId,
            { { QStringLiteral("case"), c->number },
                { QStringLiteral("agency"), a.id },
                { QStringLiteral("due_date"), due.toString(Qt::ISODate) },
                { QStringLiteral("due_days"), days },
                { QStringLiteral("due_reason"), *dueReason },
                { QStringLiteral("override_reason"), notOffered.isEmpty() ? QString() : *overrideReason } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcWorkflow) << "case" << c->number << "handed off to" << a.id << "due" << due;
    return CaseStore::byNumber(m_db, c->number, true);
}
