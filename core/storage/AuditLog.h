#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class Database;
struct Actor;

// 7.6.1/7.6.3: every change writes who did what and when. Call inside the change's transaction,
// so the entry and the change land together or not at all.
//
// The log is a hash chain (issue 6): each entry holds the SHA-256 of the entry before it and its
// own SHA-256 over that and all its fields, so an entry edited, removed or moved in the file is
// found by verify(). A chain alone cannot show that the newest entries were cut off, or catch
// someone who rewrites every hash after an edit; comparing with an older copy (a backup) does:
// verifyAgainst().
namespace AuditLog {
Status record(Database& db,
    const QString& actor,
    const QString& action,
    const QString& entity,
    const QString& entityId,
    const QJsonObject& detail = {},
    const QString& role = {});

// Appends entries one after another holding the chain's head in memory: for bulk writers (demo data)
// that add many entries in one transaction. Use it only inside the caller's write transaction.
class Appender
{
public:
    static Result<Appender> open(Database& db);
    Status append(const QDateTime& at,
        const QString& actor,
        const QString& role,
        const QString& action,
        const QString& entity,
        const QString& entityId,
        const QJsonObject& detail = {});

private:
    explicit Appender(Database& db)
        : m_db(&db)
    { }
    Database* m_db;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
};

// The same, for a person or program acting through Actor: their login and role are recorded.
Status record(Database& db,
    const Actor& actor,
    const QString& action,
    const QString& entity,
    const QString& entityId,
    const QJsonObject& detail = {});

struct Verification
{
    qint64 entries = 0;
    qint64 headSeq = 0; // the newest entry
    QString headHash;
    qint64 brokenAt = 0; // the first entry found wrong; 0 if the chain holds
    UiText problem; // what is wrong with it
    bool holds() const { return brokenAt == 0; }
};
// Reads the whole log in order and checks every link and every hash.
Result<Verification> verify(Database& db);
// `older` (a backup of the same station) must be the start of `current`: its newest entry must
// still be in `current`, unchanged. Both chains must hold on their own (verify them first).
Verification verifyAgainst(Database& current, const Verification& currentCheck, Database& older);
// Migration 10's step: chains the entries written before the log had hashes, in their order.
Status chainUnchained(Database& db);
} // namespace AuditLog
