#include "storage/HeldSearchRows.h"

#include "storage/CaseBits.h"
#include "storage/Sql.h"

#include <cstring>
#include <utility>

namespace {
Status insert(Database& db, const char* table, qint64 rowid, const QString& tokens)
{
    Status s = Sql::write(
        db, QStringLiteral("INSERT INTO %1(rowid, tokens) VALUES (?, ?)").arg(QLatin1String(table)), { rowid, tokens });
    if (s && std::strcmp(table, "case_search") == 0)
        return CaseBits::addSearchRow(db, rowid, tokens);
    return s;
}
} // namespace

Status HeldSearchRows::add(Database& db, const char* table, qint64 rowid, const QString& tokens)
{
    if (!m_holding)
        return insert(db, table, rowid, tokens);
    m_rows.append({ table, rowid, tokens });
    return success();
}

Status HeldSearchRows::write(Database& db)
{
    m_holding = false;
    const QList<Row> rows = std::exchange(m_rows, {});
    for (const Row& r : rows)
        if (Status s = insert(db, r.table, r.rowid, r.tokens); !s)
            return s;
    return success();
}

void HeldSearchRows::discard()
{
    m_holding = false;
    m_rows.clear();
}
