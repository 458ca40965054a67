#include "workflow/CaseArchive.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "search/SearchTokens.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
// What belongs to the cases in temp.moving, table by table, parents before children. The archive
// has the same schema (same migrations), so whole rows copy across with their seq.
const char* const kCopies[] = {
    // Marks the file as an archive: it opens query-only from then on (Database::configure).
    "INSERT OR IGNORE INTO arc.meta(key, value) VALUES ('archive', 'closed cases, 7.6')",
    "INSERT OR IGNORE INTO arc.stations SELECT * FROM main.stations",
    // The station's accounts, so the same people can search the archive (hashes only, as here).
    "INSERT OR REPLACE INTO arc.users SELECT * FROM main.users",
    "INSERT OR IGNORE INTO arc.clients SELECT * FROM main.clients WHERE seq IN "
    "(SELECT client_seq FROM main.cases WHERE seq IN (SELECT seq FROM temp.moving))",
    "INSERT OR IGNORE INTO arc.agencies SELECT * FROM main.agencies WHERE seq IN "
    "(SELECT agency_seq FROM main.handoffs WHERE case_seq IN (SELECT seq FROM temp.moving))",
    "INSERT OR IGNORE INTO arc.blobs SELECT * FROM main.blobs WHERE sha256 IN (SELECT sha256 FROM temp.moving_blobs)",
    "INSERT OR IGNORE INTO arc.cases SELECT * FROM main.cases WHERE seq IN (SELECT seq FROM temp.moving)",
    "INSERT OR IGNORE INTO arc.case_events SELECT * FROM main.case_events WHERE case_seq IN (SELECT seq FROM "
    "temp.moving)",
    "INSERT OR IGNORE INTO arc.handoffs SELECT * FROM main.handoffs WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "INSERT OR IGNORE INTO arc.notices SELECT * FROM main.notices WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "INSERT OR IGNORE INTO arc.notice_items SELECT * FROM main.notice_items WHERE notice_seq IN "
    "(SELECT seq FROM main.notices WHERE case_seq IN (SELECT seq FROM temp.moving))",
    "INSERT OR IGNORE INTO arc.instruction_requests SELECT * FROM main.instruction_requests WHERE case_seq IN "
    "(SELECT seq FROM temp.moving)",
    "INSERT OR IGNORE INTO arc.visits SELECT * FROM main.visits WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "INSERT OR IGNORE INTO arc.visit_photos SELECT * FROM main.visit_photos WHERE visit_seq IN "
    "(SELECT seq FROM main.visits WHERE case_seq IN (SELECT seq FROM temp.moving))",
    // 7.6.1: the client's evaluation is part of the case's file.
    "INSERT OR IGNORE INTO arc.feedback SELECT * FROM main.feedback WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "INSERT OR IGNORE INTO arc.return_visits SELECT * FROM main.return_visits WHERE case_seq IN "
    "(SELECT seq FROM temp.moving)",
    "INSERT OR IGNORE INTO arc.clock_events SELECT * FROM main.clock_events WHERE case_seq IN "
    "(SELECT seq FROM temp.moving)",
};

// Children before parents.
const char* const kRemovals[] = {
    "DELETE FROM main.visit_photos WHERE visit_seq IN "
    "(SELECT seq FROM main.visits WHERE case_seq IN (SELECT seq FROM temp.moving))",
    "DELETE FROM main.visits WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.notice_items WHERE notice_seq IN "
    "(SELECT seq FROM main.notices WHERE case_seq IN (SELECT seq FROM temp.moving))",
    "DELETE FROM main.notices WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.handoffs WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.instruction_requests WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.case_events WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.clock_events WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.feedback WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.return_visits WHERE case_seq IN (SELECT seq FROM temp.moving)",
    // Complaints stay with the station's complaint records (7.5.5); they keep the case's number.
    "UPDATE main.complaints SET case_seq = NULL WHERE case_seq IN (SELECT seq FROM temp.moving)",
    "DELETE FROM main.cases WHERE seq IN (SELECT seq FROM temp.moving)",
    // Signatures and photos no remaining visit uses (the archive holds them).
    "DELETE FROM main.blobs WHERE sha256 IN (SELECT sha256 FROM temp.moving_blobs) "
    "AND sha256 NOT IN (SELECT signature_sha256 FROM main.visits WHERE signature_sha256 IS NOT NULL) "
    "AND sha256 NOT IN (SELECT sha256 FROM main.visit_photos)",
};

Status run(Database& db, const QString& sql, const QVariantList& binds = {})
{
    auto q = Sql::run(db.sql(), sql, binds);
    return q ? success() : Status(q.error());
}

// ATTACH and DETACH cannot run inside a transaction; this keeps the archive attached for one run.
class Attached
{
public:
    Attached(Database& db, const QString& path)
        : m_db(db)
    {
        m_status = run(db, QStringLiteral("ATTACH DATABASE ? AS arc"), { path });
    }
    ~Attached()
    {
        run(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.moving"));
        run(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.moving_blobs"));
        if (m_status)
            run(m_db, QStringLiteral("DETACH DATABASE arc"));
    }
    const Status& status() const { return m_status; }

private:
    Database& m_db;
    Status m_status = success();
};
} // namespace

CaseArchive::CaseArchive(Database& db)
    : m_db(db)
{ }

Result<ArchiveReport> CaseArchive::archive(const QString& archivePath, const QDate& closedBefore, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ArchivePurge); !s)
        return s.error();
    const QDate latest = latestAllowed(Clock::chinaDate(Clock::nowUtc()));
    if (!closedBefore.isValid() || closedBefore > latest)
        return Error::badInput(QStringLiteral("closed_before"),
            UiText::of("Archive",
                QT_TRANSLATE_NOOP("Archive",
                    "Closed before: case files are kept at least two years after closing (7.6); the latest date "
                    "allowed today is %1. Nothing was changed."))
                .arg(latest.toString(Qt::ISODate)));
    if (QFileInfo(archivePath).absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath())
        return Error::badInput(QStringLiteral("archive"),
            UiText::of("Archive", QT_TRANSLATE_NOOP("Archive", "The archive must be another file than the database.")));
    {
        // A station database of the same schema, created owner-only; closed again before attaching.
        auto made = Database::open(archivePath);
        if (!made)
            return made.error();
    }
    Attached arc(m_db, archivePath);
    if (!arc.status())
        return arc.status().error();

    const QString cutoff = Clock::toStorage(QDateTime(closedBefore, QTime(0, 0), Clock::chinaZone()));
    const QStringList prepare = {
        QStringLiteral("CREATE TEMP TABLE moving(seq INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TABLE moving_blobs(sha256 TEXT PRIMARY KEY)"),
    };
    for (const QString& sql : prepare)
        if (Status s = run(m_db, sql); !s)
            return s.error();
    // Closed before the date, and nothing about it still waiting to go to the city platform.
    if (Status s = run(m_db,
            QStringLiteral(
                "INSERT INTO temp.moving SELECT seq FROM main.cases WHERE status = 'closed' AND closed_at < ? "
                "AND id NOT IN (SELECT record_id FROM main.outbox WHERE state = 'pending') "
                "AND seq NOT IN (SELECT v.case_seq FROM main.visits v JOIN main.outbox o ON o.record_id = v.id "
                "WHERE o.state = 'pending')"),
            { cutoff });
        !s)
        return s.error();
    if (Status s = run(m_db,
            QStringLiteral("INSERT OR IGNORE INTO temp.moving_blobs SELECT signature_sha256 FROM main.visits "
                           "WHERE case_seq IN (SELECT seq FROM temp.moving) AND signature_sha256 IS NOT NULL "
                           "UNION SELECT p.sha256 FROM main.visit_photos p JOIN main.visits v ON v.seq = p.visit_seq "
                           "WHERE v.case_seq IN (SELECT seq FROM temp.moving)"));
        !s)
        return s.error();
    auto counted = Sql::one(m_db,
        QStringLiteral(
            "SELECT count(*), min(c.number), max(c.number) FROM temp.moving m JOIN main.cases c ON c.seq = m.seq"));
    if (!counted)
        return counted.error();
    ArchiveReport report;
    report.archivePath = archivePath;
    report.closedBefore = closedBefore;
    report.cases = (**counted).at(0).toInt();
    report.firstNumber = (**counted).at(1).toString();
    report.lastNumber = (**counted).at(2).toString();
    if (report.cases == 0)
        return report;

    // 1. Into the archive, in a transaction of its own that is on disk before anything goes here.
    {
        auto fresh = CaseStore::searchWordsOf(m_db,
            QStringLiteral("c.seq IN (SELECT seq FROM temp.moving) AND c.seq NOT IN (SELECT seq FROM arc.cases)"));
        if (!fresh)
            return fresh.error();
        auto freshClients = Sql::run(m_db.sql(),
            QStringLiteral("SELECT seq, name, coalesce(uscc, ''), coalesce(contact_name, ''), coalesce(phone, '') "
                           "FROM main.clients WHERE seq IN (SELECT client_seq FROM main.cases WHERE seq IN "
                           "(SELECT seq FROM temp.moving)) AND seq NOT IN (SELECT seq FROM arc.clients)"));
        if (!freshClients)
            return freshClients.error();
        QList<QPair<qint64, QString>> clientTokens;
        QSqlQuery cq = std::move(freshClients).value();
        while (cq.next())
            clientTokens.append({ cq.value(0).toLongLong(),
                SearchTokens::forDocument({ cq.value(1).toString(),
                    cq.value(2).toString(),
                    cq.value(3).toString(),
                    cq.value(4).toString() }) });
        cq.finish();
        if (Status s = run(m_db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s.error();
        auto rollback = [this](const Error& e) {
            run(m_db, QStringLiteral("ROLLBACK"));
            return e;
        };
        for (const char* sql : kCopies)
            if (Status s = run(m_db, QString::fromLatin1(sql)); !s)
                return rollback(s.error());
        for (const auto& [seq, tokens] : *fresh)
            if (Status s = run(
                    m_db, QStringLiteral("INSERT INTO arc.case_search(rowid, tokens) VALUES (?, ?)"), { seq, tokens });
                !s)
                return rollback(s.error());
        for (const auto& [seq, tokens] : clientTokens)
            if (Status s = run(m_db,
                    QStringLiteral("INSERT INTO arc.client_search(rowid, tokens) VALUES (?, ?)"),
                    { seq, tokens });
                !s)
                return rollback(s.error());
        if (Status s = run(m_db, QStringLiteral("COMMIT")); !s)
            return rollback(s.error());
    }
    auto inArchive
        = Sql::one(m_db, QStringLiteral("SELECT count(*) FROM arc.cases WHERE seq IN (SELECT seq FROM temp.moving)"));
    if (!inArchive)
        return inArchive.error();
    if ((**inArchive).at(0).toInt() != report.cases)
        return Error::internal(QStringLiteral("the archive holds %1 of %2 cases; nothing was removed")
                                   .arg((**inArchive).at(0).toInt())
                                   .arg(report.cases));

    // 2. Out of here, with the audit entry, in one transaction.
    auto tokens = CaseStore::searchWordsOf(m_db, QStringLiteral("c.seq IN (SELECT seq FROM temp.moving)"));
    if (!tokens)
        return tokens.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = run(m_db, QStringLiteral("INSERT INTO main.purge_permits SELECT seq FROM temp.moving")); !s)
        return s.error();
    for (const auto& [seq, words] : *tokens)
        if (Status s = Sql::write(m_db,
                QStringLiteral("INSERT INTO main.case_search(case_search, rowid, tokens) VALUES ('delete', ?, ?)"),
                { seq, words });
            !s)
            return s.error();
    for (const char* sql : kRemovals)
        if (Status s = run(m_db, QString::fromLatin1(sql)); !s)
            return s.error();
    if (Status s = run(m_db, QStringLiteral("DELETE FROM main.purge_permits")); !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("case.archive"),
            QStringLiteral("archive"),
            QFileInfo(archivePath).absoluteFilePath(),
            { { QStringLiteral("closed_before"), closedBefore.toString(Qt::ISODate) },
                { QStringLiteral("cases"), report.cases },
                { QStringLiteral("first"), report.firstNumber },
                { QStringLiteral("last"), report.lastNumber } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcWorkflow) << "archived" << report.cases << "cases closed before" << closedBefore << "to" << archivePath;
    return report;
}
