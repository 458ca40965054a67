#include "storage/Sql.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/StatementLog.h"
#include "storage/StorageError.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace {
// A full disk or a locked file is the user's message (StorageError); only the rest is logged as a
// warning with the statement that failed.
Error failed(const QSqlError& e, const char* what, const QString& sql)
{
    bool numeric = false;
    const int code = e.nativeErrorCode().toInt(&numeric);
    if (!numeric || !StorageError::isEnvironmental(code))
        qCWarning(lcStorage) << what << e.text() << sql;
    return StorageError::from(e);
}
} // namespace

Result<QSqlQuery> Sql::run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    StatementLog::note(sql, binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failed(q.lastError(), "prepare failed:", sql);
    if (Status s = exec(q, binds); !s)
        return s.error();
    return q;
}

namespace {
// The connection's cached statement for `sql`, prepared on first use, run with these binds.
Result<QSqlQuery*> runCached(Database& db, const QString& sql, const QVariantList& binds)
{
    StatementLog::note(sql, binds);
    bool fresh = false;
    QSqlQuery& q = db.cachedStatement(sql, &fresh);
    if (fresh && !q.prepare(sql))
        return failed(q.lastError(), "prepare failed:", sql);
    if (Status s = Sql::exec(q, binds); !s)
        return s.error();
    return &q;
}
} // namespace

Status Sql::write(Database& db, const QString& sql, const QVariantList& binds, qint64* lastInsertId)
{
    auto prepared = runCached(db, sql, binds);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    if (lastInsertId)
        *lastInsertId = q.lastInsertId().toLongLong();
    q.finish();
    return success();
}

Result<std::optional<QVariantList>> Sql::one(Database& db, const QString& sql, const QVariantList& binds)
{
    auto prepared = runCached(db, sql, binds);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    std::optional<QVariantList> row;
    if (q.next()) {
        row.emplace();
        for (int i = 0; i < q.record().count(); ++i)
            row->append(q.value(i));
    }
    q.finish();
    return row;
}

Result<QList<QVariantList>> Sql::all(Database& db, const QString& sql, const QVariantList& binds)
{
    auto prepared = runCached(db, sql, binds);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    q.finish();
    return rows;
}

Status Sql::exec(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return failed(q.lastError(), "query failed:", q.lastQuery());
    return success();
}

QString Sql::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant Sql::orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
