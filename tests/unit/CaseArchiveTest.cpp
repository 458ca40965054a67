// 7.6 / issue 6: closed cases older than the retention limit move to an archive file that stays
// searchable; nothing younger than two years can go; only administrators; nothing is lost between
// the two files; what is still to be sent to the city stays.
#include "workflow/CaseArchive.h"

#include "common/Clock.h"
#include "demo/DemoData.h"
#include "search/SearchTokens.h"
#include "security/Authentication.h"
#include "storage/AuditLog.h"
#include "storage/CaseBits.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/ClientArchive.h"

namespace {
qint64 one(Database& db, const QString& sql)
{
    auto r = Sql::one(db, sql);
    REQUIRE(r.ok());
    return (**r).at(0).toLongLong();
}

qint64 searchCount(Database& db, const QString& text)
{
    return one(db,
        QStringLiteral("SELECT count(*) FROM cases WHERE seq IN (SELECT rowid FROM case_search('%1'))")
            .arg(SearchTokens::matchExpression(text)));
}
} // namespace

TEST_CASE("archiving moves old closed cases with everything they own, and both files stay searchable", "[archive]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 3000, 4, QDate(2026, 11, 24), 5 }).ok());
    const QDate cutoff(2023, 1, 1);
    const QString closedBefore = QStringLiteral("'2022-12-31T16:00:00.000Z'"); // 2023-01-01 00:00 China time
    const qint64 total = one(*t.db, QStringLiteral("SELECT count(*) FROM cases"));
    const qint64 old = one(*t.db,
        QStringLiteral("SELECT count(*) FROM cases WHERE status = 'closed' AND closed_at < %1").arg(closedBefore));
    REQUIRE(old > 100);
    // One old case still has a change waiting for the city platform: it stays.
    const QString waiting = Sql::one(*t.db,
        QStringLiteral("SELECT id FROM cases WHERE status = 'closed' AND closed_at < %1 LIMIT 1").arg(closedBefore))
                                ->value()
                                .at(0)
                                .toString();
    REQUIRE(Sql::run(t.db->sql(),
        QStringLiteral("INSERT INTO outbox(op_id, entity, record_id, kind, payload, actor, device_time, updated_at) "
                       "VALUES ('op-w', 'case', '%1', 'update', '{}', 'x', 'now', 'now')")
            .arg(waiting))
                .ok());
    // An old case with a signed visit and a photo: both records and their blobs move with it.
    const qint64 visited = one(*t.db,
        QStringLiteral("SELECT max(seq) FROM cases WHERE status = 'closed' AND closed_at < %1").arg(closedBefore));
    const QString sig = QString(64, QLatin1Char('a')), photo = QString(64, QLatin1Char('b'));
    for (const QString& sql :
        { QStringLiteral("INSERT INTO blobs(sha256, size, data, created_at) VALUES ('%1', 3, x'010203', 'now')")
                .arg(sig),
            QStringLiteral("INSERT INTO blobs(sha256, size, data, created_at) VALUES ('%1', 3, x'040506', 'now')")
                .arg(photo),
            QStringLiteral(
                "INSERT INTO visits(id, case_seq, visited_at, place, staff, summary, signer_name, signature_sha256, "
                "signed_at, recorded_by, created_at) VALUES ('v1', %1, 'now', '厂区', '王强', '现场查看', '韦经理', "
                "'%2', "
                "'now', 'wangqiang', 'now')")
                .arg(visited)
                .arg(sig),
            QStringLiteral("INSERT INTO visit_photos(visit_seq, position, sha256, width, height) "
                           "SELECT seq, 0, '%1', 10, 10 FROM visits WHERE id = 'v1'")
                .arg(photo) })
        REQUIRE(Sql::run(t.db->sql(), sql).ok());
    CHECK_FALSE(Sql::run(t.db->sql(), QStringLiteral("DELETE FROM visits")).ok()); // kept, outside an archive
    // The commonest words with bitmaps of their own (storage/CaseBits): the cases archived leave them too.
    for (const QString& word : { QStringLiteral("电梯"), QStringLiteral("检") })
        REQUIRE(CaseBits::promote(*t.db, word).ok());
    const qint64 elevator = searchCount(*t.db, QStringLiteral("电梯"));
    const qint64 events = one(*t.db, QStringLiteral("SELECT count(*) FROM case_events"));
    const qint64 returnVisits = one(*t.db, QStringLiteral("SELECT count(*) FROM return_visits"));
    const qint64 complaints = one(*t.db, QStringLiteral("SELECT count(*) FROM complaints"));
    REQUIRE(returnVisits > 0); // the demo's return visits (7.4.2) go with their cases

    const QString archive = t.dir.filePath(QStringLiteral("archive-2022.db"));
    auto report = CaseArchive(*t.db).archive(archive, cutoff, testActor());
    REQUIRE(report.ok());
    CHECK(report->cases == old - 1);

    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == total - report->cases);
    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1'").arg(waiting)) == 1);
    auto arc = Database::open(archive);
    REQUIRE(arc.ok());
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM cases")) == report->cases);
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM case_events"))
            + one(*t.db, QStringLiteral("SELECT count(*) FROM case_events"))
        == events);
    // Every word found before is found in one file or the other, and the indexes are sound.
    CHECK(searchCount(*t.db, QStringLiteral("电梯")) + searchCount(**arc, QStringLiteral("电梯")) == elevator);
    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM case_search('\"电梯\"')"))
        == searchCount(*t.db, QStringLiteral("电梯")));
    CHECK(caseBitsDisagreement(*t.db).toStdString().empty());
    CHECK(caseBitsDisagreement(**arc).toStdString().empty());
    CHECK(
        Sql::run(t.db->sql(), QStringLiteral("INSERT INTO case_search(case_search) VALUES ('integrity-check')")).ok());
    // (The archive's own connections are query-only; the check is a write-form statement.)
    REQUIRE(Sql::run(t.db->sql(), QStringLiteral("ATTACH DATABASE ? AS a2"), { archive }).ok());
    CHECK(Sql::run(t.db->sql(), QStringLiteral("INSERT INTO a2.case_search(case_search) VALUES ('integrity-check')"))
              .ok());
    REQUIRE(Sql::run(t.db->sql(), QStringLiteral("DETACH DATABASE a2")).ok());
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM return_visits"))
            + one(*t.db, QStringLiteral("SELECT count(*) FROM return_visits"))
        == returnVisits);
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM return_visits")) > 0);
    // Complaints stay here (7.5.5), with the archived case's number.
    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM complaints")) == complaints);
    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM complaints WHERE case_number IS NULL")) == 0);
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM visits WHERE id = 'v1'")) == 1);
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM visit_photos")) == 1);
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM blobs")) == 2);
    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM visits")) == 0);
    CHECK(one(*t.db, QStringLiteral("SELECT count(*) FROM blobs")) == 0);
    // The archive reads, and refuses any change.
    CHECK_FALSE(Sql::run((*arc)->sql(), QStringLiteral("DELETE FROM clients")).ok());
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM users"))
        == one(*t.db, QStringLiteral("SELECT count(*) FROM users")));
    // Only closed cases from before the date went.
    CHECK(
        one(**arc,
            QStringLiteral("SELECT count(*) FROM cases WHERE status <> 'closed' OR closed_at >= %1").arg(closedBefore))
        == 0);

    // Audited; the timeline is append-only again afterwards.
    CHECK(t.count(QStringLiteral("audit_log WHERE action = 'case.archive'")) == 1);
    CHECK(AuditLog::verify(*t.db)->holds());
    CHECK(t.count(QStringLiteral("purge_permits")) == 0);
    CHECK_FALSE(Sql::run(t.db->sql(), QStringLiteral("DELETE FROM case_events")).ok());

    // Again: nothing more to move; the archive keeps what it has.
    auto again = CaseArchive(*t.db).archive(archive, cutoff, testActor());
    REQUIRE(again.ok());
    CHECK(again->cases == 0);
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM cases")) == report->cases);
}

TEST_CASE("nothing closed less than two years ago is archived, and only administrators archive", "[archive]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 500, 4, QDate(2026, 11, 24), 5 }).ok());
    const qint64 total = t.count(QStringLiteral("cases"));
    const QString archive = t.dir.filePath(QStringLiteral("a.db"));
    auto tooRecent
        = CaseArchive(*t.db).archive(archive, CaseArchive::latestAllowed(Clock::chinaToday()).addDays(1), testActor());
    REQUIRE_FALSE(tooRecent.ok());
    CHECK(tooRecent.error().field == QStringLiteral("closed_before"));
    auto clerk
        = CaseArchive(*t.db).archive(archive, QDate(2023, 1, 1), testActor(QStringLiteral("zhangli"), Role::Clerk));
    REQUIRE_FALSE(clerk.ok());
    CHECK(clerk.error().code == ErrorCode::NotAllowed);
    auto supervisor
        = CaseArchive(*t.db).archive(archive, QDate(2023, 1, 1), testActor(QStringLiteral("liming"), Role::Supervisor));
    CHECK(supervisor.error().code == ErrorCode::NotAllowed);
    CHECK(t.count(QStringLiteral("cases")) == total);
    CHECK(t.count(QStringLiteral("audit_log WHERE action = 'case.archive'")) == 0);
}

TEST_CASE("the station's people log in to an archive to search it, and nothing is written there", "[archive]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 800, 4, QDate(2026, 11, 24), 5 }).ok());
    REQUIRE(DemoData::createAccounts(*t.db).ok());
    const QString archive = t.dir.filePath(QStringLiteral("archive.db"));
    REQUIRE(CaseArchive(*t.db).archive(archive, QDate(2023, 1, 1), testActor())->cases > 0);
    auto arc = Database::open(archive);
    REQUIRE(arc.ok());
    CHECK((*arc)->isArchive());
    const qint64 audit = one(**arc, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto in = Authentication(**arc).logIn(QStringLiteral("zhangli"), QString::fromLatin1(DemoData::kDemoPassword));
    REQUIRE(in.ok());
    CHECK(in->role == Role::Clerk);
    CHECK_FALSE(Authentication(**arc).logIn(QStringLiteral("zhangli"), QStringLiteral("wrong-password")).ok());
    CHECK(one(**arc, QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    // A change through core is refused with the archive's own message.
    auto refused = ClientArchive(**arc).add({ QStringLiteral("新客户"), {}, {}, {}, {} }, *in);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    CHECK_THAT(refused.error().message.english.toStdString(), Catch::Contains("archive"));
}
