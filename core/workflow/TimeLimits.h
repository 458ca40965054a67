#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Catalog.h"

#include <QDateTime>

class Database;

// Issue 20: the working days a service item is promised in (first response, closing). The
// catalog ships them; a station administrator may set the station's own, each change a new
// version with its reason (migration 24). New cases take the latest; a case keeps its own.
class TimeLimits
{
public:
    struct Limit
    {
        QString itemCode;
        int responseDays = 0;
        int closeDays = 0;
        int version = 0; // 0: the catalog's shipped limits
        QString reason; // why the station changed them
        QDateTime changedAt;
        QString changedBy;
    };

    TimeLimits(Database& db, const Catalog& catalog);
    // The item's limits now; an item not in the catalog is NotFound.
    Result<Limit> of(const QString& itemCode);
    // Every item's limits now, in catalog order.
    Result<QList<Limit>> all();
    Result<Limit> set(
        const QString& itemCode, int responseDays, int closeDays, const QString& reason, const Actor& actor);

private:
    Database& m_db;
    const Catalog& m_catalog;
};
