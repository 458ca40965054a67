#include "storage/AuditLog.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

Status AuditLog::record(Database& db,
    const QString& actor,
    const QString& action,
    const QString& entity,
    const QString& entityId,
    const QJsonObject& detail)
{
    const QString json
        = detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    Status q = Sql::write(db,
        QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { Clock::toStorage(Clock::nowUtc()), actor, action, entity, entityId, Sql::orNull(json) });
    if (!q)
        return q.error();
    return success();
}
