#pragma once

#include "PlatformStore.h"

#include <QJsonObject>

// Push and pull (DESIGN.md §6) on the platform's side. A push batch is one transaction: each op is
// answered (applied, duplicate, conflict, rejected) and an applied one's answer stored with it, so a
// replay gets the same answer; a crash before the commit leaves nothing, and the client sends the
// batch again.
namespace SyncService {
constexpr int kMaxOpsPerPush = 1000;
constexpr int kMaxChangesPerPull = 2000;
// How far ahead of the platform's clock a case's time of receipt may be before it is corrected.
constexpr int kClockToleranceSeconds = 300;

// {"ops": [...]} -> {"results": [...]} (the response body, JSON); BadInput for a body that is not a
// list of ops. `raw`, the body as received, lets a record be stored as the station sent it.
Result<QByteArray> push(
    PlatformStore& store, const PlatformStation& station, const QJsonObject& body, QByteArrayView raw = {});
// Changes after `cursor` that the station may see: its own, and everything for the city; the
// response body, JSON.
Result<QByteArray> pull(PlatformStore& store, const PlatformStation& station, qint64 cursor, int limit);
} // namespace SyncService
