#pragma once

#include "common/Result.h"
#include "domain/Records.h"

class Database;

// The station this database belongs to (one per file) and the stations it knows of.
namespace StationStore {
QString levelKey(StationLevel level);
std::optional<StationLevel> levelFromKey(const QString& key);

// The local station; NotFound until `init` has run.
Result<Station> local(Database& db);
// Records this file as the database of `station`. Refused if it already belongs to one.
Result<Station> initLocal(Database& db, const Station& station, const QString& actor);
Result<qint64> seqOf(Database& db, const QString& stationId);
// The seq of another station ("LZ-LJ") this database holds cases of, added on first sight.
Result<qint64> ensureRemote(Database& db, const QString& qualifiedCode);
} // namespace StationStore
