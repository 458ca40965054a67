#include "workflow/Dispatch.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"
#include "workflow/Timeline.h"

#include <QRegularExpression>

Dispatch::Dispatch(Database& db)
    : m_db(db)
{ }

Result<CaseRecord> Dispatch::dispatchCase(const QString& number, const QString& toStation, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::DispatchCase); !s)
        return s.error();
    const QString to = toStation.trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^[A-Z0-9]{1,8}$")).match(to).hasMatch())
        return Error::badInput(QStringLiteral("station"),
            UiText::of(
                "Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be 1 to 8 Latin letters or digits, such as LN."))
                .arg(Fields::label(QStringLiteral("station"))));
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto station = StationStore::local(m_db);
    if (!station)
        return station.error();
    if (station->level != StationLevel::City)
        return Error::notAllowed(UiText::of(
            "Workflow", QT_TRANSLATE_NOOP("Workflow", "Only the city platform dispatches cases to stations.")));
    if (to == station->code)
        return Error::badInput(QStringLiteral("station"),
            UiText::of(
                "Workflow", QT_TRANSLATE_NOOP("Workflow", "A case cannot be dispatched to the city platform itself.")));
    auto c = CaseStore::byNumber(m_db, number, false);
    if (!c)
        return c.error();
    OutboxOp op;
    op.entity = QStringLiteral("case");
    op.recordId = c->id;
    op.kind = QStringLiteral("dispatch");
    op.payload = { { QStringLiteral("id"), c->id }, { QStringLiteral("to"), to } };
    op.actor = actor.login;
    if (Status s = OutboxStore::append(m_db, op); !s)
        return s.error();
    if (auto event
        = Timeline::record(m_db, c->seq, c->id, { {}, QStringLiteral("dispatched"), actor.login, Clock::nowUtc(), to });
        !event)
        return event.error();
    if (Status a = AuditLog::record(m_db,
            actor,
            QStringLiteral("case.dispatch"),
            QStringLiteral("case"),
            c->id,
            { { QStringLiteral("number"), c->number }, { QStringLiteral("to"), to } });
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return CaseStore::byNumber(m_db, number, true);
}
