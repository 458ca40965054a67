#include "workflow/InstructionRequests.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Sql.h"
#include "validation/TextRules.h"
#include "workflow/CaseClocks.h"
#include "workflow/OnCase.h"
#include "workflow/StatusChange.h"

InstructionRequests::InstructionRequests(Database& db)
    : m_db(db)
{ }

Result<CaseRecord> InstructionRequests::ask(
    const QString& caseNumber, const QString& question, const QString& askedTo, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::AskInstruction); !s)
        return s.error();
    auto q = TextRules::check(QStringLiteral("question"), question, true, 2000);
    if (!q)
        return q.error();
    auto to = TextRules::check(QStringLiteral("asked_to"), askedTo, false, 60);
    if (!to)
        return to.error();
    const QString whom = to->isEmpty() ? QStringLiteral("站点负责人") : *to;
    return OnCase::run(m_db, caseNumber, [&](const CaseRecord& before) -> Status {
        auto moved = StatusChange::apply(m_db,
            before,
            { CaseStatus::AwaitingInstruction,
                QStringLiteral("instruction_requested"),
                QStringLiteral("%1：%2").arg(whom, *q),
                {} },
            actor);
        if (!moved)
            return moved.error();
        return Sql::write(m_db,
            QStringLiteral("INSERT INTO instruction_requests(id, case_seq, question, asked_to, asked_at, asked_by, "
                           "status_before) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { Sql::newId(),
                before.seq,
                *q,
                whom,
                Clock::toStorage(Clock::nowUtc()),
                actor.login,
                CaseStatuses::key(before.status) });
    });
}

Result<CaseRecord> InstructionRequests::answer(const QString& caseNumber, const QString& answer, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::AnswerInstruction); !s)
        return s.error();
    auto text = TextRules::check(QStringLiteral("instruction"), answer, true, 2000);
    if (!text)
        return text.error();
    return OnCase::run(m_db, caseNumber, [&](const CaseRecord& c) -> Status {
        auto open = Sql::one(m_db,
            QStringLiteral("SELECT seq, status_before, asked_to FROM instruction_requests WHERE case_seq = ? AND "
                           "answer IS NULL ORDER BY seq DESC LIMIT 1"),
            { c.seq });
        if (!open)
            return open.error();
        if (!open->has_value() || c.status != CaseStatus::AwaitingInstruction)
            return Error::notAllowed(UiText::of("Workflow",
                QT_TRANSLATE_NOOP("Workflow", "Case %1 is not awaiting an instruction; there is nothing to answer."))
                                         .arg(c.number));
        const CaseStatus back = CaseStatuses::fromKey((**open).at(1).toString()).value_or(CaseStatus::Registered);
        if (Status s = Sql::write(m_db,
                QStringLiteral(
                    "UPDATE instruction_requests SET answer = ?, answered_at = ?, answered_by = ? WHERE seq = ?"),
                { *text, Clock::toStorage(Clock::nowUtc()), actor.login, (**open).at(0) });
            !s)
            return s;
        auto moved = StatusChange::apply(m_db,
            c,
            { back,
                QStringLiteral("instruction_received"),
                QStringLiteral("%1：%2").arg((**open).at(2).toString(), *text),
                {} },
            actor);
        if (!moved)
            return moved.error();
        // A clock stopped for this instruction runs again once it has come.
        return CaseClocks(m_db).resumeOn(c, PauseReason::Instruction, QString(), actor);
    });
}
