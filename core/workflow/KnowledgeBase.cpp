#include "workflow/KnowledgeBase.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DocumentNumbers.h"
#include "storage/KnowledgeStore.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "sync/SyncPayload.h"
#include "validation/TextRules.h"

#include <QJsonArray>

namespace {
const QString kEntryKind = QStringLiteral("ZS"); // 知识
const QString kProposalKind = QStringLiteral("JY"); // 建议

UiText text(const char* source)
{
    return UiText::of("Knowledge", source);
}

// Runs `body` in one write transaction with the local station at hand.
template<typename T>
Result<T> inTransaction(Database& db, const std::function<Result<T>(const Station&)>& body)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto station = StationStore::local(db);
    if (!station)
        return station.error();
    Result<T> made = body(*station);
    if (!made)
        return made;
    if (Status s = tx.commit(); !s)
        return s.error();
    return made;
}

// A city entry goes to the platform, version by version, and from there to every station (read-only
// there); a station's own entries stay with it.
Status publish(Database& db, const KnowledgeEntry& e, const Actor& actor)
{
    if (!e.cityWide)
        return success();
    OutboxOp op;
    op.entity = QStringLiteral("kb_version");
    op.recordId = SyncPayload::knowledgeRecordId(e.id, e.version);
    op.kind = QStringLiteral("create");
    op.payload = SyncPayload::knowledgeVersion(e, actor.displayName());
    op.actor = actor.login;
    return OutboxStore::append(db, op);
}

// A new entry (version 1) of this station, written by `actor`: its id, number, scope and times.
Status writeNew(Database& db, const Station& station, KnowledgeEntry& e, const Actor& actor)
{
    e.createdAt = e.updatedAt = Clock::nowUtc();
    e.id = Sql::newId();
    auto number = DocumentNumbers::take(db, station, kEntryKind, Clock::chinaDate(e.createdAt).year());
    if (!number)
        return number.error();
    e.number = *number;
    e.cityWide = station.level == StationLevel::City;
    e.author = actor.login;
    if (Status s = KnowledgeStore::write(db, e); !s)
        return s;
    return publish(db, e, actor);
}

// The entry's next version as `e` now reads, written by `actor`.
Status writeNext(Database& db, KnowledgeEntry& e, const Actor& actor)
{
    e.author = actor.login;
    e.updatedAt = Clock::nowUtc();
    if (Status s = KnowledgeStore::write(db, e); !s)
        return s;
    return publish(db, e, actor);
}

// An entry this station may change: its own, or the city's at the city; not retired.
Result<KnowledgeEntry> changeable(Database& db, const Station& station, const QString& entry)
{
    auto e = KnowledgeStore::find(db, entry);
    if (!e)
        return e.error();
    if (e->cityWide && station.level != StationLevel::City)
        return Error::notAllowed(
            text(QT_TRANSLATE_NOOP(
                     "Knowledge", "%1 is the city platform's entry and is changed only there. Nothing was changed."))
                .arg(e->number));
    if (e->retiredAt.isValid())
        return Error::badInput(QStringLiteral("kb_entry"),
            text(QT_TRANSLATE_NOOP("Knowledge", "%1 was retired already. Nothing was changed.")).arg(e->number));
    return e;
}

// A proposal still waiting for its decision, or why it cannot be decided.
Result<KnowledgeProposal> openProposal(Database& db, const QString& proposal)
{
    auto p = KnowledgeStore::proposal(db, proposal);
    if (!p)
        return p.error();
    if (p->state != QLatin1String("open"))
        return Error::badInput(QStringLiteral("kb_entry"),
            text(QT_TRANSLATE_NOOP("Knowledge", "%1 was decided already. Nothing was changed.")).arg(p->number));
    return p;
}

// What the form gives, cleaned as the entry keeps it.
void fill(KnowledgeEntry& e, const NewKnowledgeEntry& input)
{
    e.question = TextRules::clean(input.question);
    e.answer = input.answer.trimmed();
    e.basis = TextRules::clean(input.basis);
    e.items.clear();
    for (const QString& code : input.items)
        if (!e.items.contains(code.trimmed()))
            e.items << code.trimmed();
    e.validFrom = input.validFrom;
    e.validTo = input.validTo;
}

QJsonObject entryDetail(const KnowledgeEntry& e)
{
    return { { QStringLiteral("number"), e.number }, { QStringLiteral("version"), e.version } };
}
} // namespace

KnowledgeBase::KnowledgeBase(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

QList<Error> KnowledgeBase::problems(const Catalog& catalog, const NewKnowledgeEntry& input)
{
    QList<Error> problems;
    if (auto q = TextRules::check(QStringLiteral("kb_question"), input.question, true, 500); !q)
        problems << q.error();
    if (auto a = TextRules::check(QStringLiteral("kb_answer"), input.answer, true, 4000); !a)
        problems << a.error();
    if (auto b = TextRules::check(QStringLiteral("kb_basis"), input.basis, false, 500); !b)
        problems << b.error();
    for (const QString& code : input.items)
        if (!catalog.item(code.trimmed()))
            problems << Error::badInput(QStringLiteral("items"),
                UiText::of("Validation",
                    QT_TRANSLATE_NOOP(
                        "Validation", "%1 \"%2\" is not in the service catalog; use a clause number such as 5.2.2."))
                    .arg(Fields::label(QStringLiteral("items")), code));
    if (input.validFrom.isValid() && input.validTo.isValid() && input.validTo < input.validFrom)
        problems << Error::badInput(QStringLiteral("valid_to"),
            text(QT_TRANSLATE_NOOP("Knowledge", "%1 comes before %2."))
                .arg(Fields::label(QStringLiteral("valid_to")), Fields::label(QStringLiteral("valid_from"))));
    return problems;
}

Result<KnowledgeEntry> KnowledgeBase::add(const NewKnowledgeEntry& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageKnowledge); !s)
        return s.error();
    if (const QList<Error> p = problems(m_catalog, input); !p.isEmpty())
        return p.first();
    return inTransaction<KnowledgeEntry>(m_db, [&](const Station& station) -> Result<KnowledgeEntry> {
        KnowledgeEntry e;
        fill(e, input);
        if (Status s = writeNew(m_db, station, e, actor); !s)
            return s.error();
        if (Status a
            = AuditLog::record(m_db, actor, QStringLiteral("kb.add"), QStringLiteral("kb_entry"), e.id, entryDetail(e));
            !a)
            return a.error();
        qCInfo(lcWorkflow) << "knowledge entry added" << e.number;
        return e;
    });
}

Result<KnowledgeEntry> KnowledgeBase::retire(const QString& entry, const QString& reason, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageKnowledge); !s)
        return s.error();
    auto why = TextRules::check(QStringLiteral("retire_reason"), reason, false, 500);
    if (!why)
        return why.error();
    return inTransaction<KnowledgeEntry>(m_db, [&](const Station& station) -> Result<KnowledgeEntry> {
        auto found = changeable(m_db, station, entry);
        if (!found)
            return found.error();
        KnowledgeEntry e = *found;
        e.retiredAt = Clock::nowUtc();
        e.retireReason = *why;
        if (Status s = writeNext(m_db, e, actor); !s)
            return s.error();
        if (Status a = AuditLog::record(m_db,
                actor,
                QStringLiteral("kb.retire"),
                QStringLiteral("kb_entry"),
                e.id,
                { { QStringLiteral("number"), e.number }, { QStringLiteral("reason"), *why } });
            !a)
            return a.error();
        return KnowledgeStore::find(m_db, e.number);
    });
}

Result<KnowledgeEntry> KnowledgeBase::revise(const QString& entry, const NewKnowledgeEntry& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageKnowledge); !s)
        return s.error();
    if (const QList<Error> p = problems(m_catalog, input); !p.isEmpty())
        return p.first();
    return inTransaction<KnowledgeEntry>(m_db, [&](const Station& station) -> Result<KnowledgeEntry> {
        auto found = changeable(m_db, station, entry);
        if (!found)
            return found.error();
        const KnowledgeEntry& before = *found;
        KnowledgeEntry e = before;
        fill(e, input);
        e.basisWithdrawn = input.basisWithdrawn;
        if (e.question == before.question && e.answer == before.answer && e.basis == before.basis
            && e.items == before.items && e.validFrom == before.validFrom && e.validTo == before.validTo
            && e.basisWithdrawn == before.basisWithdrawn)
            return Error::badInput(QStringLiteral("kb_entry"),
                text(QT_TRANSLATE_NOOP("Knowledge", "Nothing differs from version %1 of %2. Nothing was changed."))
                    .arg(QString::number(before.version), before.number));
        if (Status s = writeNext(m_db, e, actor); !s)
            return s.error();
        if (Status a = AuditLog::record(
                m_db, actor, QStringLiteral("kb.revise"), QStringLiteral("kb_entry"), e.id, entryDetail(e));
            !a)
            return a.error();
        qCInfo(lcWorkflow) << "knowledge entry revised" << e.number << "version" << e.version;
        return KnowledgeStore::find(m_db, e.number);
    });
}

Result<KnowledgeProposal> KnowledgeBase::proposeCase(Database& db, const QString& caseNumber, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ProposeKnowledge); !s)
        return s.error();
    return inTransaction<KnowledgeProposal>(db, [&](const Station& station) -> Result<KnowledgeProposal> {
        auto c = CaseStore::byNumber(db, caseNumber, false);
        if (!c)
            return c.error();
        if (c->answer.trimmed().isEmpty())
            return Error::badInput(QStringLiteral("answer"),
                text(QT_TRANSLATE_NOOP("Knowledge",
                         "%1 has no answer yet: only an answered case can be proposed as knowledge. Nothing was "
                         "changed."))
                    .arg(c->number));
        auto open = Sql::one(
            db, QStringLiteral("SELECT number FROM kb_proposals WHERE case_seq = ? AND state = 'open'"), { c->seq });
        if (!open)
            return open.error();
        if (open->has_value())
            return Error::badInput(QStringLiteral("kb_entry"),
                text(QT_TRANSLATE_NOOP("Knowledge", "%1 is proposed already (%2). Nothing was changed."))
                    .arg(c->number, (**open).first().toString()));
        KnowledgeProposal p;
        p.proposedAt = Clock::nowUtc();
        p.id = Sql::newId();
        auto number = DocumentNumbers::take(db, station, kProposalKind, Clock::chinaDate(p.proposedAt).year());
        if (!number)
            return number.error();
        p.number = *number;
        p.caseNumber = c->number;
        p.question = c->summary;
        p.answer = c->answer;
        p.itemCode = c->itemCode;
        p.proposedBy = actor.login;
        p.state = QStringLiteral("open");
        if (Status s = KnowledgeStore::insertProposal(db, p, c->seq); !s)
            return s.error();
        if (Status a = AuditLog::record(db,
                actor,
                QStringLiteral("kb.propose"),
                QStringLiteral("kb_proposal"),
                p.id,
                { { QStringLiteral("number"), p.number }, { QStringLiteral("case"), c->number } });
            !a)
            return a.error();
        return p;
    });
}

Result<KnowledgeEntry> KnowledgeBase::approve(const QString& proposal, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageKnowledge); !s)
        return s.error();
    return inTransaction<KnowledgeEntry>(m_db, [&](const Station& station) -> Result<KnowledgeEntry> {
        auto p = openProposal(m_db, proposal);
        if (!p)
            return p.error();
        KnowledgeEntry e;
        e.question = TextRules::clean(p->question).left(500);
        e.answer = p->answer.left(4000);
        if (m_catalog.item(p->itemCode))
            e.items << p->itemCode;
        if (Status s = writeNew(m_db, station, e, actor); !s)
            return s.error();
        if (Status s
            = Sql::write(m_db, QStringLiteral("UPDATE kb_entries SET proposal_id = ? WHERE seq = ?"), { p->id, e.seq });
            !s)
            return s.error();
        if (Status s = KnowledgeStore::decideProposal(
                m_db, p->seq, QStringLiteral("approved"), actor.login, e.createdAt, {}, e.seq);
            !s)
            return s.error();
        QJsonObject detail = entryDetail(e);
        detail.insert(QStringLiteral("proposal"), p->number);
        if (Status a
            = AuditLog::record(m_db, actor, QStringLiteral("kb.approve"), QStringLiteral("kb_entry"), e.id, detail);
            !a)
            return a.error();
        return e;
    });
}

Result<KnowledgeProposal> KnowledgeBase::reject(const QString& proposal, const QString& note, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageKnowledge); !s)
        return s.error();
    auto why = TextRules::check(QStringLiteral("reason"), note, true, 500);
    if (!why)
        return why.error();
    return inTransaction<KnowledgeProposal>(m_db, [&](const Station&) -> Result<KnowledgeProposal> {
        auto p = openProposal(m_db, proposal);
        if (!p)
            return p.error();
        if (Status s = KnowledgeStore::decideProposal(
                m_db, p->seq, QStringLiteral("rejected"), actor.login, Clock::nowUtc(), *why, std::nullopt);
            !s)
            return s.error();
        if (Status a = AuditLog::record(m_db,
                actor,
                QStringLiteral("kb.reject"),
                QStringLiteral("kb_proposal"),
                p->id,
                { { QStringLiteral("number"), p->number }, { QStringLiteral("reason"), *why } });
            !a)
            return a.error();
        return KnowledgeStore::proposal(m_db, p->number);
    });
}

Result<KnowledgeEntry> KnowledgeBase::usable(Database& db, const QString& entry, const QDate& today)
{
    auto e = KnowledgeStore::find(db, entry);
    if (!e)
        return Error::badInput(QStringLiteral("kb_entry"), e.error().message);
    if (!e->currentOn(today))
        return Error::badInput(QStringLiteral("kb_entry"),
            text(QT_TRANSLATE_NOOP("Knowledge",
                     "%1 is not current (retired, past its validity or its basis withdrawn); it cannot be given as the "
                     "answer."))
                .arg(e->number));
    return e;
}
