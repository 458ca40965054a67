#include "storage/HeldSearchRows.h"

#include "storage/Sql.h"

#include <utility>

namespace {
Status insert(Database& db, const char* table, qint64 rowid, const QString& tokens)
{
    return Sql::write(
        db, QStringLiteral("INSERT INTO %1(rowid, tokens) VALUES (?, ?)").arg(QLatin1String(table)), { rowid, tokens });
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
