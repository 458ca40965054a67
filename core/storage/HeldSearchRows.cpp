#include "storage/HeldSearchRows.h"

#include "storage/CaseBits.h"
#include "storage/Sql.h"

#include <cstring>
#include <utility>

namespace {
// `promoted`: the tokens with bitmaps, when known for the whole transaction.
Status insert(Database& db, const char* table, qint64 rowid, const QString& tokens, const QSet<QString>* promoted)
{
    Status s = Sql::write(
        db, QStringLiteral("INSERT INTO %1(rowid, tokens) VALUES (?, ?)").arg(QLatin1String(table)), { rowid, tokens });
    if (!s || std::strcmp(table, "case_search") != 0)
        return s;
    return promoted ? CaseBits::addSearchRow(db, rowid, tokens, *promoted) : CaseBits::addSearchRow(db, rowid, tokens);
}
} // namespace

Status HeldSearchRows::add(Database& db, const char* table, qint64 rowid, const QString& tokens)
{
    if (!m_holding)
        return insert(db, table, rowid, tokens, nullptr);
    m_rows.append({ table, rowid, tokens });
    return success();
}

Status HeldSearchRows::write(Database& db)
{
    m_holding = false;
    const QList<Row> rows = std::exchange(m_rows, {});
    // This connection writes: no other adds a promoted token before it commits.
    auto promoted = CaseBits::promotedTokens(db);
    if (!promoted)
        return promoted.error();
    for (const Row& r : rows)
        if (Status s = insert(db, r.table, r.rowid, r.tokens, &*promoted); !s)
            return s;
    return success();
}

void HeldSearchRows::discard()
{
    m_holding = false;
    m_rows.clear();
}
