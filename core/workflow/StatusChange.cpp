#include "workflow/StatusChange.h"

#include "common/Clock.h"
#include "domain/CaseStateMachine.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/OutboxStore.h"
#include "workflow/Timeline.h"

Result<CaseRecord> StatusChange::apply(Database& db, const QString& number, const Move& move, const Actor& actor)
{
    auto c = CaseStore::byNumber(db, number, false);
    if (!c)
        return c.error();
    if (Status s = apply(db, *c, move, actor); !s)
        return s.error();
    return c;
}

Status StatusChange::apply(Database& db, const CaseRecord& before, const Move& move, const Actor& actor)
{
    const CaseRecord* c = &before;
    if (!CaseStateMachine::allows(c->status, move.to))
        return Error::notAllowed(CaseStateMachine::refusal(c->status, move.to));
    if (Status s = CaseStore::setStatus(db, c->seq, move.to, move.answer, 0); !s)
        return s.error();
    OutboxOp op;
    op.entity = QStringLiteral("case");
    op.recordId = c->id;
    op.kind = QStringLiteral("transition");
    op.baseRev = c->rev; // the platform's revision this change is based on
    op.payload = { { QStringLiteral("id"), c->id },
        { QStringLiteral("number"), c->number },
        { QStringLiteral("from"), CaseStatuses::key(c->status) },
        { QStringLiteral("to"), CaseStatuses::key(move.to) },
        { QStringLiteral("answer"), move.answer } };
    op.actor = actor.login;
    if (Status s = OutboxStore::append(db, op); !s)
        return s.error();
    if (auto event
        = Timeline::record(db, c->seq, c->id, { {}, move.eventKind, actor.login, Clock::nowUtc(), move.detail });
        !event)
        return event.error();
    if (Status a = AuditLog::record(db,
            actor,
            QStringLiteral("case.%1").arg(move.eventKind),
            QStringLiteral("case"),
            c->id,
            { { QStringLiteral("number"), c->number },
                { QStringLiteral("from"), CaseStatuses::key(c->status) },
                { QStringLiteral("to"), CaseStatuses::key(move.to) },
                { QStringLiteral("detail"), move.detail } });
        !a)
        return a.error();
    return success();
}
