#include "storage/KnowledgeStore.h"

#include "common/Clock.h"
#include "search/SearchTokens.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString kColumns = QStringLiteral(
    "e.seq, e.id, e.number, e.scope, e.question, e.answer, e.basis, e.items, e.valid_from, e.valid_to, "
    "e.basis_withdrawn, e.version, e.author, e.retired_at, e.retire_reason, e.created_at, e.updated_at, "
    "(SELECT count(*) FROM kb_uses u WHERE u.entry_seq = e.seq), "
    "(SELECT count(*) FROM kb_uses u WHERE u.entry_seq = e.seq AND u.edited = 1) FROM kb_entries e");

// Text columns that are NOT NULL: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

KnowledgeEntry fromRow(const QSqlQuery& q)
{
    KnowledgeEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.number = q.value(2).toString();
    e.cityWide = q.value(3).toString() == QLatin1String("city");
    e.question = q.value(4).toString();
    e.answer = q.value(5).toString();
    e.basis = q.value(6).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        e.items << v.toString();
    e.validFrom = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    e.validTo = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.basisWithdrawn = q.value(10).toInt() != 0;
    e.version = q.value(11).toInt();
    e.author = q.value(12).toString();
    if (!q.value(13).isNull())
        e.retiredAt = Clock::fromStorage(q.value(13).toString());
    e.retireReason = q.value(14).toString();
    e.createdAt = Clock::fromStorage(q.value(15).toString());
    e.updatedAt = Clock::fromStorage(q.value(16).toString());
    e.uses = q.value(17).toInt();
    e.editedUses = q.value(18).toInt();
    return e;
}

Result<QList<KnowledgeEntry>> entries(Database& db, const QString& sql, const QVariantList& binds)
{
    auto q = Sql::run(db.sql(), sql, binds);
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<KnowledgeEntry> list;
    while (rows.next())
        list << fromRow(rows);
    return list;
}

// The clause that keeps an entry out of what is offered as current on `today`.
const QString kCurrent
    = QStringLiteral("e.retired_at IS NULL AND e.basis_withdrawn = 0 AND (e.valid_from IS NULL OR e.valid_from <= ?) "
                     "AND (e.valid_to IS NULL OR e.valid_to >= ?)");

Result<QList<KnowledgeEntry>> ranked(
    Database& db, const QString& match, const QString& itemCode, const QDate& today, bool currentOnly, int limit)
{
    if (match.isEmpty())
        return QList<KnowledgeEntry>();
    QVariantList binds { match };
    QString where = QStringLiteral("1");
    if (currentOnly) {
        where = kCurrent;
        binds << day(today) << day(today);
    }
    binds << itemCode << limit;
    return entries(db,
        QStringLiteral("SELECT %1 JOIN (SELECT rowid AS seq, bm25(kb_search) AS rank FROM kb_search "
                       "WHERE kb_search MATCH ?) s ON s.seq = e.seq WHERE %2 "
                       "ORDER BY EXISTS (SELECT 1 FROM kb_entry_items i WHERE i.item_code = ? AND i.entry_seq = e.seq) "
                       "DESC, s.rank, e.seq DESC LIMIT ?")
            .arg(kColumns, where),
        binds);
}
} // namespace

namespace {
// The row looked up by its number or id, or NotFound saying `notFound` of `key`.
template<typename T>
Result<T> theOne(Result<QList<T>> found, const char* notFound, const QString& key)
{
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(UiText::of("Knowledge", notFound).arg(key));
    return found->first();
}

QString itemsJson(const KnowledgeEntry& e)
{
    QJsonArray items;
    for (const QString& code : e.items)
        items << code;
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

// Its items and search tokens, as the entry reads now.
Status index(Database& db, const KnowledgeEntry& e)
{
    for (const QString& code : e.items)
        if (Status s = Sql::write(db,
                QStringLiteral("INSERT OR IGNORE INTO kb_entry_items(item_code, entry_seq) VALUES (?, ?)"),
                { code, e.seq });
            !s)
            return s;
    return Sql::write(db,
        QStringLiteral("INSERT INTO kb_search(rowid, tokens) VALUES (?, ?)"),
        { e.seq, SearchTokens::forDocument({ e.question, e.answer, e.basis }) });
}

// What a version says, in this order, for an insert and an update alike.
const QStringList kVersionColumns { QStringLiteral("question"),
    QStringLiteral("answer"),
    QStringLiteral("basis"),
    QStringLiteral("items"),
    QStringLiteral("valid_from"),
    QStringLiteral("valid_to"),
    QStringLiteral("basis_withdrawn"),
    QStringLiteral("version"),
    QStringLiteral("author"),
    QStringLiteral("retired_at"),
    QStringLiteral("retired_by"),
    QStringLiteral("retire_reason"),
    QStringLiteral("updated_at") };

QVariantList versionValues(const KnowledgeEntry& e)
{
    const QVariant none(QMetaType(QMetaType::QString));
    return { e.question,
        e.answer,
        text(e.basis),
        itemsJson(e),
        Sql::orNull(day(e.validFrom)),
        Sql::orNull(day(e.validTo)),
        e.basisWithdrawn ? 1 : 0,
        e.version,
        e.author,
        e.retiredAt.isValid() ? QVariant(Clock::toStorage(e.retiredAt)) : none,
        e.retiredAt.isValid() ? QVariant(e.author) : none,
        Sql::orNull(e.retireReason),
        Clock::toStorage(e.updatedAt) };
}

Status insertEntry(Database& db, KnowledgeEntry& e)
{
    qint64 seq = 0;
    QStringList marks(kVersionColumns.size() + 4, QStringLiteral("?"));
    if (Status s = Sql::write(db,
            QStringLiteral("INSERT INTO kb_entries(id, number, scope, created_at, %1) VALUES (%2)")
                .arg(kVersionColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
            QVariantList { e.id,
                e.number,
                e.cityWide ? QStringLiteral("city") : QStringLiteral("local"),
                Clock::toStorage(e.createdAt) }
                + versionValues(e),
            &seq);
        !s)
        return s;
    e.seq = seq;
    return index(db, e);
}

// The entry's row takes `e` (a later version), its items and tokens with it.
Status replaceCurrent(Database& db, const KnowledgeEntry& e)
{
    // Contentless FTS5: a row is removed by the tokens it was indexed with, those of the row as it was.
    auto old = Sql::one(db, QStringLiteral("SELECT question, answer, basis FROM kb_entries WHERE seq = ?"), { e.seq });
    if (!old)
        return old.error();
    if (old->has_value()) {
        const QVariantList& o = **old;
        if (Status s = Sql::write(db,
                QStringLiteral("INSERT INTO kb_search(kb_search, rowid, tokens) VALUES ('delete', ?, ?)"),
                { e.seq, SearchTokens::forDocument({ o.at(0).toString(), o.at(1).toString(), o.at(2).toString() }) });
            !s)
            return s;
    }
    if (Status s = Sql::write(db,
            QStringLiteral("UPDATE kb_entries SET %1 = ? WHERE seq = ?")
                .arg(kVersionColumns.join(QStringLiteral(" = ?, "))),
            versionValues(e) + QVariantList { e.seq });
        !s)
        return s;
    if (Status s = Sql::write(db, QStringLiteral("DELETE FROM kb_entry_items WHERE entry_seq = ?"), { e.seq }); !s)
        return s;
    return index(db, e);
}

Status addVersion(Database& db, const KnowledgeEntry& e)
{
    return Sql::write(db,
        QStringLiteral("INSERT INTO kb_versions(entry_seq, version, question, answer, basis, author, written_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { e.seq, e.version, e.question, e.answer, text(e.basis), e.author, Clock::toStorage(e.updatedAt) });
}
} // namespace

Status KnowledgeStore::write(Database& db, KnowledgeEntry& e)
{
    if (e.seq == 0) {
        e.version = 1;
        if (Status s = insertEntry(db, e); !s)
            return s;
    } else {
        ++e.version;
        if (Status s = replaceCurrent(db, e); !s)
            return s;
    }
    return addVersion(db, e);
}

Result<bool> KnowledgeStore::take(Database& db, KnowledgeEntry e)
{
    auto here = Sql::one(db, QStringLiteral("SELECT seq, version, scope FROM kb_entries WHERE id = ?"), { e.id });
    if (!here)
        return here.error();
    bool changed = false;
    if (!here->has_value()) {
        if (Status s = insertEntry(db, e); !s)
            return s.error();
        changed = true;
    } else {
        e.seq = (**here).at(0).toLongLong();
        if ((**here).at(2).toString() != QLatin1String("city"))
            return Error::badInput(QStringLiteral("kb_entry"),
                UiText::of("Knowledge",
                    QT_TRANSLATE_NOOP("Knowledge", "The city's entry has the id of an entry of this station.")));
        if (e.version > (**here).at(1).toInt()) {
            if (Status s = replaceCurrent(db, e); !s)
                return s.error();
            changed = true;
        }
    }
    auto before = Sql::one(
        db, QStringLiteral("SELECT 1 FROM kb_versions WHERE entry_seq = ? AND version = ?"), { e.seq, e.version });
    if (!before)
        return before.error();
    if (before->has_value())
        return changed;
    if (Status s = addVersion(db, e); !s)
        return s.error();
    return true;
}

Result<KnowledgeEntry> KnowledgeStore::find(Database& db, const QString& numberOrId)
{
    const QString key = numberOrId.trimmed();
    return theOne(entries(db,
                      QStringLiteral("SELECT %1 WHERE e.number = ? COLLATE NOCASE OR e.id = ?").arg(kColumns),
                      { key, key.toLower() }),
        QT_TRANSLATE_NOOP("Knowledge", "No knowledge entry %1."),
        key);
}

Result<QList<KnowledgeEntry>> KnowledgeStore::list(Database& db, bool withRetired, int limit)
{
    return entries(db,
        QStringLiteral("SELECT %1 %2 ORDER BY e.updated_at DESC, e.seq DESC LIMIT ?")
            .arg(kColumns, withRetired ? QString() : QStringLiteral("WHERE e.retired_at IS NULL")),
        { limit });
}

Result<QList<KnowledgeEntry>> KnowledgeStore::search(
    Database& db, const QString& query, const QString& itemCode, const QDate& today, bool currentOnly, int limit)
{
    return ranked(db, SearchTokens::matchExpression(query), itemCode, today, currentOnly, limit);
}

Result<QList<KnowledgeEntry>> KnowledgeStore::suggest(
    Database& db, const QString& request, const QString& itemCode, const QDate& today, int limit)
{
    return ranked(db, SearchTokens::anyOfExpression(request, 40), itemCode, today, true, limit);
}

Status KnowledgeStore::recordUse(Database& db, qint64 caseSeq, const KnowledgeUse& use, const QDateTime& at)
{
    return Sql::write(db,
        QStringLiteral("INSERT OR IGNORE INTO kb_uses(case_seq, entry_seq, version, edited, used_at) "
                       "SELECT ?, seq, ?, ?, ? FROM kb_entries WHERE number = ?"),
        { caseSeq, use.version, use.edited ? 1 : 0, Clock::toStorage(at), use.entryNumber });
}

Result<std::optional<KnowledgeUse>> KnowledgeStore::useOf(Database& db, qint64 caseSeq)
{
    auto row = Sql::one(db,
        QStringLiteral("SELECT e.number, u.version, u.edited FROM kb_uses u JOIN kb_entries e ON e.seq = u.entry_seq "
                       "WHERE u.case_seq = ?"),
        { caseSeq });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<KnowledgeUse>();
    const QVariantList& v = **row;
    return std::optional<KnowledgeUse>(KnowledgeUse { v.at(0).toString(), v.at(1).toInt(), v.at(2).toInt() != 0 });
}

namespace {
const QString kProposalColumns = QStringLiteral(
    "p.seq, p.id, p.number, c.number, p.question, p.answer, p.item_code, p.proposed_by, p.proposed_at, p.state, "
    "p.decided_by, e.number FROM kb_proposals p JOIN cases c ON c.seq = p.case_seq "
    "LEFT JOIN kb_entries e ON e.seq = p.entry_seq");

Result<QList<KnowledgeProposal>> proposals(Database& db, const QString& sql, const QVariantList& binds)
{
    auto q = Sql::run(db.sql(), sql, binds);
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<KnowledgeProposal> list;
    while (rows.next()) {
        KnowledgeProposal p;
        p.seq = rows.value(0).toLongLong();
        p.id = rows.value(1).toString();
        p.number = rows.value(2).toString();
        p.caseNumber = rows.value(3).toString();
        p.question = rows.value(4).toString();
        p.answer = rows.value(5).toString();
        p.itemCode = rows.value(6).toString();
        p.proposedBy = rows.value(7).toString();
        p.proposedAt = Clock::fromStorage(rows.value(8).toString());
        p.state = rows.value(9).toString();
        p.decidedBy = rows.value(10).toString();
        p.entryNumber = rows.value(11).toString();
        list << p;
    }
    return list;
}
} // namespace

Status KnowledgeStore::insertProposal(Database& db, KnowledgeProposal& p, qint64 caseSeq)
{
    qint64 seq = 0;
    if (Status s = Sql::write(db,
            QStringLiteral("INSERT INTO kb_proposals(id, number, case_seq, question, answer, item_code, proposed_by, "
                           "proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { p.id, p.number, caseSeq, p.question, p.answer, p.itemCode, p.proposedBy, Clock::toStorage(p.proposedAt) },
            &seq);
        !s)
        return s;
    p.seq = seq;
    return success();
}

Result<KnowledgeProposal> KnowledgeStore::proposal(Database& db, const QString& numberOrId)
{
    const QString key = numberOrId.trimmed();
    return theOne(proposals(db,
                      QStringLiteral("SELECT %1 WHERE p.number = ? COLLATE NOCASE OR p.id = ?").arg(kProposalColumns),
                      { key, key.toLower() }),
        QT_TRANSLATE_NOOP("Knowledge", "No knowledge proposal %1."),
        key);
}

Result<QList<KnowledgeProposal>> KnowledgeStore::openProposals(Database& db)
{
    return proposals(
        db, QStringLiteral("SELECT %1 WHERE p.state = 'open' ORDER BY p.proposed_at, p.seq").arg(kProposalColumns), {});
}

Status KnowledgeStore::decideProposal(Database& db,
    qint64 seq,
    const QString& state,
    const QString& by,
    const QDateTime& at,
    const QString& note,
    std::optional<qint64> entrySeq)
{
    return Sql::write(db,
        QStringLiteral("UPDATE kb_proposals SET state = ?, decided_by = ?, decided_at = ?, decision_note = ?, "
                       "entry_seq = ? WHERE seq = ?"),
        { state,
            by,
            Clock::toStorage(at),
            Sql::orNull(note),
            entrySeq ? QVariant(*entrySeq) : QVariant(QMetaType(QMetaType::LongLong)),
            seq });
}
