#pragma once

#include "common/Result.h"

#include <QString>

class Database;

// The station a report is limited to (issues 7, 8); seq 0 for all the stations this database holds.
struct StationFilter
{
    qint64 seq = 0;
    QString code, name;

    // An empty code: every station. An unknown code is refused (NotFound), never read as "all".
    static Result<StationFilter> find(Database& db, const QString& code);
};
