#include "workflow/RepeatContact.h"

#include "common/Clock.h"
#include "domain/Channel.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "validation/TextRules.h"
#include "workflow/OnCase.h"
#include "workflow/Timeline.h"

RepeatContact::RepeatContact(Database& db)
    : m_db(db)
{ }

Result<CaseRecord> RepeatContact::record(
    const QString& caseNumber, const QString& channel, const QString& said, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RegisterCase); !s)
        return s.error();
    const auto way = Channels::fromKey(channel.trimmed());
    if (!way)
        return Error::badInput(QStringLiteral("channel"), Fields::invalid(QStringLiteral("channel"), channel));
    auto text = TextRules::check(QStringLiteral("summary"), said, true, 2000);
    if (!text)
        return text.error();
    return OnCase::run(m_db, caseNumber, [&](const CaseRecord& c) -> Status {
        if (c.status == CaseStatus::Closed)
            return Error::notAllowed(UiText::of("Workflow",
                QT_TRANSLATE_NOOP(
                    "Workflow", "Case %1 is closed; register the request as a new case, or reopen %1 first."))
                                         .arg(c.number));
        // Kept in Chinese, as the timeline's other lines written by the program.
        const QString detail = QStringLiteral("%1：%2").arg(Channels::chinese(*way), *text);
        if (auto e = Timeline::record(
                m_db, c.seq, c.id, { {}, QStringLiteral("repeat_contact"), actor.login, Clock::nowUtc(), detail });
            !e)
            return e.error();
        return AuditLog::record(m_db,
            actor,
            QStringLiteral("case.repeat_contact"),
            QStringLiteral("case"),
            c.id,
            { { QStringLiteral("channel"), channel }, { QStringLiteral("said"), *text } });
    });
}
