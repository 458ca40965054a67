#include "workflow/CaseMerge.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "workflow/StatusChange.h"
#include "workflow/Timeline.h"

namespace {
UiText text(const char* source)
{
    return UiText::of("CaseMerge", source);
}

Error refused(const UiText& why)
{
    return Error::badInput(QStringLiteral("merge"), why);
}
} // namespace

CaseMerge::CaseMerge(Database& db)
    : m_db(db)
{ }

Result<CaseRecord> CaseMerge::merge(const QString& keepNumber, const QString& otherNumber, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::MergeCases); !s)
        return s.error();
    {
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        auto keep = CaseStore::byNumber(m_db, keepNumber.trimmed(), false);
        if (!keep)
            return keep.error();
        auto other = CaseStore::byNumber(m_db, otherNumber.trimmed(), false);
        if (!other)
            return other.error();
        if (keep->seq == other->seq)
            return refused(
                text(QT_TRANSLATE_NOOP("CaseMerge", "A case cannot be merged into itself. Nothing was changed.")));
        if (keep->clientId != other->clientId)
            return refused(text(
                QT_TRANSLATE_NOOP("CaseMerge",
                    "%1 and %2 are requests of different clients (%3, %4); only one client's request registered twice "
                    "is merged. Nothing was changed."))
                               .arg(keep->number, other->number, keep->clientName, other->clientName));
        for (const CaseRecord* c : { &*keep, &*other }) {
            auto into = mergedInto(m_db, c->seq);
            if (!into)
                return into.error();
            if (!into->isEmpty())
                return refused(
                    text(QT_TRANSLATE_NOOP("CaseMerge", "%1 was merged into %2 already. Nothing was changed."))
                        .arg(c->number, *into));
        }
        const QDateTime now = Clock::nowUtc();
        // The other is closed by the state machine's own move, so the platform sees a transition.
        if (other->status != CaseStatus::Closed)
            if (Status s = StatusChange::apply(m_db,
                    *other,
                    // The kept case's number, in no language: the line beside it says it was merged.
                    { CaseStatus::Closed, QStringLiteral("closed"), keep->number, {} },
                    actor);
                !s)
                return s.error();
        if (auto e = Timeline::record(
                m_db, other->seq, other->id, { {}, QStringLiteral("merged_into"), actor.login, now, keep->number });
            !e)
            return e.error();
        if (auto e = Timeline::record(
                m_db, keep->seq, keep->id, { {}, QStringLiteral("merged_from"), actor.login, now, other->number });
            !e)
            return e.error();
        if (Status s = pointTo(m_db, keep->seq, other->seq, other->number); !s)
            return s.error();
        if (Status a = AuditLog::record(m_db,
                actor,
                QStringLiteral("case.merge"),
                QStringLiteral("case"),
                keep->id,
                { { QStringLiteral("kept"), keep->number }, { QStringLiteral("merged"), other->number } });
            !a)
            return a.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        qCInfo(lcWorkflow) << "case merged" << other->number << "into" << keep->number;
    }
    return CaseStore::byNumber(m_db, keepNumber.trimmed(), true);
}

Status CaseMerge::pointTo(Database& db, qint64 keptSeq, qint64 otherSeq, const QString& otherNumber)
{
    if (Status s
        = Sql::write(db, QStringLiteral("UPDATE cases SET merged_into = ? WHERE seq = ?"), { keptSeq, otherSeq });
        !s)
        return s;
    // Cases merged into the other before now point to the kept one too.
    if (Status s = Sql::write(
            db, QStringLiteral("UPDATE case_aliases SET case_seq = ? WHERE case_seq = ?"), { keptSeq, otherSeq });
        !s)
        return s;
    return Sql::write(db,
        QStringLiteral("INSERT OR REPLACE INTO case_aliases(number, case_seq) VALUES (?, ?)"),
        { otherNumber, keptSeq });
}

Status CaseMerge::takeMerge(Database& db, qint64 caseSeq, const QString& kind, const QString& otherNumber)
{
    auto here = Sql::one(db, QStringLiteral("SELECT seq FROM cases WHERE number = ?"), { otherNumber });
    if (!here)
        return here.error();
    if (!here->has_value()) // the other case is not at this station (yet): its own line settles it
        return success();
    const qint64 otherSeq = (**here).first().toLongLong();
    const bool intoOther = kind == QLatin1String("merged_into");
    const qint64 kept = intoOther ? otherSeq : caseSeq;
    const qint64 merged = intoOther ? caseSeq : otherSeq;
    auto number = Sql::one(db, QStringLiteral("SELECT number FROM cases WHERE seq = ?"), { merged });
    if (!number)
        return number.error();
    return pointTo(db, kept, merged, (**number).first().toString());
}

Result<QStringList> CaseMerge::mergedCases(Database& db, qint64 caseSeq)
{
    auto q = Sql::run(
        db.sql(), QStringLiteral("SELECT number FROM case_aliases WHERE case_seq = ? ORDER BY number"), { caseSeq });
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QStringList numbers;
    while (rows.next())
        numbers << rows.value(0).toString();
    return numbers;
}

Result<QString> CaseMerge::mergedInto(Database& db, qint64 caseSeq)
{
    auto row = Sql::one(db,
        QStringLiteral("SELECT k.number FROM cases c JOIN cases k ON k.seq = c.merged_into WHERE c.seq = ?"),
        { caseSeq });
    if (!row)
        return row.error();
    return row->has_value() ? (**row).first().toString() : QString();
}
