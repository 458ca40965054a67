#include "workflow/HandoffProgress.h"

#include "common/Clock.h"
#include "domain/ReturnReason.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Sql.h"
#include "validation/DeliveryWay.h"
#include "validation/TextRules.h"
#include "workflow/OnCase.h"
#include "workflow/StatusChange.h"
#include "workflow/Timeline.h"

namespace {
struct OpenHandoff
{
    qint64 seq = 0;
    QString id;
    QString state;
    QString agency;
};

// The case's latest handoff that is not finished, or NotAllowed saying there is none.
Result<OpenHandoff> openHandoff(Database& db, const CaseRecord& c)
{
    auto row = Sql::one(db,
        QStringLiteral("SELECT h.seq, h.id, h.state, a.name FROM handoffs h JOIN agencies a ON a.seq = h.agency_seq "
                       "WHERE h.case_seq = ? AND h.state IN ('open', 'accepted') ORDER BY h.seq DESC LIMIT 1"),
        { c.seq });
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notAllowed(
            UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "Case %1 has no handoff in progress.")).arg(c.number));
    const QVariantList& r = **row;
    return OpenHandoff { r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString() };
}

Status audit(Database& db, const Actor& actor, const QString& action, const OpenHandoff& h, const QJsonObject& detail)
{
    QJsonObject d = detail;
    d.insert(QStringLiteral("agency"), h.agency);
    return AuditLog::record(db, actor, action, QStringLiteral("handoff"), h.id, d);
}
} // namespace

// One step on the case's open handoff, in one transaction: `step` writes what it records (and its
// audit entry); the case comes back as it is afterwards.
namespace {
template<typename Step>
Result<CaseRecord> onOpenHandoff(Database& db, const QString& caseNumber, Step step)
{
    return OnCase::run(db, caseNumber, [&](const CaseRecord& c) -> Status {
        auto h = openHandoff(db, c);
        if (!h)
            return h.error();
        return step(c, *h);
    });
}
} // namespace

HandoffProgress::HandoffProgress(Database& db)
    : m_db(db)
{ }

Result<CaseRecord> HandoffProgress::clientTold(const QString& caseNumber, const QString& how, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::FollowHandoff); !s)
        return s.error();
    auto checked = DeliveryWay::check(how);
    if (!checked)
        return checked.error();
    const QString way = *checked;
    return onOpenHandoff(m_db, caseNumber, [&](const CaseRecord& c, const OpenHandoff& h) -> Status {
        const QDateTime now = Clock::nowUtc();
        if (Status s = Sql::write(m_db,
                QStringLiteral("UPDATE handoffs SET client_told = ?, client_told_at = ? WHERE seq = ?"),
                { way, Clock::toStorage(now), h.seq });
            !s)
            return s;
        if (auto e = Timeline::record(m_db,
                c.seq,
                c.id,
                { {}, QStringLiteral("client_told"), actor.login, now, QStringLiteral("%1 %2").arg(h.agency, way) });
            !e)
            return e.error();
        return audit(m_db, actor, QStringLiteral("handoff.client_told"), h, { { QStringLiteral("how"), way } });
    });
}

Result<CaseRecord> HandoffProgress::accepted(const QString& caseNumber, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::FollowHandoff); !s)
        return s.error();
    return onOpenHandoff(m_db, caseNumber, [&](const CaseRecord& c, const OpenHandoff& h) -> Status {
        if (h.state != QLatin1String("open"))
            return Error::notAllowed(
                UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "%1 has already accepted this case."))
                    .arg(h.agency));
        if (Status s = Sql::write(m_db,
                QStringLiteral("UPDATE handoffs SET state = 'accepted', accepted_at = ? WHERE seq = ?"),
                { Clock::toStorage(Clock::nowUtc()), h.seq });
            !s)
            return s;
        if (auto moved = StatusChange::apply(
                m_db, c, { CaseStatus::InService, QStringLiteral("handoff_accepted"), h.agency, {} }, actor);
            !moved)
            return moved.error();
        return audit(m_db, actor, QStringLiteral("handoff.accept"), h, {});
    });
}

Result<CaseRecord> HandoffProgress::declined(const QString& caseNumber, const QString& reason, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::FollowHandoff); !s)
        return s.error();
    auto text = TextRules::check(QStringLiteral("reason"), reason, true, 500);
    if (!text)
        return text.error();
    return onOpenHandoff(m_db, caseNumber, [&](const CaseRecord& c, const OpenHandoff& h) -> Status {
        if (Status s = Sql::write(m_db,
                QStringLiteral("UPDATE handoffs SET state = 'declined', result = ?, result_at = ? WHERE seq = ?"),
                { *text, Clock::toStorage(Clock::nowUtc()), h.seq });
            !s)
            return s;
        if (Status s = Sql::write(m_db, QStringLiteral("UPDATE cases SET due_date = NULL WHERE seq = ?"), { c.seq });
            !s)
            return s;
        if (auto moved = StatusChange::apply(m_db,
                c,
                { CaseStatus::Registered,
                    QStringLiteral("handoff_declined"),
                    QStringLiteral("%1：%2").arg(h.agency, *text),
                    {} },
                actor);
            !moved)
            return moved.error();
        return audit(m_db, actor, QStringLiteral("handoff.decline"), h, { { QStringLiteral("reason"), *text } });
    });
}

Result<CaseRecord> HandoffProgress::returned(
    const QString& caseNumber, const QString& reason, const QString& note, const Actor& actor)
{
    auto why = ReturnReasons::parse(QStringLiteral("return_reason"), reason);
    if (!why)
        return why.error();
    auto text = TextRules::check(QStringLiteral("note"), note, false, 400);
    if (!text)
        return text.error();
    const QString label = ReturnReasons::label(*why).local;
    return declined(caseNumber, text->isEmpty() ? label : QStringLiteral("%1：%2").arg(label, *text), actor);
}

Result<CaseRecord> HandoffProgress::result(const QString& caseNumber, const QString& result, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::FollowHandoff); !s)
        return s.error();
    auto text = TextRules::check(QStringLiteral("result"), result, true, 2000);
    if (!text)
        return text.error();
    return onOpenHandoff(m_db, caseNumber, [&](const CaseRecord& c, const OpenHandoff& h) -> Status {
        if (h.state != QLatin1String("accepted"))
            return Error::notAllowed(UiText::of("Workflow",
                QT_TRANSLATE_NOOP("Workflow", "%1 has not accepted the case yet; record its acceptance first."))
                                         .arg(h.agency));
        const QDateTime now = Clock::nowUtc();
        if (Status s = Sql::write(m_db,
                QStringLiteral("UPDATE handoffs SET state = 'done', result = ?, result_at = ? WHERE seq = ?"),
                { *text, Clock::toStorage(now), h.seq });
            !s)
            return s;
        if (Status s = Sql::write(m_db, QStringLiteral("UPDATE cases SET due_date = NULL WHERE seq = ?"), { c.seq });
            !s)
            return s;
        if (auto e = Timeline::record(m_db,
                c.seq,
                c.id,
                { {},
                    QStringLiteral("service_result"),
                    actor.login,
                    now,
                    QStringLiteral("%1：%2").arg(h.agency, *text) });
            !e)
            return e.error();
        return audit(m_db, actor, QStringLiteral("handoff.result"), h, { { QStringLiteral("result"), *text } });
    });
}

Result<CaseRecord> HandoffProgress::followUp(const QString& caseNumber, const QString& note, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::FollowHandoff); !s)
        return s.error();
    auto text = TextRules::check(QStringLiteral("follow_up"), note, true, 2000);
    if (!text)
        return text.error();
    return OnCase::run(m_db, caseNumber, [&](const CaseRecord& c) -> Status {
        if (c.status == CaseStatus::Closed)
            return Error::notAllowed(UiText::of(
                "Workflow", QT_TRANSLATE_NOOP("Workflow", "Case %1 is closed; reopen it to record a follow-up."))
                                         .arg(c.number));
        if (auto e = Timeline::record(
                m_db, c.seq, c.id, { {}, QStringLiteral("follow_up"), actor.login, Clock::nowUtc(), *text });
            !e)
            return e.error();
        return AuditLog::record(m_db,
            actor,
            QStringLiteral("case.follow_up"),
            QStringLiteral("case"),
            c.id,
            { { QStringLiteral("note"), *text } });
    });
}
