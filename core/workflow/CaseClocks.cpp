#include "workflow/CaseClocks.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/WorkCalendar.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ClockEventStore.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "sync/SyncPayload.h"
#include "validation/DeliveryWay.h"
#include "validation/TextRules.h"
#include "workflow/OnCase.h"
#include "workflow/Timeline.h"

namespace {
constexpr int kMaxExtensionDays = 60;

Error wrongState(const char* text, const QString& number)
{
    return Error::notAllowed(UiText::of("Workflow", text).arg(number));
}

Status mustBeOpen(const CaseRecord& c, const CaseClock& clock)
{
    if (c.status == CaseStatus::Closed)
        return wrongState(QT_TRANSLATE_NOOP("Workflow", "Case %1 is closed; its clock has stopped."), c.number);
    if (!clock.hasLimits())
        return wrongState(
            QT_TRANSLATE_NOOP("Workflow", "Case %1 was registered before cases had time limits; it has no clock."),
            c.number);
    return success();
}

Status mustBeRunning(const CaseRecord& c, const CaseClock& clock, CaseClocks::Step&)
{
    if (clock.isPaused())
        return wrongState(QT_TRANSLATE_NOOP("Workflow", "The clock of case %1 is paused already."), c.number);
    return success();
}

Status mustBePaused(const CaseRecord& c, const CaseClock& clock, CaseClocks::Step&)
{
    if (!clock.isPaused())
        return wrongState(QT_TRANSLATE_NOOP("Workflow", "The clock of case %1 is not paused."), c.number);
    return success();
}
} // namespace

CaseClocks::CaseClocks(Database& db)
    : CaseClocks(db, WorkCalendar::standard())
{ }

CaseClocks::CaseClocks(Database& db, const WorkCalendar& calendar)
    : m_db(db)
    , m_calendar(calendar)
{ }

Result<CaseClock> CaseClocks::clockOf(const CaseRecord& kase)
{
    return ClockEventStore::clockOf(m_db, kase.seq, m_calendar);
}

Result<CaseRecord> CaseClocks::add(const QString& caseNumber, Step step, Check check, const Actor& actor)
{
    if (Status s = Permissions::require(actor, step.permission); !s)
        return s.error();
    return OnCase::run(m_db, caseNumber, [&](const CaseRecord& kase) -> Status {
        auto clock = ClockEventStore::clockOf(m_db, kase.seq, m_calendar);
        if (!clock)
            return clock.error();
        if (Status s = mustBeOpen(kase, *clock); !s && step.permission != Permission::DecideExtension)
            return s.error();
        return addOn(kase, *clock, step, check, actor);
    });
}

Status CaseClocks::addOn(const CaseRecord& kase, const CaseClock& clock, Step& step, Check check, const Actor& actor)
{
    const CaseRecord* c = &kase;
    ClockEvent& e = step.event;
    e.id = Sql::newId();
    e.at = Clock::nowUtc();
    e.actor = actor.login;
    if (Status s = check(*c, clock, step); !s)
        return s.error();
    if (Status s = ClockEventStore::insert(m_db, e, c->seq); !s)
        return s.error();
    auto folded = ClockEventStore::refresh(m_db, c->seq, m_calendar);
    if (!folded)
        return folded.error();
    OutboxOp op;
    op.entity = QStringLiteral("clock_event");
    op.recordId = e.id;
    op.kind = QStringLiteral("create");
    op.payload = SyncPayload::clockEvent(c->id, e);
    op.actor = actor.login;
    if (Status s = OutboxStore::append(m_db, op); !s)
        return s.error();
    if (auto line
        = Timeline::record(m_db, c->seq, c->id, { {}, step.timelineKind, actor.login, e.at, step.timelineDetail });
        !line)
        return line.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("case.clock.") + e.kind,
            QStringLiteral("case"),
            c->id,
            { { QStringLiteral("number"), c->number },
                { QStringLiteral("reason"), e.reason },
                { QStringLiteral("days"), e.days },
                { QStringLiteral("note"), e.note },
                { QStringLiteral("due_close"), folded->dueClose.toString(Qt::ISODate) } });
        !s)
        return s;
    qCInfo(lcWorkflow) << "clock" << e.kind << "on" << c->number << "due" << folded->dueClose;
    return success();
}

Result<CaseRecord> CaseClocks::pause(
    const QString& caseNumber, const QString& reason, const QString& note, const Actor& actor)
{
    auto key = PauseReasons::fromKey(reason.trimmed().toLower());
    if (!key)
        return Error::badInput(QStringLiteral("pause_reason"), Fields::invalid(QStringLiteral("pause_reason"), reason));
    auto text = TextRules::check(QStringLiteral("pause_note"), note, false, 1000);
    if (!text)
        return text.error();
    return add(caseNumber, pauseStep(*key, *text), mustBeRunning, actor);
}

CaseClocks::Step CaseClocks::pauseStep(PauseReason reason, const QString& note)
{
    Step step { Permission::PauseClock, {}, QStringLiteral("clock_paused"), {} };
    step.event.kind = QStringLiteral("pause");
    step.event.reason = PauseReasons::key(reason);
    step.event.note = note;
    // The case's record is kept in Chinese whatever language the program that wrote it speaks.
    step.timelineDetail = note.isEmpty() ? PauseReasons::chinese(reason)
                                         : QStringLiteral("%1：%2").arg(PauseReasons::chinese(reason), note);
    return step;
}

CaseClocks::Step CaseClocks::resumeStep(const QString& note)
{
    Step step { Permission::PauseClock, {}, QStringLiteral("clock_resumed"), note };
    step.event.kind = QStringLiteral("resume");
    step.event.note = note;
    return step;
}

Status CaseClocks::pauseOn(const CaseRecord& kase, PauseReason reason, const QString& note, const Actor& actor)
{
    auto clock = ClockEventStore::clockOf(m_db, kase.seq, m_calendar);
    if (!clock)
        return clock.error();
    if (kase.status == CaseStatus::Closed || !clock->hasLimits() || clock->isPaused())
        return success();
    Step step = pauseStep(reason, note);
    return addOn(kase, *clock, step, mustBeRunning, actor);
}

Status CaseClocks::resumeOn(const CaseRecord& kase, PauseReason pausedFor, const QString& note, const Actor& actor)
{
    auto clock = ClockEventStore::clockOf(m_db, kase.seq, m_calendar);
    if (!clock)
        return clock.error();
    if (!clock->isPaused() || clock->pauseReason != PauseReasons::key(pausedFor))
        return success();
    Step step = resumeStep(note);
    return addOn(kase, *clock, step, mustBePaused, actor);
}

Result<CaseRecord> CaseClocks::resume(const QString& caseNumber, const QString& note, const Actor& actor)
{
    auto text = TextRules::check(QStringLiteral("pause_note"), note, false, 1000);
    if (!text)
        return text.error();
    return add(caseNumber, resumeStep(*text), mustBePaused, actor);
}

Result<CaseRecord> CaseClocks::askExtension(
    const QString& caseNumber, int days, const QString& reason, const Actor& actor)
{
    if (days < 1 || days > kMaxExtensionDays)
        return Error::badInput(QStringLiteral("extension_days"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be from 1 to %2."))
                .arg(Fields::label(QStringLiteral("extension_days")), qlonglong(kMaxExtensionDays)));
    auto text = TextRules::check(QStringLiteral("extension_reason"), reason, true, 500);
    if (!text)
        return text.error();
    Step step { Permission::AskExtension, {}, QStringLiteral("extension_asked"), {} };
    step.event.kind = QStringLiteral("extension_asked");
    step.event.days = days;
    step.event.reason = *text;
    step.timelineDetail = QStringLiteral("%1个工作日：%2").arg(days).arg(*text);
    return add(
        caseNumber,
        step,
        [](const CaseRecord& c, const CaseClock& clock, Step&) -> Status {
            if (clock.pendingExtension())
                return wrongState(
                    QT_TRANSLATE_NOOP("Workflow", "Case %1 has an extension request waiting for a decision."),
                    c.number);
            return success();
        },
        actor);
}

Result<CaseRecord> CaseClocks::decideExtension(
    const QString& caseNumber, bool approve, const QString& note, const Actor& actor, const QString& told)
{
    auto text = TextRules::check(QStringLiteral("note"), note, false, 1000);
    if (!text)
        return text.error();
    // Art. 42: the applicant is told of the extension and its reason; how, where it is known already.
    QString how;
    if (!told.trimmed().isEmpty()) {
        auto way = DeliveryWay::check(told, QStringLiteral("applicant_told"));
        if (!way)
            return way.error();
        how = *way;
    }
    Step step { Permission::DecideExtension,
        {},
        approve ? QStringLiteral("extension_approved") : QStringLiteral("extension_refused"),
        *text };
    step.event.kind = step.timelineKind;
    step.event.note = *text;
    step.event.reason = how;
    if (!how.isEmpty()) {
        const QString toldLine = QStringLiteral("已%1告知申请人").arg(DeliveryWay::chinese(how));
        step.timelineDetail
            = step.timelineDetail.isEmpty() ? toldLine : QStringLiteral("%1；%2").arg(step.timelineDetail, toldLine);
    }
    return add(
        caseNumber,
        step,
        [](const CaseRecord& c, const CaseClock& clock, Step& step) -> Status {
            const auto pending = clock.pendingExtension();
            if (!pending)
                return wrongState(
                    QT_TRANSLATE_NOOP("Workflow", "Case %1 has no extension request to decide."), c.number);
            step.event.ref = pending->id;
            step.event.days = pending->days;
            return success();
        },
        actor);
}

Result<CaseRecord> CaseClocks::urge(const QString& caseNumber, const QString& note, const Actor& actor)
{
    auto text = TextRules::check(QStringLiteral("urge_note"), note, true, 1000);
    if (!text)
        return text.error();
    Step step { Permission::UrgeCase, {}, QStringLiteral("urged"), *text };
    step.event.kind = QStringLiteral("urged");
    step.event.note = *text;
    return add(
        caseNumber,
        step,
        [this](const CaseRecord& c, const CaseClock&, Step& step) -> Status {
            // A case with an agency now: the urging is the agency's too, and goes on its record.
            auto handoff = Sql::one(m_db,
                QStringLiteral("SELECT h.id, a.name FROM handoffs h JOIN agencies a ON a.seq = h.agency_seq "
                               "WHERE h.case_seq = ? AND h.state IN ('open', 'accepted') ORDER BY h.seq DESC LIMIT 1"),
                { c.seq });
            if (!handoff)
                return handoff.error();
            if (handoff->has_value()) {
                step.event.ref = (**handoff).at(0).toString();
                step.timelineDetail = QStringLiteral("%1：%2").arg((**handoff).at(1).toString(), step.timelineDetail);
            }
            return success();
        },
        actor);
}
