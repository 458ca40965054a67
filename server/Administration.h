#pragma once

#include "PlatformStore.h"

// Setting up the platform and its stations (the server's admin commands), and knowing a station by
// its credential. Credentials are shown once and stored only as a SHA-256 hash.
namespace Administration {
Result<QString> init(PlatformStore& store, const QString& cityCode); // refused if already set up
Result<QString> city(PlatformStore& store);
// Registers a station and returns its new credential. `divisions`: the administrative divisions it
// serves (six-digit codes), where online requests of their enterprises go.
Result<QString> addStation(PlatformStore& store,
    const QString& code,
    const QString& name,
    const QString& level,
    const QStringList& divisions = {});
// The station serves these divisions too (six-digit codes); NotFound for an unknown station,
// BadInput for a code that is not one or that another station serves.
Status addDivisions(PlatformStore& store, const QString& code, const QStringList& divisions);
// A new credential for the station, returned; the old one is refused from the next request on,
// by running servers too (every request reads the stored hash). NotFound for an unknown station.
Result<QString> rotateCredential(PlatformStore& store, const QString& code);
// The station's credential is refused from the next request on, and no other replaces it until
// rotateCredential gives it a new one. NotFound for an unknown station.
Status revokeCredential(PlatformStore& store, const QString& code);
// The station a credential belongs to; NotAllowed for an unknown one.
Result<PlatformStation> authenticate(PlatformStore& store, const QString& token);

// Which history this store holds: its epoch (new after a restore, see newEpoch) and the last change
// it has given out. A client ahead of either re-offers what it sent.
struct History
{
    QString epoch;
    qint64 latestSeq = 0;
};
Result<History> history(PlatformStore& store);
Result<QString> newEpoch(PlatformStore& store); // run after restoring a backup
} // namespace Administration
