#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <unordered_map>

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
    void bind(int i, const QString& s); // a null QString binds NULL, as QSqlQuery does
    void bind(int i, qint64 v);
    void bindNull(int i);
    // Text already in UTF-8 (a compact JSON payload), bound without a copy: it must outlive the step.
    void bindUtf8(int i, const QByteArray& utf8);
    // True while there is a row; a failure leaves ok() false.
    bool step();
    // Runs a statement that returns no rows.
    Status run();
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_st = nullptr;
    int m_rc = 0;
};

// Statements prepared once for a connection and handed out reset, keyed by their SQL (constants).
// For work that runs the same few statements thousands of times: a pull's runs, a push's ops.
class RawStatements
{
public:
    explicit RawStatements(sqlite3* db)
        : m_db(db)
    { }
    RawStatement& operator()(const char* sql);
    void clear() { m_statements.clear(); } // after a rollback that may have dropped what they name

private:
    sqlite3* m_db;
    std::unordered_map<const char*, std::unique_ptr<RawStatement>> m_statements;
};

namespace RawSql {
// Runs one or more statements that return no rows.
Status exec(sqlite3* db, const char* sql);
} // namespace RawSql
