#include "workflow/Timeline.h"

#include "storage/CaseStore.h"
#include "storage/OutboxStore.h"
#include "sync/SyncPayload.h"

Result<CaseEvent> Timeline::record(Database& db, qint64 caseSeq, const QString& caseId, CaseEvent event)
{
    auto stored = CaseStore::appendEvent(db, caseSeq, std::move(event));
    if (!stored)
        return stored.error();
    if (Status s = offer(db, caseId, *stored); !s)
        return s.error();
    return stored;
}

Status Timeline::offer(Database& db, const QString& caseId, const CaseEvent& event, const QDateTime& deviceTime)
{
    OutboxOp op;
    op.entity = QStringLiteral("case_event");
    op.recordId = event.id;
    op.kind = QStringLiteral("create");
    op.payload = SyncPayload::caseEvent(caseId, event);
    op.actor = event.actor;
    op.deviceTime = deviceTime;
    return OutboxStore::append(db, op);
}
