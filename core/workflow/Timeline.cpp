#include "workflow/Timeline.h"

#include "storage/CaseStore.h"
#include "storage/OutboxStore.h"
#include "sync/SyncPayload.h"

Result<CaseEvent> Timeline::record(Database& db, qint64 caseSeq, const QString& caseId, CaseEvent event)
{
    auto stored = CaseStore::appendEvent(db, caseSeq, std::move(event));
    if (!stored)
        return stored.error();
    OutboxOp op;
    op.entity = QStringLiteral("case_event");
    op.recordId = stored->id;
    op.kind = QStringLiteral("create");
    op.payload = SyncPayload::caseEvent(caseId, stored.value());
    op.actor = stored->actor;
    if (Status s = OutboxStore::append(db, op); !s)
        return s.error();
    return stored;
}
