#pragma once

#include "common/Result.h"
#include "storage/HeldSearchRows.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <map>
#include <memory>

struct sqlite3;

// One connection to a station's SQLite file. Each thread that touches the database opens its own
// (Qt's SQL connections must stay on the thread that made them). The first open of a file runs the
// numbered migrations; a file written by a newer QSDesk is refused (DESIGN.md §5).
class Database
{
public:
    enum class Mode
    {
        ReadWrite, // create the file if missing and upgrade its schema
        ReadOnly, // an existing, current file; for reader threads
    };

    // `schema` is the folder of numbered migrations this file follows (Migrations::stationSchema()
    // unless it is the city platform's own database).
    static Result<std::unique_ptr<Database>> open(
        const QString& path, Mode mode = Mode::ReadWrite, const QString& schema = QString());
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const;
    int schemaVersion() const;
    // An archive of closed cases (workflow/CaseArchive): opened query-only; write transactions refused.
    bool isArchive() const { return m_archive; }

    // A prepared statement kept for the life of the connection, for statements run many times (sync
    // applies thousands of rows; preparing each one was a third of the time). Only Sql::write and
    // Sql::one use it: both reset the statement before returning, so no cached SELECT is left
    // mid-iteration pinning an old snapshot of the database.
    QSqlQuery& cachedStatement(const QString& sql, bool* fresh);

    // Runs several statements at once (migrations, pragmas); QSqlQuery runs only the first.
    Status execScript(const QString& sql);

    static QString defaultPath(); // under the user's data directory
    // How long a write waits for another connection's transaction to end.
    static constexpr int kBusyTimeoutMs = 10000;

    // New cases' and clients' full-text rows, written at once or held for a bulk write.
    HeldSearchRows& searchRows() { return m_searchRows; }

    // The search tokens with bitmaps of their own (storage/CaseBits), as last read, and what told
    // which they were.
    struct BitTokens
    {
        QString version;
        QSet<QString> tokens;
    };
    BitTokens& bitTokens() { return m_bitTokens; }

private:
    Database(QString path, QString connectionName);
    Status configure(Mode mode, const QString& schema);
    Status configureWaiting(Mode mode, const QString& schema);

    QString m_path;
    bool m_archive = false;
    int m_lastResultCode = 0; // of execScript: SQLITE_BUSY tells set-up to wait and try again
    QString m_connectionName;
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    HeldSearchRows m_searchRows;
    BitTokens m_bitTokens;
};
