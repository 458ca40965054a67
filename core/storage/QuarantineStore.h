#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

class Database;

// A change pulled from the platform that this station could not apply, held back with why
// (migration 19). The pull went on past it; a person settles it: applied again (after the cause
// was mended, e.g. its client arrived) or dismissed.
struct HeldRecord
{
    qint64 seq = 0;
    qint64 changeSeq = 0; // the platform's sequence number of the change
    QString entity;
    QString recordId;
    QJsonObject change;
    UiText reason;
    QString field;
    QDateTime firstSeen;
    QDateTime lastTried;
    int attempts = 0;
    bool held = true; // false once applied or dismissed
};

namespace QuarantineStore {
// Holds the change back (again: one more attempt), inside the caller's transaction.
Status hold(Database& db, const QJsonObject& change, const Error& why);
Result<QList<HeldRecord>> held(Database& db); // oldest first
Result<std::optional<HeldRecord>> find(Database& db, qint64 seq);
Result<qint64> heldCount(Database& db);
// "entity/record id" of every record held back now or dismissed: a difference from the platform that
// a person sees or has settled, so verification does not take it again.
Result<QSet<QString>> setAside(Database& db);
// A later change of the record applied (it arrived again, complete: a case dispatched here comes
// with its client after the case's own older changes): what was held of it is no longer needed.
// Left the list as applied, by the sync itself.
Status supersede(Database& db, const QString& entity, const QString& recordId);
// It left the list: applied after all, or dismissed by a person (who and when are kept).
Status settle(Database& db, qint64 seq, bool applied, const Actor& actor);
} // namespace QuarantineStore
