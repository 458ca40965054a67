#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

struct sqlite3;

// The statements a piece of work runs, with their binds (issue 22): while a log lives on a thread,
// every read and write through storage/Sql and ReportQuery on that thread is noted in it, so a
// benchmark can run the very same statements again through SQLite's C API (the floor beside the
// figure). Nothing is noted, and nothing costs more than a check, when no log is open.
class StatementLog
{
public:
    struct Statement
    {
        QString sql;
        QVariantList binds; // by position: ?1 is the first
    };

    StatementLog();
    ~StatementLog();
    StatementLog(const StatementLog&) = delete;
    StatementLog& operator=(const StatementLog&) = delete;

    const QList<Statement>& statements() const { return m_statements; }
    static void note(const QString& sql, const QVariantList& binds);

    // Prepares, binds and steps through every row of each statement on `db`, reading nothing out:
    // SQLite's own work for them. False if one does not prepare.
    static bool replay(sqlite3* db, const QList<Statement>& statements);

private:
    QList<Statement> m_statements;
    StatementLog* m_outer;
};
