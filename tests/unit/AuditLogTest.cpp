// 7.6.3 / issue 6: the audit log is a hash chain; an entry edited, removed or moved directly in the
// file is found, at that entry.
#include "storage/AuditLog.h"

#include "storage/AuditQuery.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>

namespace {
// A station with `n` more audit entries after station.init (one per client added).
void addEntries(TestDatabase& t, int n)
{
    for (int i = 0; i < n; ++i)
        t.addClient(QStringLiteral("客户%1").arg(i));
}

void exec(TestDatabase& t, const QString& sql)
{
    REQUIRE(Sql::run(t.db->sql(), sql).ok());
}

AuditLog::Verification verified(Database& db)
{
    auto v = AuditLog::verify(db);
    REQUIRE(v.ok());
    return *v;
}
} // namespace

TEST_CASE("an untouched audit log verifies, and each entry links to the one before", "[audit]")
{
    TestDatabase t;
    addEntries(t, 5);
    const auto v = verified(*t.db);
    CHECK(v.holds());
    CHECK(v.entries == 6);
    CHECK(v.headSeq == 6);
    CHECK(v.headHash.size() == 64);
    CHECK(t.count(QStringLiteral("audit_log WHERE prev_hash = '' AND seq = 1")) == 1);
    CHECK(t.count(QStringLiteral("audit_log a JOIN audit_log b ON b.seq = a.seq + 1 WHERE b.prev_hash = a.hash")) == 5);
}

TEST_CASE("an edited audit entry is found at that entry, whichever field was edited", "[audit]")
{
    const char* column = GENERATE("at", "actor", "action", "entity", "entity_id", "detail");
    TestDatabase t;
    addEntries(t, 5);
    exec(t,
        QStringLiteral("UPDATE audit_log SET %1 = coalesce(%1, '') || 'x' WHERE seq = 4").arg(QLatin1String(column)));
    const auto v = verified(*t.db);
    CHECK(v.brokenAt == 4);
    CHECK_THAT(v.problem.english.toStdString(), Catch::Contains("entry 4") && Catch::Contains("changed"));
}

TEST_CASE("a role added to an entry afterwards is found", "[audit]")
{
    TestDatabase t;
    addEntries(t, 2);
    exec(t, QStringLiteral("UPDATE audit_log SET role = 'supervisor' WHERE seq = 2"));
    CHECK(verified(*t.db).brokenAt == 2);
}

TEST_CASE("a removed audit entry is found at the entry after it", "[audit]")
{
    TestDatabase t;
    addEntries(t, 5);
    exec(t, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
    const auto v = verified(*t.db);
    CHECK(v.brokenAt == 4);
    CHECK_THAT(v.problem.english.toStdString(), Catch::Contains("entries 3 to 3 are missing"));
}

TEST_CASE("reordered audit entries are found at the first one moved", "[audit]")
{
    TestDatabase t;
    addEntries(t, 5);
    exec(t, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"));
    exec(t, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
    exec(t, QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1"));
    const auto v = verified(*t.db);
    CHECK(v.brokenAt == 3);
}

TEST_CASE("an entry inserted without QSDesk is found", "[audit]")
{
    TestDatabase t;
    addEntries(t, 2);
    exec(t,
        QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id) "
                       "VALUES ('2026-01-01T00:00:00.000Z', 'mallory', 'case.delete', 'case', 'x')"));
    const auto v = verified(*t.db);
    CHECK(v.brokenAt == 4);
    CHECK_THAT(v.problem.english.toStdString(), Catch::Contains("no hash"));
}

TEST_CASE("entries cut from the end, or a rewritten chain, are found against an older backup", "[audit]")
{
    TestDatabase t;
    addEntries(t, 5);
    const QString backupPath = t.dir.filePath(QStringLiteral("older.db"));
    REQUIRE(Backup::write(*t.db, backupPath).ok());
    addEntries(t, 2);
    auto older = Database::open(backupPath, Database::Mode::ReadOnly);
    REQUIRE(older.ok());

    const auto intact = verified(*t.db);
    CHECK(AuditLog::verifyAgainst(*t.db, intact, **older).holds());

    exec(t, QStringLiteral("DELETE FROM audit_log WHERE seq >= 5"));
    const auto cut = verified(*t.db);
    CHECK(cut.holds()); // a chain alone cannot see its end cut off...
    const auto against = AuditLog::verifyAgainst(*t.db, cut, **older);
    CHECK(against.brokenAt == 6); // ...the backup's newest entry can
    CHECK_THAT(against.problem.english.toStdString(), Catch::Contains("removed from the end"));
}

TEST_CASE("entries written before the chain existed are chained by the migration", "[audit]")
{
    // A station file at schema 9 (before the chain), with entries, then opened by this program.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("schema9"));
    QDir().mkpath(old);
    for (const QString& name : QDir(Migrations::stationSchema()).entryList({ QStringLiteral("*.sql") }))
        if (name.left(3).toInt() <= 9)
            QFile::copy(Migrations::stationSchema() + QLatin1Char('/') + name, old + QLatin1Char('/') + name);
    const QString path = dir.filePath(QStringLiteral("station.db"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite, old);
        REQUIRE(db.ok());
        REQUIRE((*db)->schemaVersion() == 9);
        for (int i = 0; i < 3; ++i)
            REQUIRE(Sql::run((*db)->sql(),
                QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id) "
                               "VALUES ('2026-01-0%1T00:00:00.000Z', 'clerk', 'client.add', 'client', 'c%1')")
                    .arg(i + 1))
                        .ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= 10);
    const auto v = verified(**db);
    CHECK(v.holds());
    CHECK(v.entries == 3);
    {
        WriteTransaction tx(**db);
        REQUIRE(AuditLog::record(
            **db, QStringLiteral("admin"), QStringLiteral("test"), QStringLiteral("x"), QStringLiteral("1"))
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(verified(**db).entries == 4);
    CHECK(verified(**db).holds());
}

TEST_CASE("the audit viewer filters by user, action prefix and record, newest first, for supervisors only", "[audit]")
{
    TestDatabase t;
    addEntries(t, 3);
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    auto all = AuditQuery::page(*t.db, {}, supervisor);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK(all->first().seq == 4);
    CHECK(all->last().action == QStringLiteral("station.init"));

    AuditFilter clients;
    clients.action = QStringLiteral("client.");
    CHECK(AuditQuery::page(*t.db, clients, supervisor)->size() == 3);
    AuditFilter paged = clients;
    auto older = AuditQuery::page(*t.db, paged, supervisor, 4, 2);
    REQUIRE(older->size() == 2);
    CHECK(older->first().seq == 3);
    AuditFilter byRecord;
    byRecord.entityId = all->first().entityId;
    CHECK(AuditQuery::page(*t.db, byRecord, supervisor)->size() == 1);
    AuditFilter nobody;
    nobody.actor = QStringLiteral("nobody");
    CHECK(AuditQuery::page(*t.db, nobody, supervisor)->isEmpty());

    auto refused = AuditQuery::page(*t.db, {}, testActor(QStringLiteral("zhangli"), Role::Clerk));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);
}

TEST_CASE("an audit export is CSV with a BOM for Excel, quoted, and is itself audited", "[audit]")
{
    TestDatabase t;
    addEntries(t, 2);
    const QString path = t.dir.filePath(QStringLiteral("audit.csv"));
    auto rows = AuditQuery::exportCsv(*t.db, {}, path, testActor(QStringLiteral("liming"), Role::Supervisor));
    REQUIRE(rows.ok());
    CHECK(*rows == 3);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 4); // header + 3
    CHECK(lines.at(2).contains(QStringLiteral("\"client.add\"")));
    CHECK(lines.at(2).contains(QStringLiteral("\"\"name\"\":\"\"客户0\"\""))); // JSON quotes doubled
    CHECK(t.count(QStringLiteral("audit_log WHERE action = 'audit.export' AND actor = 'liming'")) == 1);
    CHECK(verified(*t.db).holds());
}
