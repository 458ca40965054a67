#include "storage/RawStatement.h"

#include "storage/StorageError.h"

#include <sqlite3.h>

RawStatement::RawStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    m_rc = sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_st);
}

bool RawStatement::ok() const
{
    return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE;
}

Error RawStatement::error() const
{
    return StorageError::from(m_rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void RawStatement::reset()
{
    sqlite3_reset(m_st);
    sqlite3_clear_bindings(m_st);
}

void RawStatement::bind(int i, const QString& s)
{
    if (s.isNull()) {
        sqlite3_bind_null(m_st, i);
        return;
    }
    const QByteArray u = s.toUtf8();
    sqlite3_bind_text(m_st, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
}

void RawStatement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_st, i, v);
}

void RawStatement::bindUtf8(int i, const QByteArray& utf8)
{
    sqlite3_bind_text(m_st, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void RawStatement::bindNull(int i)
{
    sqlite3_bind_null(m_st, i);
}

bool RawStatement::step()
{
    m_rc = sqlite3_step(m_st);
    return m_rc == SQLITE_ROW;
}

Status RawStatement::run()
{
    if (!m_st)
        return error(); // it did not prepare
    while (step()) { }
    if (!ok())
        return error();
    return success();
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_st, column);
}

QString RawStatement::text(int column) const
{
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_st, column));
    if (!chars)
        return {};
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_st, column));
}

QByteArray RawStatement::utf8(int column) const
{
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_st, column));
    if (!chars)
        return {};
    return QByteArray(chars, sqlite3_column_bytes(m_st, column));
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_st, column) == SQLITE_NULL;
}

RawStatement& RawStatements::operator()(const char* sql)
{
    auto& st = m_statements[sql];
    if (!st)
        st = std::make_unique<RawStatement>(m_db, sql);
    st->reset();
    return *st;
}

Status RawSql::exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return success();
    const QString m = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    return StorageError::from(rc, m);
}
