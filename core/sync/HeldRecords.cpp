#include "sync/HeldRecords.h"

#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/QuarantineStore.h"
#include "storage/Transaction.h"
#include "sync/ChangeApplier.h"

namespace {
Result<HeldRecord> stillHeld(Database& db, qint64 seq)
{
    auto found = QuarantineStore::find(db, seq);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "No held-back record %1.")).arg(seq));
    if (!(*found)->held)
        return Error::notFound(UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "That item was already dealt with.")));
    return **found;
}

// Who may, one transaction, the record still held: the steps retry and dismiss share. `work`
// settles it; the transaction commits when it succeeds.
template<typename Work>
Status inTransaction(Database& db, qint64 seq, const Actor& actor, Work work)
{
    if (Status s = Permissions::require(actor, Permission::ResolveSyncProblem); !s)
        return s;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto h = stillHeld(db, seq);
    if (!h)
        return h.error();
    return work(*h, tx);
}

Status settle(Database& db, const HeldRecord& h, bool applied, const Actor& actor)
{
    if (Status s = QuarantineStore::settle(db, h.seq, applied, actor); !s)
        return s;
    return AuditLog::record(db,
        actor,
        applied ? QStringLiteral("sync.held_applied") : QStringLiteral("sync.held_dismissed"),
        h.entity,
        h.recordId,
        { { QStringLiteral("change_seq"), h.changeSeq } });
}
} // namespace

Status HeldRecords::retry(Database& db, qint64 seq, const Actor& actor)
{
    return inTransaction(db, seq, actor, [&](const HeldRecord& h, WriteTransaction& tx) -> Status {
        ChangeApplier applier(db);
        auto outcome = applier.applyOrHold(h.change);
        if (!outcome)
            return outcome.error();
        if (*outcome == ChangeApplier::Outcome::Held) {
            if (Status s = tx.commit(); !s) // the new reason and one more attempt are kept
                return s;
            auto again = QuarantineStore::find(db, seq);
            const bool known = again && again->has_value();
            return Error::badInput(known ? (*again)->field : QString(),
                UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "It still cannot be applied: %1"))
                    .arg(known ? (*again)->reason : UiText()));
        }
        if (Status s = settle(db, h, true, actor); !s)
            return s;
        // What waited for it (a case's events, a client's cases) may apply now too: each is tried
        // once more, and stays held, as it was, if it still cannot be applied.
        auto others = QuarantineStore::held(db);
        if (!others)
            return others.error();
        for (const HeldRecord& other : *others) {
            auto then = applier.applyOrHold(other.change);
            if (!then)
                return then.error();
            if (*then != ChangeApplier::Outcome::Held)
                if (Status s = settle(db, other, true, actor); !s)
                    return s;
        }
        return tx.commit();
    });
}

Status HeldRecords::dismiss(Database& db, qint64 seq, const Actor& actor)
{
    return inTransaction(db, seq, actor, [&](const HeldRecord& h, WriteTransaction& tx) -> Status {
        if (Status s = settle(db, h, false, actor); !s)
            return s;
        return tx.commit();
    });
}
