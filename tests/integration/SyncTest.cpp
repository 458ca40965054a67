// Stations and the city platform over real TLS on 127.0.0.1 (issue 3, DESIGN.md §6): scope, and
// every acknowledged record exactly once whatever happens to the network or the server.
#include "DroppingProxy.h"
#include "HoldingProxy.h"
#include "ServerProcess.h"
#include "SyncingStation.h"
#include "common/Clock.h"
#include "search/CaseQuery.h"
#include "storage/Backup.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/DatabaseWorker.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "storage/Sql.h"
#include "storage/VisitStore.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "sync/CredentialFile.h"
#include "sync/HeldRecords.h"
#include "sync/SyncClient.h"
#include "sync/SyncScheduler.h"
#include "workflow/CaseActions.h"
#include "workflow/CaseClocks.h"
#include "workflow/Dispatch.h"
#include "workflow/Registration.h"
#include "workflow/VisitRecording.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <future>
#include <httplib.h>
#include <thread>

TEST_CASE("cases registered offline reach the city and stay out of other counties", "[sync]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString n1 = ln.registerCase(QStringLiteral("柳南的诉求"));
    const QString n2 = lj.registerCase(QStringLiteral("柳江的诉求"));

    auto r1 = ln.sync();
    REQUIRE(r1.ok());
    CHECK(r1->pushed == 2); // client and case
    REQUIRE(lj.sync().ok());
    auto r3 = city.sync();
    REQUIRE(r3.ok());
    CHECK(r3->added == 4);
    CHECK(city.has(n1));
    CHECK(city.has(n2));
    CHECK(city.count(QStringLiteral("柳南")) == 1); // pulled cases are searchable
    REQUIRE(ln.sync().ok());
    CHECK_FALSE(ln.has(n2));
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
    // A second round moves nothing.
    auto again = ln.sync();
    REQUIRE(again.ok());
    CHECK(again->pushed == 0);
    CHECK(again->added == 0);
}

TEST_CASE("the person who came to the window reaches the city with the case, and is found there", "[sync]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    NewCase in { ln.t.addClient(QStringLiteral("柳州某机械厂")),
        QStringLiteral("window"),
        QStringLiteral("5.4"),
        QStringLiteral("送检流程咨询"),
        {},
        {} };
    in.visitorName = QStringLiteral("覃明");
    in.visitorPhone = QStringLiteral("13907721234");
    auto c = Registration(*ln.t.db, ln.t.catalog).registerCase(in, testActor(QStringLiteral("c")));
    REQUIRE(c.ok());
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    auto there = CaseStore::byNumber(*city.t.db, c->number, false);
    REQUIRE(there.ok());
    CHECK(there->visitorName == QStringLiteral("覃明"));
    CHECK(there->visitorPhone == QStringLiteral("13907721234"));
    CHECK(city.count(QStringLiteral("1234")) == 1);
}

TEST_CASE("an untrusted server certificate or an unreachable server leaves the outbox intact", "[sync]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    ln.registerCase(QStringLiteral("离线登记"));
    SyncEndpoint wrongCa = ln.endpoint;
    wrongCa.caFile = server.otherCaFile();
    auto refused = SyncClient(*ln.t.db, wrongCa).runOnce();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Network);
    CHECK(refused.error().message.english.contains(QStringLiteral("certificate")));
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 2);
    server.kill();
    auto down = ln.sync();
    REQUIRE_FALSE(down.ok());
    CHECK(down.error().code == ErrorCode::Network);
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 2);
    server.start();
    REQUIRE(ln.sync().ok());
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Applied).value() == 2);
}

TEST_CASE("a lost acknowledgement and a re-pulled page change nothing twice", "[sync]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    for (int i = 0; i < 30; ++i)
        ln.registerCase(QStringLiteral("重放测试%1").arg(i));
    REQUIRE(ln.sync().ok());
    // As if the answers had never arrived: the ops are pending again and are sent again.
    REQUIRE(Sql::run(ln.t.db->sql(), QStringLiteral("UPDATE outbox SET state = 'pending'")).ok());
    auto replay = ln.sync();
    REQUIRE(replay.ok());
    CHECK(replay->pushed == 0);
    CHECK(replay->duplicates == 31);
    REQUIRE(city.sync().ok());
    CHECK(city.count(QStringLiteral("重放测试")) == 30);
    // As if the client died after applying a page but before storing its cursor.
    REQUIRE(Sql::run(city.t.db->sql(), QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = 'cursor'")).ok());
    auto again = city.sync();
    REQUIRE(again.ok());
    CHECK(again->pulled == 31);
    CHECK(again->added == 0);
    CHECK(city.count(QStringLiteral("重放测试")) == 30);
}

TEST_CASE("a station cannot push another station's case, and malformed bodies are refused", "[sync]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    server.start();
    ln.registerCase(QStringLiteral("柳南的诉求"));
    // LJ replays LN's ops with its own credential: the case is refused, nothing of it lands.
    auto ops = OutboxStore::pending(*ln.t.db, 10).value();
    QJsonArray wire;
    for (const OutboxOp& op : ops)
        wire.append(op.toJson());
    httplib::SSLClient http("127.0.0.1", server.port());
    http.set_ca_cert_path(server.caFile().toLocal8Bit().constData());
    http.enable_server_certificate_verification(true);
    const httplib::Headers lj_auth { { "Authorization", "Bearer " + lj.endpoint.token.toStdString() } };
    auto res = http.Post("/v1/push",
        lj_auth,
        QJsonDocument(QJsonObject { { QStringLiteral("ops"), wire } }).toJson().toStdString(),
        "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    const QJsonArray results = QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    REQUIRE(results.size() == 2);
    CHECK(results.at(1).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    for (const char* bad : { "{", "[1,2]", "{\"ops\": 5}", "" }) {
        INFO(bad);
        auto r = http.Post("/v1/push", lj_auth, bad, "application/json");
        REQUIRE(r);
        CHECK(r->status == 400);
    }
    // LN's own push: the client op whose id LJ used first is refused and waits in "needs attention";
    // LN learns nothing of LJ's answer. Its case still lands.
    auto own = ln.sync();
    REQUIRE(own.ok());
    CHECK(own->refused == 1);
    CHECK(own->pushed == 1);
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Rejected).value() == 1);
}

TEST_CASE("a client killed at every step of a sync loses and duplicates nothing", "[sync][faults]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const int cases = 1500;
    for (int i = 0; i < cases; ++i)
        ln.registerCase(QStringLiteral("断电测试%1").arg(i));
    // SIGKILL while pushing (the server has committed a batch, its answer is on its way) and while
    // pulling (a page is on its way), at a different answer each round: the proxy holds every answer
    // until it is let through, so the kill lands exactly there, however fast or loaded the machine.
    int killedMidway = 0;
    for (int round = 0; round < 8; ++round) {
        HoldingProxy proxy(quint16(server.port()));
        QProcess cli;
        cli.start(QStringLiteral(QSDESK_CLI),
            { QStringLiteral("--db"),
                ln.t.path(),
                QStringLiteral("sync"),
                QStringLiteral("--server"),
                QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()),
                QStringLiteral("--ca"),
                ln.endpoint.caFile,
                QStringLiteral("--token"),
                ln.endpoint.token });
        REQUIRE(cli.waitForStarted());
        // Each round gets one answer further than the one before, over what earlier rounds left.
        const int answersLetThrough = round;
        bool atAnswer = false;
        for (int answer = 0; answer <= answersLetThrough; ++answer) {
            atAnswer = QTest::qWaitFor([&] { return proxy.holding() || cli.state() != QProcess::Running; }, 30000);
            if (!atAnswer || cli.state() != QProcess::Running)
                break;
            if (answer < answersLetThrough)
                proxy.release();
        }
        if (cli.state() == QProcess::Running && proxy.holding()) {
            cli.kill();
            ++killedMidway;
        }
        cli.waitForFinished();
        proxy.open();
    }
    CHECK(killedMidway >= 3); // the handshake, and the exchanges after it (at least the first push)
    auto last = ln.sync();
    REQUIRE(last.ok());
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Rejected).value() == 0);
    REQUIRE(city.sync().ok());
    CHECK(city.count(QStringLiteral("断电测试")) == cases);
    CHECK(city.t.count(QStringLiteral("cases")) == cases);
    CHECK(ln.t.count(QStringLiteral("cases")) == cases);
}

TEST_CASE("answers dropped after the server committed are replayed, never applied twice", "[sync][faults]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const int cases = 400; // 800 ops: four pushes of 200
    for (int i = 0; i < cases; ++i)
        ln.registerCase(QStringLiteral("丢包测试%1").arg(i));
    DroppingProxy proxy(quint16(server.port()), 3);
    SyncEndpoint viaProxy = ln.endpoint;
    viaProxy.url = QStringLiteral("https://127.0.0.1:%1").arg(proxy.port());
    int failures = 0;
    Result<SyncReport> report = Error::internal(QStringLiteral("not run"));
    for (int attempt = 0; attempt < 10; ++attempt) {
        report = SyncClient(*ln.t.db, viaProxy).runOnce();
        if (report)
            break;
        CHECK(report.error().code == ErrorCode::Network);
        ++failures;
    }
    REQUIRE(report.ok());
    CHECK(proxy.dropped() == 3);
    CHECK(failures == 3);
    CHECK(report->duplicates > 0); // the replayed batch was answered from the server's memory
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
    REQUIRE(city.sync().ok());
    CHECK(city.count(QStringLiteral("丢包测试")) == cases);
}

TEST_CASE("a device clock a day off is reported, and changes nothing in the order", "[sync][faults]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString early = ln.registerCase(QStringLiteral("时钟测试一"));
    REQUIRE(ln.sync().ok());
    ClockOverride clock([] { return QDateTime::currentDateTimeUtc().addDays(-1); });
    const QString late = ln.registerCase(QStringLiteral("时钟测试二")); // registered later, dated a day earlier
    auto skewed = ln.sync();
    clock.reset();
    REQUIRE(skewed.ok());
    CHECK(skewed->clockFarOff());
    CHECK(skewed->clockOffsetSeconds < -80000);
    REQUIRE(city.sync().ok());
    // The city lists them in the order the platform received them, not by the device's dates.
    CaseFilter f;
    f.text = QStringLiteral("时钟测试");
    const auto listed = CaseQuery::page(*city.t.db, f, 0, 10).value();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).number == late);
    CHECK(listed.at(1).number == early);
}

TEST_CASE("background sync: synced, then offline with a later retry, then synced again", "[sync][scheduler]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    ln.registerCase(QStringLiteral("后台同步"));
    DatabaseWorker worker(ln.t.path());
    worker.open();
    SyncScheduler scheduler(&worker);
    auto waitFor = [&](SyncScheduler::State state) {
        for (int i = 0; i < 200 && scheduler.state() != state; ++i)
            QTest::qWait(25);
        return scheduler.state() == state;
    };
    CHECK(scheduler.state() == SyncScheduler::State::NotConfigured);
    scheduler.setEndpoint(ln.endpoint);
    CHECK(scheduler.state() == SyncScheduler::State::Waiting);
    scheduler.syncNow();
    REQUIRE(waitFor(SyncScheduler::State::Idle));
    CHECK(scheduler.lastSynced().isValid());
    CHECK(scheduler.pending() == 0);

    server.kill();
    scheduler.localChange();
    scheduler.syncNow();
    REQUIRE(waitFor(SyncScheduler::State::Offline));
    CHECK(scheduler.nextAttempt() > Clock::nowUtc().addSecs(10)); // backed off, not hammering
    CHECK_FALSE(scheduler.lastMessage().isEmpty());

    server.start();
    scheduler.syncNow();
    REQUIRE(waitFor(SyncScheduler::State::Idle));
}

TEST_CASE("back-off grows to an hour at most, with jitter", "[sync][scheduler]")
{
    CHECK(SyncScheduler::backoffSeconds(1, 0.0) == 15);
    CHECK(SyncScheduler::backoffSeconds(1, 0.99) == 44);
    CHECK(SyncScheduler::backoffSeconds(2, 0.5) == 60);
    CHECK(SyncScheduler::backoffSeconds(5, 0.5) == 480);
    CHECK(SyncScheduler::backoffSeconds(30, 0.5) == 3600);
    CHECK(SyncScheduler::backoffSeconds(30, 0.99) <= 5400);
}

TEST_CASE("a platform restored from an older backup gets back what it lost from the stations", "[sync][faults]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    for (int i = 0; i < 20; ++i)
        ln.registerCase(QStringLiteral("恢复测试%1").arg(i));
    REQUIRE(ln.sync().ok());
    const QString backup = QDir::temp().filePath(QStringLiteral("qsdesk-platform-backup-%1.db").arg(server.port()));
    QFile::remove(backup);
    server.backup(backup);
    for (int i = 20; i < 30; ++i)
        ln.registerCase(QStringLiteral("恢复测试%1").arg(i));
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    CHECK(city.count(QStringLiteral("恢复测试")) == 30);

    SECTION("detected by a history shorter than the station's cursor")
    {
        server.restore(backup);
    }
    SECTION("announced by the administrator with a new epoch")
    {
        server.restore(backup);
        REQUIRE(server.admin({ QStringLiteral("new-epoch") }) == 0);
    }
    server.start();
    auto after = ln.sync();
    REQUIRE(after.ok());
    CHECK(after->reoffered == 31); // 30 cases and their client
    CHECK(after->pushed == 10); // the ten cases the backup lacked
    CHECK(after->duplicates == 21); // the client and twenty cases it kept
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
    // A new city laptop (an empty database) gets everything from the restored platform.
    SyncingStation freshCity(server, QStringLiteral("SJ2"), QStringLiteral("city"));
    REQUIRE(freshCity.sync().ok());
    CHECK(freshCity.count(QStringLiteral("恢复测试")) == 30);
    QFile::remove(backup);
}

TEST_CASE("the server killed in the middle of a push loses nothing that was acknowledged", "[sync][faults]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const int cases = 2000;
    for (int i = 0; i < cases; ++i)
        ln.registerCase(QStringLiteral("宕机测试%1").arg(i));
    HoldingProxy proxy(quint16(server.port()));
    QProcess cli;
    cli.start(QStringLiteral(QSDESK_CLI),
        { QStringLiteral("--db"),
            ln.t.path(),
            QStringLiteral("sync"),
            QStringLiteral("--server"),
            QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()),
            QStringLiteral("--ca"),
            ln.endpoint.caFile,
            QStringLiteral("--token"),
            ln.endpoint.token });
    REQUIRE(cli.waitForStarted());
    // Kill the server once some batches have been acknowledged and the answer to the next one, which
    // the server has committed, has not reached the station: answers go through one at a time until
    // the station has stored some, then the next one is held and the server dies.
    auto applied = [&] { return OutboxStore::count(*ln.t.db, OutboxState::Applied).value(); };
    while (applied() == 0) {
        REQUIRE(QTest::qWaitFor([&] { return proxy.holding() || applied() > 0; }, 30000));
        REQUIRE(cli.state() == QProcess::Running);
        if (applied() == 0)
            proxy.release();
    }
    REQUIRE(QTest::qWaitFor([&] { return proxy.holding(); }, 30000));
    server.kill();
    proxy.open();
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 5); // the network failed; the outbox is intact
    const qint64 acknowledged = OutboxStore::count(*ln.t.db, OutboxState::Applied).value();
    CHECK(acknowledged > 0);
    CHECK(acknowledged < cases + 1);
    server.start();
    REQUIRE(ln.sync().ok());
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
    REQUIRE(city.sync().ok());
    CHECK(city.count(QStringLiteral("宕机测试")) == cases);
    CHECK(city.t.count(QStringLiteral("cases")) == cases);
}

namespace {
struct CliRun
{
    int code;
    QString err;
};

// qsdesk-cli sync as an administrator's script runs it, the credential given as `tokenArgs` say.
CliRun cliSync(const SyncingStation& station,
    const QStringList& tokenArgs,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
    const QByteArray& input = {})
{
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(QSDESK_CLI),
        QStringList { QStringLiteral("--db"),
            station.t.path(),
            QStringLiteral("--lang"),
            QStringLiteral("en"),
            QStringLiteral("sync"),
            QStringLiteral("--server"),
            station.endpoint.url,
            QStringLiteral("--ca"),
            station.endpoint.caFile }
            + tokenArgs);
    REQUIRE(cli.waitForStarted());
    cli.write(input);
    cli.closeWriteChannel();
    REQUIRE(cli.waitForFinished(30000));
    return { cli.exitCode(), QString::fromUtf8(cli.readAllStandardError()) };
}
} // namespace

TEST_CASE("qsdesk-cli sync takes its credential from standard input or the environment, and stores it only once "
          "the platform accepted it",
    "[sync][cli]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    const QString good = ln.endpoint.token;
    const QString stored = CredentialFile::pathFor(ln.t.path());

    // From standard input (off the command line, so not in ps): accepted, so stored.
    CHECK(cliSync(ln,
              { QStringLiteral("--token"), QStringLiteral("-") },
              QProcessEnvironment::systemEnvironment(),
              good.toUtf8() + "\n")
              .code
        == 0);
    CHECK(CredentialFile::load(ln.t.path()) == good);
    CHECK(QFileInfo(stored).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // A wrong credential on the command line is refused by the platform and replaces nothing.
    // It has its own exit code and message: trying again later would not help.
    const CliRun wrong = cliSync(ln, { QStringLiteral("--token"), QStringLiteral("not-the-station-token") });
    CHECK(wrong.code == 7);
    CHECK(wrong.err.contains(QStringLiteral("refused this station's credential")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("sent later")));
    CHECK(CredentialFile::load(ln.t.path()) == good);
    // Nor does a wrong one from the environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QSDESK_SYNC_TOKEN"), QStringLiteral("also-wrong"));
    CHECK(cliSync(ln, {}, env).code == 7);
    CHECK(CredentialFile::load(ln.t.path()) == good);

    // The stored one serves when none is given; the environment's right one works as well.
    CHECK(cliSync(ln, {}).code == 0);
    env.insert(QStringLiteral("QSDESK_SYNC_TOKEN"), good);
    QFile::remove(stored);
    CHECK(cliSync(ln, {}, env).code == 0);
    CHECK(CredentialFile::load(ln.t.path()) == good);
    // An empty standard input is bad input, and nothing is sent.
    CHECK(cliSync(ln, { QStringLiteral("--token"), QStringLiteral("-") }).code == 2);
}

TEST_CASE("the city dispatches a case to a county, which receives it with its client (4.2)", "[sync][dispatch]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    // One registered at the city, one at LJ; both are handed to LN.
    const QString atCity = city.registerCase(QStringLiteral("市级受理的诉求"));
    const QString atLj = lj.registerCase(QStringLiteral("柳江受理的诉求"));
    REQUIRE(lj.sync().ok());
    REQUIRE(city.sync().ok());
    REQUIRE(city.has(atLj));
    for (const QString& number : { atCity, atLj }) {
        auto d
            = Dispatch(*city.t.db).dispatchCase(number, QStringLiteral("ln"), testActor(QStringLiteral("市级调度员")));
        REQUIRE(d.ok());
        CHECK(d->events.last().kind == QStringLiteral("dispatched"));
        CHECK(d->events.last().detail == QStringLiteral("LN"));
    }
    auto pushed = city.sync();
    REQUIRE(pushed.ok());
    CHECK(pushed->refused == 0);

    REQUIRE(ln.sync().ok());
    CHECK(ln.has(atCity));
    CHECK(ln.has(atLj));
    auto shown = CaseStore::byNumber(*ln.t.db, atLj, true);
    REQUIRE(shown.ok());
    CHECK(shown->clientId == lj.clientId); // its client came with it
    CHECK(shown->events.last().kind == QStringLiteral("dispatched"));
    // Nobody else gets them; a county cannot dispatch.
    REQUIRE(lj.sync().ok());
    CHECK_FALSE(lj.has(atCity));
    auto refused = Dispatch(*ln.t.db).dispatchCase(atLj, QStringLiteral("LJ"), testActor(QStringLiteral("x")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);
}

TEST_CASE("a county escalates a case to the city (4.3); the city answers and closes it", "[sync][escalation]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("跨区域计量纠纷"));
    auto escalated = CaseActions(*ln.t.db).escalate(
        number, QStringLiteral("涉及两个县区，需市级协调"), testActor(QStringLiteral("王五")));
    REQUIRE(escalated.ok());
    CHECK(escalated->status == CaseStatus::Escalated);
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    CHECK(city.show(number).status == CaseStatus::Escalated);
    CHECK(city.eventKinds(number).contains(QStringLiteral("escalated")));
    // The city does not escalate; it answers and closes.
    auto up = CaseActions(*city.t.db).escalate(number, QStringLiteral("x"), testActor(QStringLiteral("市级")));
    REQUIRE_FALSE(up.ok());
    CHECK(up.error().code == ErrorCode::NotAllowed);
    REQUIRE(CaseActions(*city.t.db)
                .close(number, QStringLiteral("已协调两区市场监管局联合处理"), testActor(QStringLiteral("市级")))
                .ok());
    auto pushed = city.sync();
    REQUIRE(pushed.ok());
    CHECK(pushed->refused == 0);
    REQUIRE(ln.sync().ok());
    const CaseRecord back = ln.show(number);
    CHECK(back.status == CaseStatus::Closed);
    CHECK(back.answer == QStringLiteral("已协调两区市场监管局联合处理"));
    CHECK(ln.eventKinds(number).count(QStringLiteral("closed")) == 1);
    // Nothing left to send and nothing to look at, on either side.
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
    CHECK(OutboxStore::attentionCount(*ln.t.db).value() == 0);
    CHECK(OutboxStore::attentionCount(*city.t.db).value() == 0);
}

TEST_CASE(
    "the same case changed on two offline stations: a conflict is shown, neither change vanishes", "[sync][conflict]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("特种设备检验预约"));
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    // Both offline now: the city answers the client on its hotline and closes the case; the county,
    // not knowing, escalates it.
    REQUIRE(CaseActions(*city.t.db)
                .close(number, QStringLiteral("已电话答复预约方式"), testActor(QStringLiteral("市级")))
                .ok());
    REQUIRE(CaseActions(*ln.t.db)
                .escalate(number, QStringLiteral("本站无检验资质"), testActor(QStringLiteral("王五")))
                .ok());
    REQUIRE(city.sync().ok()); // the city is first: its change applies
    auto late = ln.sync();
    REQUIRE(late.ok());
    CHECK(late->refused == 1);

    // The county's change is in "needs attention", with the platform's answer and what the case is.
    auto attention = OutboxStore::needingAttention(*ln.t.db);
    REQUIRE(attention.ok());
    REQUIRE(attention->size() == 1);
    const OutboxOp& op = attention->first();
    CHECK(op.state == OutboxState::Conflict);
    CHECK(op.kind == QStringLiteral("transition"));
    CHECK(op.payload.value(QStringLiteral("to")).toString() == QStringLiteral("escalated"));
    CHECK(op.result.value(QStringLiteral("current")).toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("closed"));
    // The county's case now shows where it stands on the platform, and both stations' timelines hold
    // both changes.
    CHECK(ln.show(number).status == CaseStatus::Closed);
    CHECK(ln.show(number).answer == QStringLiteral("已电话答复预约方式"));
    REQUIRE(city.sync().ok());
    for (SyncingStation* s : { &ln, &city }) {
        const QStringList kinds = s->eventKinds(number);
        CHECK(kinds.count(QStringLiteral("closed")) == 1);
        CHECK(kinds.count(QStringLiteral("escalated")) == 1);
        CHECK(s->show(number).status == CaseStatus::Closed);
    }
    // Another round changes nothing; a person marks the conflict dealt with, and it leaves the list.
    auto again = ln.sync();
    REQUIRE(again.ok());
    CHECK(again->refused == 0);
    CHECK(OutboxStore::attentionCount(*ln.t.db).value() == 1);
    REQUIRE(OutboxStore::resolve(*ln.t.db, op.seq, testActor(QStringLiteral("王五"))).ok());
    CHECK(OutboxStore::attentionCount(*ln.t.db).value() == 0);
    CHECK_FALSE(OutboxStore::resolve(*ln.t.db, op.seq, testActor(QStringLiteral("王五"))).ok());
    // From what the case really is, the county can reopen and escalate after all.
    REQUIRE(CaseActions(*ln.t.db)
                .reopen(number, QStringLiteral("企业对答复有异议"), testActor(QStringLiteral("王五")))
                .ok());
    REQUIRE(CaseActions(*ln.t.db)
                .escalate(number, QStringLiteral("本站无检验资质"), testActor(QStringLiteral("王五")))
                .ok());
    auto third = ln.sync();
    REQUIRE(third.ok());
    CHECK(third->refused == 0);
    REQUIRE(city.sync().ok());
    CHECK(city.show(number).status == CaseStatus::Escalated);
}

TEST_CASE("a transition pushed by a station with no right to the case is refused", "[sync][conflict]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("LN的诉求"));
    REQUIRE(ln.sync().ok());
    // LJ forges a transition of LN's case by hand: the platform refuses it and LN's case stays.
    auto c = CaseStore::byNumber(*ln.t.db, number, false);
    REQUIRE(c.ok());
    httplib::SSLClient http("127.0.0.1", server.port());
    http.set_ca_cert_path(server.caFile().toLocal8Bit().constData());
    const QJsonObject op { { QStringLiteral("op_id"), Sql::newId() },
        { QStringLiteral("entity"), QStringLiteral("case") },
        { QStringLiteral("record_id"), c->id },
        { QStringLiteral("kind"), QStringLiteral("transition") },
        { QStringLiteral("payload"),
            QJsonObject { { QStringLiteral("id"), c->id },
                { QStringLiteral("from"), QStringLiteral("registered") },
                { QStringLiteral("to"), QStringLiteral("closed") } } } };
    const std::string body
        = QJsonDocument(QJsonObject { { QStringLiteral("ops"), QJsonArray { op } } }).toJson().toStdString();
    auto res = http.Post(
        "/v1/push", { { "Authorization", "Bearer " + lj.endpoint.token.toStdString() } }, body, "application/json");
    REQUIRE(res);
    CHECK(res->body.find("\"rejected\"") != std::string::npos);
    REQUIRE(ln.sync().ok());
    CHECK(ln.show(number).status == CaseStatus::Registered);
}

TEST_CASE("a visit recorded offline goes up with its signature and photos and reaches the city whole", "[sync][visit]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("上门指导"));
    const Visit recorded = ln.recordVisit(number, QStringLiteral("张三"), { QSize(1600, 1200) });

    auto up = ln.sync();
    REQUIRE(up.ok());
    CHECK(up->blobsUploaded == 2);
    CHECK(up->refused == 0);
    CHECK(up->waitingForBlobs == 0);
    REQUIRE(city.sync().ok());
    auto atCity = VisitStore::byId(*city.t.db, recorded.id);
    REQUIRE(atCity.ok());
    REQUIRE(atCity->has_value());
    CHECK((*atCity)->signerName == QStringLiteral("张三"));
    // Filed under the number the station gave it (issue 19), at the city too.
    CHECK(recorded.number.startsWith(QStringLiteral("LZ-LN-SM-")));
    CHECK((*atCity)->number == recorded.number);
    REQUIRE((*atCity)->photos.size() == 1);
    CHECK(BlobStore::get(*city.t.db, (*atCity)->signatureSha256).value()
        == BlobStore::get(*ln.t.db, recorded.signatureSha256).value());
    CHECK(BlobStore::has(*city.t.db, (*atCity)->photos.first().sha256));
    // Locked at the city too, and pulled twice it is still one record.
    CHECK_FALSE(Sql::run(city.t.db->sql(), QStringLiteral("UPDATE visits SET summary = 'x'")).ok());
    REQUIRE(city.sync().ok());
    CHECK(city.t.count(QStringLiteral("visits")) == 1);
}

TEST_CASE("a visit whose blobs the platform lacks waits for them, and is taken once they are there", "[sync][visit]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    const Visit recorded = ln.recordVisit(ln.registerCase(QStringLiteral("上门指导")), QStringLiteral("李四"));
    // As if the upload had happened before the platform was restored from an older backup: the
    // station believes the blob is there, the platform does not have it.
    REQUIRE(BlobStore::markUploaded(*ln.t.db, recorded.signatureSha256).ok());
    auto first = ln.sync();
    REQUIRE(first.ok());
    CHECK(first->waitingForBlobs == 1);
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 1);
    CHECK(OutboxStore::attentionCount(*ln.t.db).value() == 0); // nothing for a person to do
    auto second = ln.sync(); // the blob goes up again, then the visit
    REQUIRE(second.ok());
    CHECK(second->blobsUploaded == 1);
    CHECK(second->waitingForBlobs == 0);
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
}

TEST_CASE("the platform refuses a record that breaks the stations' rules, so no station's pull stops on it",
    "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    ln.registerCase(QStringLiteral("正常的诉求"));
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    // A case of LN with a summary one character too long, pushed as a faulty or hostile client would.
    const QString clientId
        = Sql::one(*ln.t.db, QStringLiteral("SELECT id FROM clients LIMIT 1"))->value().at(0).toString();
    const QString id = Sql::newId();
    const QString day = Clock::chinaToday().toString(QStringLiteral("yyyyMMdd"));
    const QString now = Clock::toStorage(Clock::nowUtc());
    const QJsonObject payload { { QStringLiteral("id"), id },
        { QStringLiteral("number"), QStringLiteral("LZ-LN-%1-9001").arg(day) },
        { QStringLiteral("station"), QStringLiteral("LZ-LN") },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("channel"), QStringLiteral("window") },
        { QStringLiteral("item"), QStringLiteral("5.4") },
        { QStringLiteral("category"), QStringLiteral("5.4") },
        { QStringLiteral("summary"), QString(2001, u'长') },
        { QStringLiteral("status"), QStringLiteral("registered") },
        { QStringLiteral("received_at"), now },
        { QStringLiteral("received_by"), QStringLiteral("check") },
        { QStringLiteral("answer"), QString() } };
    const QJsonObject op { { QStringLiteral("op_id"), Sql::newId() },
        { QStringLiteral("entity"), QStringLiteral("case") },
        { QStringLiteral("record_id"), id },
        { QStringLiteral("kind"), QStringLiteral("create") },
        { QStringLiteral("base_rev"), 0 },
        { QStringLiteral("actor"), QStringLiteral("check") },
        { QStringLiteral("device_time"), now },
        { QStringLiteral("payload"), payload } };
    httplib::SSLClient http("127.0.0.1", server.port());
    http.set_ca_cert_path(server.caFile().toLocal8Bit().constData());
    http.enable_server_certificate_verification(true);
    const httplib::Headers auth { { "Authorization", "Bearer " + ln.endpoint.token.toStdString() } };
    auto res = http.Post("/v1/push",
        auth,
        QJsonDocument(QJsonObject { { QStringLiteral("ops"), QJsonArray { op } } }).toJson().toStdString(),
        "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    CHECK(answer.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(answer.value(QStringLiteral("field")).toString() == QStringLiteral("summary"));
    CHECK(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("too long")));

    // Every station's pull goes on, and what is registered afterwards reaches the city.
    const QString later = ln.registerCase(QStringLiteral("之后登记的诉求"));
    auto lnSync = ln.sync();
    REQUIRE(lnSync.ok());
    auto citySync = city.sync();
    REQUIRE(citySync.ok());
    CHECK(citySync->held == 0);
    CHECK(city.has(later));
    CHECK_FALSE(CaseStore::byNumber(*city.t.db, QStringLiteral("LZ-LN-%1-9001").arg(day), false).ok());
}

TEST_CASE("a pushed record is stored as the station sent it, unless a key in it was given twice", "[sync][wire]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    ln.registerCase(QStringLiteral("正常的诉求"));
    REQUIRE(ln.sync().ok());
    const QString clientId
        = Sql::one(*ln.t.db, QStringLiteral("SELECT id FROM clients LIMIT 1"))->value().at(0).toString();
    const QString day = Clock::chinaToday().toString(QStringLiteral("yyyyMMdd"));
    const QString now = Clock::toStorage(Clock::nowUtc());
    auto casePayload = [&](const QString& id, int n, const QString& summary) {
        return QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("number"), QStringLiteral("LZ-LN-%1-%2").arg(day).arg(n) },
            { QStringLiteral("station"), QStringLiteral("LZ-LN") },
            { QStringLiteral("client_id"), clientId },
            { QStringLiteral("channel"), QStringLiteral("window") },
            { QStringLiteral("item"), QStringLiteral("5.4") },
            { QStringLiteral("category"), QStringLiteral("5.4") },
            { QStringLiteral("summary"), summary },
            { QStringLiteral("status"), QStringLiteral("registered") },
            { QStringLiteral("received_at"), now },
            { QStringLiteral("received_by"), QStringLiteral("check") },
            { QStringLiteral("answer"), QString() } };
    };
    auto opWith = [&](const QString& id, const QByteArray& payload) {
        return "{\"op_id\":\"" + Sql::newId().toUtf8() + "\",\"entity\":\"case\",\"record_id\":\"" + id.toUtf8()
            + "\",\"kind\":\"create\",\"base_rev\":0,\"actor\":\"check\",\"payload\":" + payload + '}';
    };
    // One payload with its members in an order of its own (Qt would sort them); one whose summary is
    // given twice, 2001 characters first and a valid one last: the parser keeps the last, the rules
    // pass it, and the first must not be stored where nothing checked it.
    const QString keptId = Sql::newId(), twiceId = Sql::newId();
    QByteArray own
        = QJsonDocument(casePayload(keptId, 9001, QStringLiteral("原样保存"))).toJson(QJsonDocument::Compact);
    own = "{\"summary\":\"原样保存\"," + own.mid(1).replace(",\"summary\":\"原样保存\"", "");
    const QJsonObject twiceParsed = casePayload(twiceId, 9002, QStringLiteral("有效的诉求"));
    const QByteArray twice = "{\"summary\":\"" + QString(2001, u'长').toUtf8() + "\","
        + QJsonDocument(twiceParsed).toJson(QJsonDocument::Compact).mid(1);
    httplib::SSLClient http("127.0.0.1", server.port());
    http.set_ca_cert_path(server.caFile().toLocal8Bit().constData());
    http.enable_server_certificate_verification(true);
    const httplib::Headers auth { { "Authorization", "Bearer " + ln.endpoint.token.toStdString() } };
    auto res = http.Post("/v1/push",
        auth,
        ("{\"ops\":[" + opWith(keptId, own) + ',' + opWith(twiceId, twice) + "]}").toStdString(),
        "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    const QJsonArray results = QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    REQUIRE(results.size() == 2);
    for (const QJsonValue& r : results)
        CHECK(r.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("applied"));

    auto stored = [&](const QString& id) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
            { server.dbFile(), QStringLiteral("SELECT payload FROM records WHERE record_id = '%1'").arg(id) });
        REQUIRE(sqlite.waitForFinished(30000));
        return sqlite.readAllStandardOutput().trimmed();
    };
    CHECK(stored(keptId) == own);
    CHECK(stored(twiceId) == QJsonDocument(twiceParsed).toJson(QJsonDocument::Compact));
    // Both reach the city as the rules passed them.
    REQUIRE(city.sync().ok());
    CHECK(city.has(QStringLiteral("LZ-LN-%1-9001").arg(day)));
    auto kase = CaseStore::byNumber(*city.t.db, QStringLiteral("LZ-LN-%1-9002").arg(day), false);
    REQUIRE(kase.ok());
    CHECK(kase->summary == QStringLiteral("有效的诉求"));
}

TEST_CASE("a pulled record the station cannot apply is held back with its reason; the pull goes on, and it is "
          "applied again once mended",
    "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString first = ln.registerCase(QStringLiteral("会被搁置的诉求"));
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    // The city's copy goes under another id (as a restore or a hand edit might leave it): the next
    // revision of LN's case cannot be stored there, its number being taken.
    const QString realId = city.show(first).id;
    REQUIRE(Sql::run(city.t.db->sql(), QStringLiteral("UPDATE cases SET id = 'moved-away' WHERE number = ?"), { first })
                .ok());
    REQUIRE(CaseActions(*ln.t.db).close(first, QStringLiteral("已答复"), testActor()).ok());
    const QString second = ln.registerCase(QStringLiteral("之后的诉求"));
    REQUIRE(ln.sync().ok());
    auto pulled = city.sync();
    REQUIRE(pulled.ok()); // before: "UNIQUE constraint failed: cases.number", for ever
    CHECK(pulled->held == 2); // the case's new revision, and the event of its closing, which needs it
    CHECK(city.has(second)); // the pull went past them
    CHECK(city.count(QStringLiteral("之后的诉求")) == 1); // and wrote its search rows, not the held ones
    auto held = QuarantineStore::held(*city.t.db);
    REQUIRE(held.ok());
    REQUIRE(held->size() == 2);
    const auto kase = std::find_if(
        held->begin(), held->end(), [](const HeldRecord& h) { return h.entity == QLatin1String("case"); });
    REQUIRE(kase != held->end());
    CHECK(kase->recordId == realId);
    CHECK(kase->reason.english.contains(QStringLiteral("UNIQUE")));
    // Held again on the next sync? No: the cursor moved on; they wait for a person.
    auto again = city.sync();
    REQUIRE(again.ok());
    CHECK(again->held == 0);
    CHECK(QuarantineStore::heldCount(*city.t.db).value() == 2);

    // Mended (the copy gets its id back): applying the case again brings it up to date, and the
    // event that waited for it follows.
    const Actor admin = testActor(QStringLiteral("admin"));
    CHECK_FALSE(HeldRecords::retry(*city.t.db, kase->seq, admin).ok()); // not mended yet: still held
    CHECK(QuarantineStore::heldCount(*city.t.db).value() == 2);
    REQUIRE(
        Sql::run(city.t.db->sql(), QStringLiteral("UPDATE cases SET id = ? WHERE number = ?"), { realId, first }).ok());
    // As an administrator does it: the list, then retry by the id it shows.
    auto cli = [&](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(QSDESK_CLI),
            QStringList { QStringLiteral("--db"), city.t.path(), QStringLiteral("--lang"), QStringLiteral("en") }
                + args);
        REQUIRE(p.waitForFinished(30000));
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto [listed, listing] = cli(
        { QStringLiteral("sync"), QStringLiteral("attention"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(listed == 0);
    const QJsonArray items = QJsonDocument::fromJson(listing.toUtf8()).array();
    CHECK(items.size() == 2);
    QString caseItem;
    for (const QJsonValue& v : items)
        if (v.toObject().value(QStringLiteral("entity")).toString() == QLatin1String("case"))
            caseItem = v.toObject().value(QStringLiteral("id")).toString();
    CHECK(caseItem == QStringLiteral("held-%1").arg(kase->seq));
    const auto [retried, said]
        = cli({ QStringLiteral("sync"), QStringLiteral("attention"), QStringLiteral("retry"), caseItem });
    INFO(said.toStdString());
    REQUIRE(retried == 0);
    CHECK(QuarantineStore::heldCount(*city.t.db).value() == 0);
    const auto [bad, badSaid]
        = cli({ QStringLiteral("sync"), QStringLiteral("attention"), QStringLiteral("resolve"), QStringLiteral("7") });
    CHECK(bad == 2);
    CHECK(badSaid.contains(QStringLiteral("held-3")));
    CHECK(city.t.count(QStringLiteral("audit_log WHERE action = 'sync.held_applied'")) == 2);
    CHECK(city.show(first).status == CaseStatus::Closed);
}

namespace {
struct CaseState
{
    CaseStatus status;
    qint64 rev;
    QString answer;
};
CaseState stateAt(SyncingStation& s, const QString& number)
{
    const CaseRecord c = s.show(number);
    auto st = CaseStore::stateOfId(*s.t.db, c.id);
    REQUIRE(st.ok());
    REQUIRE(st->has_value());
    return { c.status, (*st)->rev, c.answer };
}
} // namespace

TEST_CASE("closed at the city, closed and reopened at the county, offline: every side ends reopened (ABA)",
    "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("重新办理测试"));
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    // Partitioned: each works on its own copy.
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    REQUIRE(CaseActions(*city.t.db).close(number, QStringLiteral("市级答复"), supervisor).ok());
    REQUIRE(CaseActions(*ln.t.db).close(number, QStringLiteral("县级答复"), supervisor).ok());
    REQUIRE(CaseActions(*ln.t.db).reopen(number, QStringLiteral("客户补充材料"), supervisor).ok());
    for (int round = 0; round < 2; ++round) {
        REQUIRE(city.sync().ok());
        REQUIRE(ln.sync().ok());
    }
    REQUIRE(city.sync().ok());
    const CaseState county = stateAt(ln, number);
    const CaseState atCity = stateAt(city, number);
    CHECK(county.status == CaseStatus::Reopened); // before: closed here, reopened everywhere else
    CHECK(atCity.status == CaseStatus::Reopened);
    CHECK(county.rev == atCity.rev);
}

TEST_CASE("two closes of one case with different answers are a conflict with both answers kept", "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("两处办结测试"));
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    REQUIRE(CaseActions(*city.t.db).close(number, QStringLiteral("市级答复"), supervisor).ok());
    REQUIRE(CaseActions(*ln.t.db).close(number, QStringLiteral("县级答复"), supervisor).ok());
    REQUIRE(city.sync().ok());
    auto county = ln.sync();
    REQUIRE(county.ok());
    CHECK(county->refused == 1); // before: a "duplicate", and 0 needing attention
    auto attention = OutboxStore::needingAttention(*ln.t.db);
    REQUIRE(attention.ok());
    REQUIRE(attention->size() == 1);
    const OutboxOp& op = attention->first();
    CHECK(op.state == OutboxState::Conflict);
    // Both answers are kept: the platform's on the case, this station's in its change, both shown.
    CHECK(op.result.value(QStringLiteral("current")).toObject().value(QStringLiteral("answer")).toString()
        == QStringLiteral("市级答复"));
    CHECK(op.payload.value(QStringLiteral("answer")).toString() == QStringLiteral("县级答复"));
    CHECK(stateAt(ln, number).answer == QStringLiteral("市级答复"));
    QProcess list; // and as an administrator lists it: both answers
    list.start(QStringLiteral(QSDESK_CLI),
        { QStringLiteral("--db"),
            ln.t.path(),
            QStringLiteral("sync"),
            QStringLiteral("attention"),
            QStringLiteral("list") });
    REQUIRE(list.waitForFinished(30000));
    const QString listed = QString::fromUtf8(list.readAllStandardOutput());
    CHECK(listed.contains(number));
    CHECK(listed.contains(QStringLiteral("市级答复")));
    CHECK(listed.contains(QStringLiteral("县级答复")));
    REQUIRE(city.sync().ok());
    CHECK(stateAt(city, number).answer == QStringLiteral("市级答复"));
    CHECK(stateAt(ln, number).rev == stateAt(city, number).rev);
}

TEST_CASE("a station restored from its backup gives no case number twice, and its later cases come back to it",
    "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString a = ln.registerCase(QStringLiteral("恢复前的诉求"));
    REQUIRE(ln.sync().ok());
    const QString backup = ln.t.dir.filePath(QStringLiteral("LN.bak"));
    REQUIRE(Backup::write(*ln.t.db, backup).ok());
    const QString b = ln.registerCase(QStringLiteral("备份之后的诉求"));
    REQUIRE(ln.sync().ok());
    const QString path = ln.t.path();
    ln.t.db.reset();
    REQUIRE(Backup::restore(backup, path).ok());
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    ln.t.db = std::move(reopened).value();
    const QString c = ln.registerCase(QStringLiteral("恢复之后的诉求"));
    CHECK(c != b); // before: the same number again, and every sync failed on it for ever
    CHECK(c != a);
    REQUIRE(ln.sync().ok());
    CHECK(ln.has(b)); // the case the backup lacked came back from the platform
    REQUIRE(city.sync().ok());
    for (const QString& n : { a, b, c })
        CHECK(city.has(n));

    // Restored onto a new computer, with no database to take the counters from: a safe jump.
    const QString elsewhere = ln.t.dir.filePath(QStringLiteral("new-laptop.db"));
    REQUIRE(Backup::restore(backup, elsewhere).ok());
    auto fresh = Database::open(elsewhere);
    REQUIRE(fresh.ok());
    auto d = Registration(**fresh, ln.t.catalog)
                 .registerCase(
                     { ln.clientId, QStringLiteral("window"), QStringLiteral("5.4"), QStringLiteral("新电脑"), {}, {} },
                     testActor(QStringLiteral("c")));
    REQUIRE(d.ok());
    CHECK(d->number.section(u'-', 3).toInt() > 5000);
}

TEST_CASE("a case from a station whose clock is a day fast is stored at the platform's time, there and here",
    "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    QString number;
    {
        ClockOverride fast(ClockOverride::shiftedDays(1));
        number = lj.registerCase(QStringLiteral("时钟快一天的诉求"));
        auto synced = lj.sync();
        REQUIRE(synced.ok());
        CHECK(synced->clockFarOff());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(city.sync().ok());
    // Before: received tomorrow, counted in tomorrow's day (or next month's statistics).
    CHECK(qAbs(city.show(number).receivedAt.secsTo(now)) < 300);
    CHECK(qAbs(lj.show(number).receivedAt.secsTo(now)) < 300); // the station took the correction
    CHECK(lj.show(number).number == number); // the number the client holds stays
    auto offset = Sql::one(*lj.t.db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'clock_offset_seconds'"));
    REQUIRE(offset.ok());
    REQUIRE(offset->has_value());
    CHECK((**offset).at(0).toLongLong() > 80000);
}

namespace {
// Clients that open a TLS connection and then send a request's headers a byte at a time, for as
// long as the test lets them; one dropped by the server comes back at once (as an attacker would).
class Slowloris
{
public:
    Slowloris(quint16 port, int connections)
        : m_thread([this, port, connections] { run(port, connections); })
    { }
    ~Slowloris()
    {
        m_stop = true;
        m_thread.join();
    }
    int dropped() const { return m_dropped.load(); }
    int trickling() const { return m_trickling.load(); } // connections sending their headers now

private:
    void run(quint16 port, int connections)
    {
        std::vector<std::unique_ptr<QSslSocket>> sockets;
        std::vector<int> sent;
        auto open = [port] {
            auto s = std::make_unique<QSslSocket>();
            s->setPeerVerifyMode(QSslSocket::VerifyNone);
            s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            return s;
        };
        for (int i = 0; i < connections; ++i) {
            sockets.push_back(open());
            sent.push_back(0);
        }
        const QByteArray start = "GET /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ";
        while (!m_stop) {
            int trickling = 0;
            for (std::size_t i = 0; i < sockets.size(); ++i) {
                QSslSocket& s = *sockets[i];
                if (s.state() == QAbstractSocket::UnconnectedState) {
                    m_dropped += sent[i] > 0 ? 1 : 0;
                    sockets[i] = open();
                    sent[i] = 0;
                    continue;
                }
                if (!s.isEncrypted()) {
                    s.waitForEncrypted(5);
                    continue;
                }
                s.write(sent[i] < start.size() ? start.mid(sent[i], 1) : QByteArray("a"));
                ++sent[i];
                s.waitForBytesWritten(5);
                s.waitForReadyRead(1); // notices a connection the server closed
                ++trickling;
            }
            m_trickling = trickling;
            QThread::msleep(100); // the trickle's pace: a byte per connection every 0.1 s
        }
    }

    std::atomic_bool m_stop { false };
    std::atomic_int m_dropped { 0 };
    std::atomic_int m_trickling { 0 };
    std::thread m_thread;
};
} // namespace

TEST_CASE("slow clients holding every worker are dropped at the request deadline; a sync still goes through",
    "[sync][faults]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start({ QStringLiteral("--request-timeout"), QStringLiteral("2") });
    ln.registerCase(QStringLiteral("慢速攻击下的同步"));
    Slowloris slow(quint16(server.port()), 10); // more than the server's 8 workers
    REQUIRE(QTest::qWaitFor([&] { return slow.trickling() >= 8; }, 20000));
    QElapsedTimer took;
    took.start();
    auto report = ln.sync();
    const qint64 ms = took.elapsed();
    INFO("the sync took " << ms << " ms with 10 connections trickling their headers; " << slow.dropped()
                          << " dropped so far");
    REQUIRE(report.ok());
    CHECK(report->pushed == 2);
    // The workers come free at the 2 s deadline at the latest; the sync itself takes well under a second.
    CHECK(ms < 8000);
    CHECK(QTest::qWaitFor([&] { return slow.dropped() >= 8; }, 10000));
}

TEST_CASE("an expired certificate, one for another host and a missing CA file are each named as such", "[sync]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    ln.registerCase(QStringLiteral("证书有误"));
    const qint64 day = 24 * 3600;
    auto refusal = [&](const QString& cert, const QString& san, qint64 from, qint64 until) {
        SyncEndpoint ep = ln.endpoint;
        ep.caFile = server.makeCertificate(cert, san, from, until);
        server.start(server.certificateOptions(cert));
        auto refused = SyncClient(*ln.t.db, ep).runOnce();
        server.kill();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Network);
        return refused.error().message.english;
    };
    const QString expired = refusal(QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1"), -3 * day, -day);
    CHECK(expired.contains(QStringLiteral("has expired")));
    CHECK_FALSE(expired.contains(QStringLiteral("not signed")));
    const QString early = refusal(QStringLiteral("early"), QStringLiteral("IP:127.0.0.1"), day, 3 * day);
    CHECK(early.contains(QStringLiteral("not valid yet")));
    const QString otherHost = refusal(QStringLiteral("host"), QStringLiteral("DNS:platform.example"), -day, day);
    CHECK(otherHost.contains(QStringLiteral("not made out to 127.0.0.1")));
    CHECK_FALSE(otherHost.contains(QStringLiteral("not signed")));

    SyncEndpoint noCa = ln.endpoint;
    noCa.caFile = ln.t.dir.filePath(QStringLiteral("no-such-ca.pem"));
    auto missing = SyncClient(*ln.t.db, noCa).runOnce();
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::BadInput);
    CHECK(missing.error().field == QStringLiteral("ca"));
    CHECK(missing.error().message.english.contains(QStringLiteral("no-such-ca.pem")));
    CHECK(missing.error().message.english.contains(QStringLiteral("does not exist")));
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 2);
}

TEST_CASE("a connection whose answers never come fails within the client's timeout, once", "[sync][faults]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    ln.registerCase(QStringLiteral("黑洞连接"));
    // Held at the TLS handshake, and at an answer after it.
    for (int letThrough : { 0, 2 }) {
        INFO(letThrough << " answers let through");
        HoldingProxy proxy(quint16(server.port()));
        SyncEndpoint ep = ln.endpoint;
        ep.url = QStringLiteral("https://127.0.0.1:%1").arg(proxy.port());
        ep.timeoutSeconds = 1;
        auto sync = std::async(std::launch::async, [&] {
            QElapsedTimer took;
            took.start();
            // Its own database connection: the test thread's stays on the test thread.
            auto db = Database::open(ln.t.path());
            if (!db)
                return std::make_pair(db.error().message.english, qint64(-1));
            auto report = SyncClient(**db, ep).runOnce();
            return std::make_pair(report.ok() ? QString() : report.error().message.english, took.elapsed());
        });
        for (int i = 0; i < letThrough; ++i) {
            REQUIRE(QTest::qWaitFor([&] { return proxy.holding(); }, 10000));
            proxy.release();
        }
        REQUIRE(sync.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
        const auto [message, ms] = sync.get();
        INFO("failed after " << ms << " ms: " << message.toStdString());
        CHECK(ms >= 0);
        CHECK(message.contains(QStringLiteral("did not answer within 1 seconds")));
        CHECK(ms < 2000); // once the timeout, not twice
        proxy.open();
    }
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 2);
}

TEST_CASE("a revoked credential is refused at once by the running server; a rotated one replaces it", "[sync][cli]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lb(server, QStringLiteral("LB"), QStringLiteral("county"));
    server.start();
    ln.registerCase(QStringLiteral("吊销之前"));
    REQUIRE(ln.sync().ok());

    CHECK(server.admin({ QStringLiteral("station"), QStringLiteral("revoke"), QStringLiteral("LN") }) == 0);
    ln.registerCase(QStringLiteral("吊销之后"));
    auto revoked = ln.sync();
    REQUIRE_FALSE(revoked.ok());
    CHECK(revoked.error().code == ErrorCode::Credential);
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 1);
    REQUIRE(lb.sync().ok()); // the other stations are untouched

    QString fresh;
    CHECK(server.admin({ QStringLiteral("station"), QStringLiteral("rotate"), QStringLiteral("LN") }, &fresh) == 0);
    fresh = fresh.section(u'\n', -1).trimmed(); // the credential is the last line
    CHECK(fresh.size() >= 40);
    CHECK(fresh != ln.endpoint.token);
    const QString old = ln.endpoint.token;
    ln.endpoint.token = fresh;
    REQUIRE(ln.sync().ok());
    CHECK(OutboxStore::count(*ln.t.db, OutboxState::Pending).value() == 0);
    // Rotating again: the one given out a moment ago is refused at once as well.
    CHECK(server.admin({ QStringLiteral("station"), QStringLiteral("rotate"), QStringLiteral("LN") }) == 0);
    CHECK(ln.sync().error().code == ErrorCode::Credential);
    ln.endpoint.token = old;
    CHECK(ln.sync().error().code == ErrorCode::Credential);
    CHECK(server.admin({ QStringLiteral("station"), QStringLiteral("rotate"), QStringLiteral("XX") }) == 3);
    CHECK(server.admin({ QStringLiteral("station"), QStringLiteral("revoke"), QStringLiteral("XX") }) == 3);
}

TEST_CASE("a case's clock travels: a county's pause and extension reach the city, the city's urging the county",
    "[sync][clock]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("计量器具校准咨询"));
    CaseClocks county(*ln.t.db);
    REQUIRE(
        county
            .pause(
                number, QStringLiteral("testing"), QStringLiteral("送检"), testActor(QStringLiteral("c"), Role::Clerk))
            .ok());
    REQUIRE(county.resume(number, {}, testActor(QStringLiteral("c"), Role::Clerk)).ok());
    REQUIRE(county.askExtension(number, 4, QStringLiteral("需送外地检测"), testActor(QStringLiteral("c"), Role::Clerk))
                .ok());
    REQUIRE(county.pause(number, QStringLiteral("materials"), {}, testActor(QStringLiteral("c"), Role::Clerk)).ok());
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    CHECK(city.show(number).dueClose == ln.show(number).dueClose);
    CHECK(city.show(number).pausedSince == ln.show(number).pausedSince);
    CHECK(city.show(number).closeDays == ln.show(number).closeDays);

    // The city's supervisor approves the extension and urges; the county takes both.
    CaseClocks atCity(*city.t.db);
    REQUIRE(
        atCity.decideExtension(number, true, QStringLiteral("同意"), testActor(QStringLiteral("s"), Role::Supervisor))
            .ok());
    REQUIRE(atCity.urge(number, QStringLiteral("请本周内办结"), testActor(QStringLiteral("s"), Role::Supervisor)).ok());
    REQUIRE(city.sync().ok());
    REQUIRE(ln.sync().ok());
    const CaseRecord there = ln.show(number);
    CHECK(there.dueClose == city.show(number).dueClose);
    auto clock = county.clockOf(there);
    REQUIRE(clock.ok());
    CHECK(clock->urgings.size() == 1);
    CHECK(clock->decisions.size() == 1);
    CHECK(ln.t.count(QStringLiteral("clock_events")) == city.t.count(QStringLiteral("clock_events")));
    // Pulled again, nothing doubles.
    REQUIRE(ln.sync().ok());
    CHECK(ln.t.count(QStringLiteral("clock_events")) == 6);
}
