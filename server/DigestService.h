#pragma once

#include "PlatformStore.h"

#include <QJsonObject>

// Verification on the platform's side (DESIGN.md §6, convergence): the digest of the records a
// station's pull serves it, in buckets (ScopeDigest, the same code the station uses), and the
// records of one bucket, so a station that finds a bucket different can compare and repair it.
namespace DigestService {
// {"behind": whether the station has changes to pull after `cursor` (then it pulls and asks again),
//  "count": N, "buckets": [{"b", "n", "h"}…]}
Result<QJsonObject> digest(PlatformStore& store, const PlatformStation& station, qint64 cursor);
// {"changes": [...]}, the bucket's records in pull's format (seq 0), clients first, then cases, then
// what hangs on cases: the order a station applies them in. BadInput for a malformed bucket name.
Result<QByteArray> bucket(PlatformStore& store, const PlatformStation& station, const QString& bucket);
} // namespace DigestService
