// Numbered migrations at open (DESIGN.md §5): new files are created at the latest version, a file
// from a newer QSDesk is refused and left as it was.
#include "storage/Migrations.h"

#include "storage/Database.h"
#include "support/QtCatch.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <sqlite3.h>

namespace {
int userVersion(const QString& path)
{
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr);
    sqlite3_step(st);
    const int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

void setUserVersion(const QString& path, int v)
{
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(
                h, QStringLiteral("PRAGMA user_version = %1").arg(v).toUtf8().constData(), nullptr, nullptr, nullptr)
        == SQLITE_OK);
    sqlite3_close(h);
}
} // namespace

TEST_CASE("a new file gets the whole schema, WAL and foreign keys", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 1);
    QSqlQuery q((*db)->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    for (const char* table :
        { "stations", "clients", "cases", "case_events", "audit_log", "case_counters", "case_search" }) {
        INFO(table);
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table))));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
}

TEST_CASE("reopening a current file changes nothing", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.db"));
    REQUIRE(Database::open(path).ok());
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("a file from a newer QSDesk is refused with a message and left unchanged", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    REQUIRE(Database::open(path).ok());
    setUserVersion(path, 99);
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    CHECK(refused.error().message.english.contains(QStringLiteral("newer QSDesk")));
    CHECK(userVersion(path) == 99);
    CHECK_FALSE(Database::open(path, Database::Mode::ReadOnly).ok());
}

TEST_CASE("two processes opening a fresh file at once both see one schema", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("race.db"));
    auto open = [&](int) {
        auto db = Database::open(path);
        return db.ok() ? (*db)->schemaVersion() : -1;
    };
    const QList<int> versions = QtConcurrent::blockingMapped(QList<int> { 0, 1, 2, 3 }, open);
    for (int v : versions)
        CHECK(v == Migrations::latestVersion());
}

TEST_CASE("a reader connection refuses a file that was never set up", "[migrations]")
{
    QTemporaryDir dir;
    CHECK(Database::open(dir.filePath(QStringLiteral("missing.db")), Database::Mode::ReadOnly).error().code
        == ErrorCode::NotFound);
}

TEST_CASE("a file of an older schema is upgraded in place, its data kept", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    // A version-1 file, as the first release wrote it, with a station and a client in it.
    QFile first(QStringLiteral(":/migrations/001_initial.sql"));
    REQUIRE(first.open(QIODevice::ReadOnly));
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    const QByteArray script = first.readAll()
        + "\nINSERT INTO stations(id, city_code, code, name, level, is_local, created_at) "
          "VALUES ('s1', 'LZ', 'LN', '柳南区', 'county', 1, '2025-01-01T00:00:00.000Z');"
          "INSERT INTO clients(id, kind, name, created_at, updated_at) VALUES ('c1', 'person', '张三', 'a', 'a');"
          "PRAGMA user_version = 1;";
    REQUIRE(sqlite3_exec(h, script.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 2);
    QSqlQuery q((*db)->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM clients WHERE id = 'c1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("张三"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
