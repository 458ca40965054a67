#include "workflow/ServiceFeedback.h"

#include "common/Clock.h"
#include "domain/AfterService.h"
#include "domain/CaseStateMachine.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Sql.h"
#include "validation/TextRules.h"
#include "workflow/OnCase.h"
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
    return OnCase::run(m_db, caseNumber, [&](const CaseRecord& c) -> Status {
        const QString detail = QStringLiteral("%1：%2").arg(kFeedbackChannels.label(*way).local, *text);
        if (CaseStateMachine::allows(c.status, CaseStatus::FeedbackGiven)) {
            if (Status s = StatusChange::apply(
                    m_db, c, { CaseStatus::FeedbackGiven, QStringLiteral("feedback"), detail, {} }, actor);
                !s)
                return s;
        } else if (auto e = Timeline::record(
                       m_db, c.seq, c.id, { {}, QStringLiteral("feedback"), actor.login, Clock::nowUtc(), detail });
                   !e) {
            return e.error();
        }
        if (Status s = Sql::write(m_db,
                QStringLiteral("INSERT INTO feedback(id, case_seq, channel, content, given_at, given_by) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                { Sql::newId(),
                    c.seq,
                    kFeedbackChannels.key(*way),
                    *text,
                    Clock::toStorage(Clock::nowUtc()),
                    actor.login });
            !s)
            return s;
        return AuditLog::record(m_db,
            actor,
            QStringLiteral("case.feedback"),
            QStringLiteral("case"),
            c.id,
            { { QStringLiteral("channel"), kFeedbackChannels.key(*way) }, { QStringLiteral("content"), *text } });
    });
}
