#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString role; // key; empty for entries from before roles
    QString action; // "case.register"
    QString entity;
    QString entityId;
    QString detail; // JSON as stored: before/after and what else the action recorded
};

struct AuditFilter
{
    QString actor; // exact login
    QString action; // a prefix: "user." finds every account change
    QString entityId; // a record id or login
    QDate from, to; // China-time days, inclusive; invalid = open
};

// Reading the audit log for people (issue 6): supervisors filter it and export it. Only for actors
// allowed Permission::ViewAudit; the export itself is audited.
namespace AuditQuery {
// Newest first, entries with seq < beforeSeq (0: from the newest), at most `limit`.
Result<QList<AuditEntry>> page(
    Database& db, const AuditFilter& filter, const Actor& actor, qint64 beforeSeq = 0, int limit = 200);
// All matching entries as CSV (UTF-8 with BOM so Excel reads the Chinese), oldest first; returns
// how many were written. Records the export in the log.
Result<qint64> exportCsv(Database& db, const AuditFilter& filter, const QString& path, const Actor& actor);
} // namespace AuditQuery
