#pragma once

#include "common/Result.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A statement straight through SQLite's C API, for the few places where QSqlQuery's QVariant per
// value costs more than the work: a count reading thousands of bitmap words (CaseBits), a pulled
// page staged row by row (PulledRun). Failures carry SQLite's message; a full disk or a lock is
// ErrorCode::Storage, as everywhere (StorageError).
class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const;
    Error error() const;
    void reset();
    void bind(int i, const QString& s); // a null QString binds NULL
    void bind(int i, qint64 v);
    void bindNull(int i);
    // True while there is a row; a failure leaves ok() false.
    bool step();
    // Runs a statement that returns no rows.
    Status run();
    qint64 int64(int column) const;
    QString text(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_st = nullptr;
    int m_rc = 0;
};

namespace RawSql {
// Runs one or more statements that return no rows.
Status exec(sqlite3* db, const char* sql);
} // namespace RawSql
