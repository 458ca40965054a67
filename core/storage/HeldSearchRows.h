#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

class Database;

// Full-text rows of new cases and clients held back while many records are applied in one
// transaction, then written together (the sync's pull, issue 22). FTS5 writes out its pending rows
// at every savepoint, and the pull takes one for each record: written as they came, every pulled
// case made an index segment of its own, and merging them cost 0.3 ms a record.
class HeldSearchRows
{
public:
    // Either writes the row now or, while held, keeps it for write().
    Status add(Database& db, const char* table, qint64 rowid, const QString& tokens);

    void hold() { m_holding = true; }
    bool holding() const { return m_holding; }
    qsizetype size() const { return m_rows.size(); }
    // The rows of a record whose savepoint was rolled back: those added since `size` was read.
    void dropFrom(qsizetype size) { m_rows.resize(size); }
    // Writes every row held, in the transaction still open, and stops holding.
    Status write(Database& db);
    // Stops holding and forgets the rows (their transaction did not commit).
    void discard();

private:
    struct Row
    {
        const char* table;
        qint64 rowid;
        QString tokens;
    };
    bool m_holding = false;
    QList<Row> m_rows;
};
