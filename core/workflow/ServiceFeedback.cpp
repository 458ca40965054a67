#include "workflow/ServiceFeedback.h"

#include "common/Clock.h"
#include "domain/AfterService.h"
#include "domain/CaseStateMachine.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"
#include "workflow/StatusChange.h"
#include "workflow/Timeline.h"

ServiceFeedback::ServiceFeedback(Database& db)
    : m_db(db)
{ }

Result<CaseRecord> ServiceFeedback::give(
    const QString& caseNumber, const QString& channel, const QString& content, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RecordAfterService); !s)
        return s.error();
    const auto way = kFeedbackChannels.parse(QStringLiteral("feedback_channel"), channel);
    if (!way)
        return way.error();
    auto text = TextRules::check(QStringLiteral("feedback"), content, true, 2000);
    if (!text)
        return text.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto c = CaseStore::byNumber(m_db, caseNumber, false);
    if (!c)
        return c.error();
    const QString detail = QStringLiteral("%1：%2").arg(kFeedbackChannels.label(*way).local, *text);
    if (CaseStateMachine::allows(c->status, CaseStatus::FeedbackGiven)) {
        if (Status s = StatusChange::apply(
                m_db, *c, { CaseStatus::FeedbackGiven, QStringLiteral("feedback"), detail, {} }, actor);
            !s)
            return s.error();
    } else if (auto e = Timeline::record(
                   m_db, c->seq, c->id, { {}, QStringLiteral("feedback"), actor.login, Clock::nowUtc(), detail });
               !e) {
        return e.error();
    }
    const QString id = Sql::newId();
    if (Status s = Sql::write(m_db,
            QStringLiteral("INSERT INTO feedback(id, case_seq, channel, content, given_at, given_by) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { id, c->seq, kFeedbackChannels.key(*way), *text, Clock::toStorage(Clock::nowUtc()), actor.login });
        !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("case.feedback"),
            QStringLiteral("case"),
            c->id,
            { { QStringLiteral("channel"), kFeedbackChannels.key(*way) }, { QStringLiteral("content"), *text } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return CaseStore::byNumber(m_db, c->number, true);
}
