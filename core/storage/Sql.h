#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Sql {
// Prepares and runs `sql` with positional binds. A failure becomes an internal Error carrying
// SQLite's message (and is logged); callers only check and pass it on.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// Runs an already prepared query with these binds.
Status exec(QSqlQuery& q, const QVariantList& binds = {});
// A fresh random UUID without braces, the id of every record (DESIGN.md §6).
QString newId();
// NULL for an empty string, so optional text columns hold NULL rather than ''.
QVariant orNull(const QString& s);
} // namespace Sql
