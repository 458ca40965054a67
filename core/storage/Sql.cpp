#include "storage/Sql.h"

#include "common/Logging.h"

#include <QSqlError>
#include <QUuid>

Result<QSqlQuery> Sql::run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << q.lastError().text() << sql;
        return Error::internal(q.lastError().text());
    }
    if (Status s = exec(q, binds); !s)
        return s.error();
    return q;
}

Status Sql::exec(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        qCWarning(lcStorage) << "query failed:" << q.lastError().text() << q.lastQuery();
        return Error::internal(q.lastError().text());
    }
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
