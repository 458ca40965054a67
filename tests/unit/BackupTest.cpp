// 7.6: backups taken while the database is in use, and restores that check the file first and keep
// what they replace.
#include "storage/Backup.h"

#include "demo/DemoData.h"
#include "storage/ScheduledBackup.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/Registration.h"
#include "workflow/StationSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>
#include <atomic>
#include <sqlite3.h>
#include <thread>

namespace {
qint64 casesIn(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto row = Sql::one(**db, QStringLiteral("SELECT count(*) FROM cases"));
    return (**row).at(0).toLongLong();
}

void setUserVersion(const QString& path, int version)
{
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(
        sqlite3_exec(
            h, QStringLiteral("PRAGMA user_version = %1").arg(version).toUtf8().constData(), nullptr, nullptr, nullptr)
        == SQLITE_OK);
    sqlite3_close(h);
}
} // namespace

TEST_CASE("a backup taken while the database is written to is whole and consistent", "[backup]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 2000, 5, QDate(2026, 11, 24), 3 }).ok());
    auto writer = t.openAnother();
    REQUIRE(Sql::run(writer->sql(), QStringLiteral("BEGIN IMMEDIATE")).ok()); // a write under way elsewhere
    REQUIRE(Sql::run(writer->sql(), QStringLiteral("UPDATE cases SET summary = summary || '' WHERE seq = 1")).ok());
    const QString file = t.dir.filePath(QStringLiteral("backup.db"));
    auto bytes = Backup::write(*t.db, file);
    REQUIRE(Sql::run(writer->sql(), QStringLiteral("COMMIT")).ok());
    REQUIRE(bytes.ok());
    CHECK(*bytes > 100000);
    CHECK(casesIn(file) == 2000);
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".part")));
}

TEST_CASE("a backup taken while another thread writes without pause holds everything committed before it", "[backup]")
{
    TestDatabase t;
    std::atomic<bool> stop { false };
    std::atomic<qint64> attempted { 0 }; // set before each COMMIT: no row beyond it can be in any copy
    std::atomic<qint64> committed { 0 }; // set after it: every row up to it is in every later copy
    std::thread writer([&] {
        auto db = Database::open(t.path());
        REQUIRE(db.ok());
        for (qint64 i = 1; !stop; ++i) {
            REQUIRE(Sql::run((*db)->sql(), QStringLiteral("BEGIN IMMEDIATE")).ok());
            REQUIRE(Sql::run((*db)->sql(),
                QStringLiteral("INSERT INTO clients(id, kind, name, created_at, updated_at) "
                               "VALUES ('w%1', 'person', '写入者%1', 'a', 'a')")
                    .arg(i))
                        .ok());
            attempted = i;
            REQUIRE(Sql::run((*db)->sql(), QStringLiteral("COMMIT")).ok());
            committed = i;
        }
    });
    auto finish = qScopeGuard([&] {
        stop = true;
        writer.join();
    });
    REQUIRE(QTest::qWaitFor([&] { return committed >= 200; }, 30000));

    // The backup copies in one read transaction. Open that transaction first, on the backup's own
    // connection, so the test knows the moment it copies: the writer must go on committing while it is
    // open (WAL: a reader holds up no writer), and the copy must hold exactly that moment.
    REQUIRE(Sql::run(t.db->sql(), QStringLiteral("BEGIN")).ok());
    const qint64 before = committed;
    auto seen = Sql::run(t.db->sql(), QStringLiteral("SELECT count(*) FROM clients WHERE id LIKE 'w%'"));
    REQUIRE(seen.ok());
    QSqlQuery snapshot = std::move(seen).value();
    REQUIRE(snapshot.next());
    const qint64 atSnapshot = snapshot.value(0).toLongLong();
    const qint64 upTo = attempted;
    snapshot.finish();
    CHECK(atSnapshot >= before);
    CHECK(atSnapshot <= upTo);
    CHECK(QTest::qWaitFor([&] { return committed > upTo + 50; }, 30000)); // not held up by the reader
    const QString file = t.dir.filePath(QStringLiteral("busy.db"));
    auto bytes = Backup::write(*t.db, file);
    REQUIRE(Sql::run(t.db->sql(), QStringLiteral("COMMIT")).ok());
    const qint64 whileCopying = committed;
    finish.dismiss();
    stop = true;
    writer.join();
    REQUIRE(bytes.ok());

    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open_v2(file.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == QStringLiteral("ok"));
    sqlite3_finalize(st);
    REQUIRE(sqlite3_prepare_v2(h,
                "SELECT count(*), max(CAST(substr(id, 2) AS INTEGER)) FROM clients "
                "WHERE id LIKE 'w%'",
                -1,
                &st,
                nullptr)
        == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const qint64 rows = sqlite3_column_int64(st, 0);
    const qint64 last = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    sqlite3_close(h);
    CHECK(rows == atSnapshot); // the moment the copy began, not a row of what came while it ran...
    CHECK(rows == last); // ...and consistent: no gaps
    CHECK(whileCopying > rows);
}

TEST_CASE("the database and its backups are readable by their owner only", "[backup]")
{
    TestDatabase t;
    const QString file = t.dir.filePath(QStringLiteral("private.db"));
    REQUIRE(Backup::write(*t.db, file).ok());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((QFileInfo(t.path()).permissions() & others) == 0);
    CHECK((QFileInfo(t.path() + QStringLiteral("-wal")).permissions() & others) == 0);
    CHECK((QFileInfo(file).permissions() & others) == 0);
    CHECK((QFileInfo(t.path()).permissions() & ownerOnly) == ownerOnly);

    // A file made readable to others by hand is narrowed again when it is opened.
    t.db.reset();
    REQUIRE(QFile::setPermissions(t.path(), ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    REQUIRE(Database::open(t.path()).ok());
    CHECK((QFileInfo(t.path()).permissions() & others) == 0);
}

TEST_CASE("a restore checks the backup, refuses a damaged or newer one, and keeps what it replaces", "[backup]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 300, 5, QDate(2026, 11, 24), 4 }).ok());
    const QString good = t.dir.filePath(QStringLiteral("good.db"));
    REQUIRE(Backup::write(*t.db, good).ok());
    const QString client = t.addClient(QStringLiteral("备份后的客户"));
    for (int i = 0; i < 5; ++i) // work done since the backup
        REQUIRE(
            Registration(*t.db, t.catalog)
                .registerCase(
                    { client, QStringLiteral("window"), QStringLiteral("5.4"), QStringLiteral("备份后登记"), {}, {} },
                    testActor(QStringLiteral("clerk")))
                .ok());
    const QString path = t.path();
    t.db.reset();
    REQUIRE(casesIn(path) == 305);

    const QString damaged = t.dir.filePath(QStringLiteral("damaged.db"));
    REQUIRE(QFile::copy(good, damaged));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 3));
    }
    auto refused = Backup::restore(damaged, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("file"));
    const QString newer = t.dir.filePath(QStringLiteral("newer.db"));
    REQUIRE(QFile::copy(good, newer));
    setUserVersion(newer, 999);
    auto tooNew = Backup::restore(newer, path);
    REQUIRE_FALSE(tooNew.ok());
    CHECK(tooNew.error().message.english.contains(QStringLiteral("newer QSDesk")));
    CHECK(Backup::restore(t.dir.filePath(QStringLiteral("missing.db")), path).error().code == ErrorCode::NotFound);
    CHECK(casesIn(path) == 305); // nothing changed
    CHECK(QDir(t.dir.path()).entryList({ QStringLiteral("*.replaced-*") }).isEmpty());

    auto kept = Backup::restore(good, path);
    REQUIRE(kept.ok());
    CHECK(casesIn(path) == 300);
    CHECK(casesIn(*kept) == 305); // the replaced database, whole
}

TEST_CASE("the daily backup runs when a day has passed and keeps only the newest", "[backup]")
{
    TestDatabase t;
    const QString folder = t.dir.filePath(QStringLiteral("daily"));
    const QDateTime day1(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
    auto first = ScheduledBackup::runIfDue(*t.db, folder, 3, QStringLiteral("LZ-LN"), day1);
    REQUIRE(first.ok());
    CHECK(first->written.endsWith(QStringLiteral("qsdesk-LZ-LN-20261120-090000.db"))); // China time in the name
    // Not due again the same day.
    CHECK(ScheduledBackup::runIfDue(*t.db, folder, 3, QStringLiteral("LZ-LN"), day1.addSecs(3600))->written.isEmpty());
    for (int d = 1; d <= 4; ++d)
        REQUIRE_FALSE(
            ScheduledBackup::runIfDue(*t.db, folder, 3, QStringLiteral("LZ-LN"), day1.addDays(d))->written.isEmpty());
    const QStringList kept = QDir(folder).entryList({ QStringLiteral("*.db") }, QDir::Files, QDir::Name);
    CHECK(kept
        == QStringList { QStringLiteral("qsdesk-LZ-LN-20261122-090000.db"),
            QStringLiteral("qsdesk-LZ-LN-20261123-090000.db"),
            QStringLiteral("qsdesk-LZ-LN-20261124-090000.db") });
    CHECK(casesIn(QDir(folder).filePath(kept.last())) == 0);
    CHECK((QFileInfo(QDir(folder).filePath(kept.last())).permissions() & QFileDevice::ReadOther) == 0);
    // Files that are not this schedule's are left alone.
    QFile other(QDir(folder).filePath(QStringLiteral("my-own-copy.db")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    REQUIRE(ScheduledBackup::runIfDue(*t.db, folder, 1, QStringLiteral("LZ-LN"), day1.addDays(6)).ok());
    CHECK(QDir(folder).entryList({ QStringLiteral("*.db") }, QDir::Files).size() == 2);
}

TEST_CASE("station settings: administrators only, checked, audited with before and after", "[backup]")
{
    TestDatabase t;
    StationSettingsValues v = StationSettings::load(*t.db).value();
    CHECK(v.idleLockMinutes == 10);
    CHECK_FALSE(v.dailyBackup);
    v.dailyBackup = true;
    auto noFolder = StationSettings::save(*t.db, v, testActor());
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().field == QStringLiteral("backup_folder"));
    v.backupFolder = t.dir.filePath(QStringLiteral("daily"));
    v.idleLockMinutes = 5;
    CHECK(StationSettings::save(*t.db, v, testActor(QStringLiteral("liming"), Role::Supervisor)).error().code
        == ErrorCode::NotAllowed);
    REQUIRE(StationSettings::save(*t.db, v, testActor()).ok());
    const auto saved = StationSettings::load(*t.db).value();
    CHECK(saved.idleLockMinutes == 5);
    CHECK(saved.dailyBackup);
    CHECK(t.count(QStringLiteral(
              "audit_log WHERE action = 'settings.change' AND detail LIKE '%\"before\":{%\"idle_lock_minutes\":10%'"))
        == 1);
}
