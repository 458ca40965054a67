#include "sync/ConflictChoice.h"

#include "common/Clock.h"
#include "domain/CaseStateMachine.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/OutboxStore.h"
#include "storage/Transaction.h"
#include "workflow/StatusChange.h"
#include "workflow/Timeline.h"

namespace {
Result<OutboxOp> conflictOf(Database& db, qint64 seq)
{
    auto open = OutboxStore::needingAttention(db);
    if (!open)
        return open.error();
    for (const OutboxOp& op : *open)
        if (op.seq == seq && op.state == OutboxState::Conflict && op.entity == QLatin1String("case")
            && (op.kind == QLatin1String("transition") || op.kind == QLatin1String("answer")))
            return op;
    return Error::notFound(UiText::of(
        "Sync", QT_TRANSLATE_NOOP("Sync", "No open conflict out-%1: it was dealt with, or is not a conflict."))
                               .arg(seq));
}

// The platform's state made again, this station's answer on it (same state: only the answer differs).
Status sendAnswer(Database& db, const CaseRecord& c, const QString& answer, const Actor& actor)
{
    if (Status s = CaseStore::setStatus(db, c.seq, c.status, answer, 0); !s)
        return s;
    OutboxOp op;
    op.entity = QStringLiteral("case");
    op.recordId = c.id;
    op.kind = QStringLiteral("answer");
    op.baseRev = c.rev;
    op.payload = { { QStringLiteral("id"), c.id },
        { QStringLiteral("number"), c.number },
        { QStringLiteral("status"), CaseStatuses::key(c.status) },
        { QStringLiteral("answer"), answer } };
    op.actor = actor.login;
    return OutboxStore::append(db, op);
}
} // namespace

Status ConflictChoice::settle(Database& db, qint64 outboxSeq, Keep keep, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ResolveSyncProblem); !s)
        return s;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto op = conflictOf(db, outboxSeq);
    if (!op)
        return op.error();
    auto c = CaseStore::byNumber(db, op->payload.value(QStringLiteral("number")).toString(), false);
    if (!c)
        return c.error();
    const QString mine = op->payload.value(QStringLiteral("answer")).toString();
    const QString theirs
        = op->result.value(QStringLiteral("current")).toObject().value(QStringLiteral("answer")).toString();
    QString detail;
    if (keep == Keep::Mine) {
        // Judged against the platform's state as this station last heard it: a later local change of
        // the case goes first (it is answered, and the case is settled, at the next sync).
        auto waiting = OutboxStore::hasPending(db, c->id);
        if (!waiting)
            return waiting.error();
        if (*waiting)
            return Error::notAllowed(UiText::of("Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "A later change of case %1 waits to be sent: synchronise first, then choose."))
                                         .arg(c->number));
        // A move wanted a state; a choice made before (an answer op) the state it was made in.
        const auto wanted = CaseStatuses::fromKey(
            op->payload.value(op->kind == QLatin1String("answer") ? QStringLiteral("status") : QStringLiteral("to"))
                .toString());
        if (!wanted)
            return Error::internal(QStringLiteral("conflict out-%1 names no state").arg(outboxSeq));
        if (*wanted == c->status) {
            // The same state with another answer: this station's answer goes up. With none, or the
            // platform's own, both sides already agree.
            if (!mine.isEmpty() && mine != c->answer)
                if (Status s = sendAnswer(db, *c, mine, actor); !s)
                    return s;
        } else {
            if (!CaseStateMachine::allows(c->status, *wanted))
                return Error::notAllowed(UiText::of("Sync",
                    QT_TRANSLATE_NOOP("Sync",
                        "Case %1 is now \"%2\" on the platform, and \"%3\" cannot follow from there. Change the case "
                        "by hand if it is still needed."))
                                             .arg(c->number,
                                                 CaseStatuses::label(c->status),
                                                 CaseStatuses::label(*wanted)));
            if (Status s = StatusChange::apply(db, *c, { *wanted, CaseStatuses::key(*wanted), mine, mine }, actor); !s)
                return s;
        }
        detail = UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "Kept this station's: %1 (the platform had: %2)"))
                     .arg(mine, theirs)
                     .local;
    } else {
        detail = UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "Kept the platform's: %1 (this station had: %2)"))
                     .arg(theirs, mine)
                     .local;
    }
    if (auto e = Timeline::record(
            db, c->seq, c->id, { {}, QStringLiteral("conflict_settled"), actor.login, Clock::nowUtc(), detail });
        !e)
        return e.error();
    if (Status s = OutboxStore::markResolved(db, outboxSeq, actor); !s)
        return s;
    if (Status s = AuditLog::record(db,
            actor,
            keep == Keep::Mine ? QStringLiteral("sync.conflict_kept_mine")
                               : QStringLiteral("sync.conflict_kept_platform"),
            QStringLiteral("case"),
            c->id,
            { { QStringLiteral("number"), c->number },
                { QStringLiteral("kept"), keep == Keep::Mine ? mine : theirs } });
        !s)
        return s;
    return tx.commit();
}
