#include "workflow/CaseActions.h"

#include "common/Logging.h"
#include "security/Permissions.h"
#include "storage/CaseStore.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"

namespace {
constexpr int kMaxReasonChars = 500;
constexpr int kMaxAnswerChars = 2000;
} // namespace

CaseActions::CaseActions(Database& db)
    : m_db(db)
{ }

Result<CaseRecord> CaseActions::move(const QString& number, const StatusChange::Move& move, const Actor& actor)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto before = StatusChange::apply(m_db, number, move, actor);
    if (!before)
        return before.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcWorkflow) << "case" << before->number << CaseStatuses::key(before->status) << "->"
                       << CaseStatuses::key(move.to);
    return CaseStore::byNumber(m_db, before->number, true);
}

Result<CaseRecord> CaseActions::escalate(const QString& number, const QString& reason, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::Escalate); !s)
        return s.error();
    auto text = TextRules::check(QStringLiteral("reason"), reason, true, kMaxReasonChars);
    if (!text)
        return text.error();
    auto station = StationStore::local(m_db);
    if (!station)
        return station.error();
    if (station->level == StationLevel::City)
        return Error::notAllowed(UiText::of("Workflow",
            QT_TRANSLATE_NOOP("Workflow",
                "The city platform does not escalate: it dispatches cases to stations, or handles them itself.")));
    return move(number, { CaseStatus::Escalated, QStringLiteral("escalated"), *text, {} }, actor);
}

Result<CaseRecord> CaseActions::close(const QString& number, const QString& answer, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::CloseCase); !s)
        return s.error();
    auto current = CaseStore::byNumber(m_db, number, false);
    if (!current)
        return current.error();
    auto text = TextRules::check(QStringLiteral("answer"), answer, current->answer.isEmpty(), kMaxAnswerChars);
    if (!text)
        return text.error();
    return move(number, { CaseStatus::Closed, QStringLiteral("closed"), *text, *text }, actor);
}

Result<CaseRecord> CaseActions::reopen(const QString& number, const QString& reason, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ReopenCase); !s)
        return s.error();
    auto text = TextRules::check(QStringLiteral("reason"), reason, true, kMaxReasonChars);
    if (!text)
        return text.error();
    return move(number, { CaseStatus::Reopened, QStringLiteral("reopened"), *text, {} }, actor);
}
