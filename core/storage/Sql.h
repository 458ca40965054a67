#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

class Database;

namespace Sql {
// Prepares and runs `sql` with positional binds. A failure becomes an internal Error carrying
// SQLite's message (and is logged); callers only check and pass it on.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// Runs a write (INSERT, UPDATE) through the connection's statement cache: prepared once, then only
// bound and run. Not for SELECTs (see Database::cachedStatement).
Status write(Database& db, const QString& sql, const QVariantList& binds = {}, qint64* lastInsertId = nullptr);
// The first row of a cached SELECT, its values copied out and the statement reset at once (so no
// snapshot is left pinned); nothing if there is no row. For lookups run many times.
Result<std::optional<QVariantList>> one(Database& db, const QString& sql, const QVariantList& binds = {});
// Every row of a cached SELECT, copied out, the statement reset at once: for small lookups run
// many times (a case's clock events).
Result<QList<QVariantList>> all(Database& db, const QString& sql, const QVariantList& binds = {});
// Runs an already prepared query with these binds.
Status exec(QSqlQuery& q, const QVariantList& binds = {});
// A fresh random UUID without braces, the id of every record (DESIGN.md §6).
QString newId();
// NULL for an empty string, so optional text columns hold NULL rather than ''.
QVariant orNull(const QString& s);
} // namespace Sql
