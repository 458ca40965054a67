#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

class Database;

// 7.6.1/7.6.3: every change writes who did what and when. Call inside the change's transaction,
// so the entry and the change land together or not at all.
namespace AuditLog {
Status record(Database& db,
    const QString& actor,
    const QString& action,
    const QString& entity,
    const QString& entityId,
    const QJsonObject& detail = {});
}
