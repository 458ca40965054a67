// Verification at every sync (issue 17, DESIGN.md §6 convergence): a station compares the records in
// its scope with the platform's by digest, takes back what differs or is missing here, and reports
// what only it holds.
#include "ServerProcess.h"
#include "SyncingStation.h"
#include "common/Clock.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "storage/Sql.h"
#include "support/ClockOverride.h"
#include "sync/ConflictChoice.h"
#include "workflow/CaseActions.h"
#include "workflow/Dispatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <httplib.h>

namespace {
struct CliAnswer
{
    int exitCode = -1;
    QString said;
};

CliAnswer syncVerify(SyncingStation& s)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QSDESK_SYNC_TOKEN"), s.endpoint.token);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QSDESK_CLI),
        { QStringLiteral("--db"),
            s.t.path(),
            QStringLiteral("--lang"),
            QStringLiteral("en"),
            QStringLiteral("sync"),
            QStringLiteral("verify"),
            QStringLiteral("--server"),
            s.endpoint.url,
            QStringLiteral("--ca"),
            s.endpoint.caFile });
    REQUIRE(p.waitForFinished(60000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
}

struct CaseState
{
    CaseStatus status;
    qint64 rev;
};
CaseState stateAt(SyncingStation& s, const QString& number)
{
    const CaseRecord c = s.show(number);
    auto st = CaseStore::stateOfId(*s.t.db, c.id);
    REQUIRE(st.ok());
    REQUIRE(st->has_value());
    return { c.status, (*st)->rev };
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    auto row = Sql::one(db, sql, binds);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    return (**row).at(0);
}
} // namespace

TEST_CASE("every sync compares the station's records with the platform's, and a case gone different here is taken "
          "back from the platform",
    "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("核对测试"));
    ln.registerCase(QStringLiteral("第二件"));
    auto first = ln.sync();
    REQUIRE(first.ok());
    CHECK(first->verified);
    CHECK(first->matches);
    CHECK(first->compared >= 3); // the client and both cases, with their events
    CHECK(first->repaired == 0);

    // The station's copy goes different without a change to send (a lost update, a hand edit).
    REQUIRE(Sql::run(ln.t.db->sql(),
        QStringLiteral("UPDATE cases SET status = 'closed', answer = '从未发生的办结', rev = 7 WHERE number = ?"),
        { number })
                .ok());
    // An idle sync within the hour keeps the last verdict; the next hour's compares again.
    auto idle = ln.sync();
    REQUIRE(idle.ok());
    CHECK_FALSE(idle->verified);
    ClockOverride later(Clock::nowUtc().addSecs(SyncClient::kVerifyAtLeastEverySeconds + 60));
    auto next = ln.sync();
    REQUIRE(next.ok());
    CHECK(next->repaired == 1);
    CHECK(next->matches);
    const CaseRecord repaired = ln.show(number);
    CHECK(repaired.status == CaseStatus::Registered);
    CHECK(repaired.answer.isEmpty());
    CHECK(scalar(*ln.t.db, QStringLiteral("SELECT rev FROM cases WHERE number = ?"), { number }).toLongLong() == 1);

    const CliAnswer verified = syncVerify(ln);
    INFO(verified.said.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.said.contains(QStringLiteral("matches the platform")));
}

TEST_CASE("records a station's pull skipped (a change committed behind its cursor) reach it by verification",
    "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("被跳过的诉求"));
    REQUIRE(ln.sync().ok());
    // The city's cursor already past LN's changes, as a change that committed late behind it
    // would leave it: its pull serves it nothing.
    const qint64 lnCursor
        = scalar(*ln.t.db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")).toLongLong();
    REQUIRE(lnCursor > 0);
    REQUIRE(Sql::run(city.t.db->sql(),
        QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('cursor', ?)"),
        { QString::number(lnCursor) })
                .ok());
    auto report = city.sync();
    REQUIRE(report.ok());
    CHECK(report->pulled == 0);
    CHECK(report->repaired == 2); // the client and the case
    CHECK(report->matches);
    REQUIRE(city.has(number));
    CHECK(city.show(number).summary == QStringLiteral("被跳过的诉求"));
}

TEST_CASE("a record only a station holds, though settled with the platform, is reported and not matched",
    "[sync][convergence][cli]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("平台丢失的诉求"));
    REQUIRE(ln.sync().ok());
    const QString id = ln.show(number).id;
    server.kill();
    // The platform loses the case (a bad restore, a hand edit), keeping its history position.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
        { server.dbFile(), QStringLiteral("DELETE FROM records WHERE record_id = '%1';").arg(id) });
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    server.start();
    // Nothing moved, so a plain sync within the hour keeps the last verdict; sync verify compares.
    SyncClient client(*ln.t.db, ln.endpoint);
    client.verifyAlways(true);
    auto report = client.runOnce();
    REQUIRE(report.ok());
    CHECK(report->verified);
    CHECK_FALSE(report->matches);
    CHECK(report->onlyHere == 1);
    const CliAnswer verified = syncVerify(ln);
    INFO(verified.said.toStdString());
    CHECK(verified.exitCode == 8);
    CHECK(verified.said.contains(QStringLiteral("does not match")));
    CHECK(ln.has(number)); // nothing is deleted here
}

namespace {
// LN and the city close one case offline with different answers; LN's close comes back a conflict.
struct TwoCloses
{
    TwoCloses()
        : ln(server, QStringLiteral("LN"), QStringLiteral("county"))
        , city(server, QStringLiteral("SJ"), QStringLiteral("city"))
    {
        server.start();
        number = ln.registerCase(QStringLiteral("两处办结后选择"));
        REQUIRE(ln.sync().ok());
        REQUIRE(city.sync().ok());
        REQUIRE(CaseActions(*city.t.db).close(number, QStringLiteral("市级答复"), supervisor).ok());
        REQUIRE(CaseActions(*ln.t.db).close(number, QStringLiteral("县级答复"), supervisor).ok());
        REQUIRE(city.sync().ok());
        REQUIRE(ln.sync().ok());
        auto open = OutboxStore::needingAttention(*ln.t.db);
        REQUIRE(open.ok());
        REQUIRE(open->size() == 1);
        conflict = open->first().seq;
    }
    QString answerAt(SyncingStation& s) { return s.show(number).answer; }

    ServerProcess server;
    SyncingStation ln;
    SyncingStation city;
    QString number;
    qint64 conflict = 0;
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
};
} // namespace

TEST_CASE("a person keeps this station's answer of a conflict, and the choice reaches the platform and the city",
    "[sync][convergence][conflict]")
{
    TwoCloses c;
    REQUIRE(ConflictChoice::settle(*c.ln.t.db, c.conflict, ConflictChoice::Keep::Mine, c.supervisor).ok());
    CHECK(OutboxStore::attentionCount(*c.ln.t.db).value() == 0);
    CHECK(c.answerAt(c.ln) == QStringLiteral("县级答复"));
    CHECK(c.ln.eventKinds(c.number).contains(QStringLiteral("conflict_settled")));
    auto sent = c.ln.sync();
    REQUIRE(sent.ok());
    CHECK(sent->refused == 0);
    CHECK(sent->matches);
    REQUIRE(c.city.sync().ok());
    CHECK(c.answerAt(c.city) == QStringLiteral("县级答复"));
    CHECK(c.city.show(c.number).status == CaseStatus::Closed);
    CHECK(c.city.eventKinds(c.number).contains(QStringLiteral("conflict_settled")));
    CHECK(stateAt(c.ln, c.number).rev == stateAt(c.city, c.number).rev);
    // Settled once: choosing again finds nothing open.
    CHECK(ConflictChoice::settle(*c.ln.t.db, c.conflict, ConflictChoice::Keep::Mine, c.supervisor).error().code
        == ErrorCode::NotFound);
}

TEST_CASE("keeping the platform's answer leaves every side as the platform has it, with the choice on the timeline",
    "[sync][convergence][conflict]")
{
    TwoCloses c;
    REQUIRE(ConflictChoice::settle(*c.ln.t.db, c.conflict, ConflictChoice::Keep::Platform, c.supervisor).ok());
    REQUIRE(c.ln.sync().ok());
    REQUIRE(c.city.sync().ok());
    CHECK(c.answerAt(c.ln) == QStringLiteral("市级答复"));
    CHECK(c.answerAt(c.city) == QStringLiteral("市级答复"));
    CHECK(c.city.eventKinds(c.number).contains(QStringLiteral("conflict_settled")));
    CHECK(c.ln.sync()->matches);
}

TEST_CASE("a choice made on a case that moved on again is a conflict again, never an overwrite",
    "[sync][convergence][conflict]")
{
    TwoCloses c;
    // The city reopens the case before LN's choice arrives.
    REQUIRE(CaseActions(*c.city.t.db).reopen(c.number, QStringLiteral("客户不满意"), c.supervisor).ok());
    REQUIRE(c.city.sync().ok());
    REQUIRE(ConflictChoice::settle(*c.ln.t.db, c.conflict, ConflictChoice::Keep::Mine, c.supervisor).ok());
    auto sent = c.ln.sync();
    REQUIRE(sent.ok());
    CHECK(sent->refused == 1);
    CHECK(OutboxStore::attentionCount(*c.ln.t.db).value() == 1);
    REQUIRE(c.city.sync().ok());
    CHECK(c.city.show(c.number).status == CaseStatus::Reopened);
    CHECK(c.ln.show(c.number).status == CaseStatus::Reopened);
    CHECK(stateAt(c.ln, c.number).rev == stateAt(c.city, c.number).rev);
}

TEST_CASE("sync attention resolve --keep mine settles a conflict from the command line", "[sync][conflict][cli]")
{
    TwoCloses c;
    QProcess p;
    p.start(QStringLiteral(QSDESK_CLI),
        { QStringLiteral("--db"),
            c.ln.t.path(),
            QStringLiteral("--lang"),
            QStringLiteral("en"),
            QStringLiteral("sync"),
            QStringLiteral("attention"),
            QStringLiteral("resolve"),
            QStringLiteral("out-%1").arg(c.conflict),
            QStringLiteral("--keep"),
            QStringLiteral("mine") });
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(c.answerAt(c.ln) == QStringLiteral("县级答复"));
    REQUIRE(c.ln.sync().ok());
    REQUIRE(c.city.sync().ok());
    CHECK(c.answerAt(c.city) == QStringLiteral("县级答复"));
}

TEST_CASE("the platform refuses a second case under a number another case holds", "[sync][convergence]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    const QString number = ln.registerCase(QStringLiteral("先登记的诉求"));
    REQUIRE(ln.sync().ok());
    // The same number on another case, as a station restored from an old backup once sent it.
    const CaseRecord first = ln.show(number);
    const QString id = Sql::newId();
    const QString now = Clock::toStorage(Clock::nowUtc());
    const QJsonObject op { { QStringLiteral("op_id"), Sql::newId() },
        { QStringLiteral("entity"), QStringLiteral("case") },
        { QStringLiteral("record_id"), id },
        { QStringLiteral("kind"), QStringLiteral("create") },
        { QStringLiteral("base_rev"), 0 },
        { QStringLiteral("actor"), QStringLiteral("check") },
        { QStringLiteral("device_time"), now },
        { QStringLiteral("payload"),
            QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("number"), number },
                { QStringLiteral("station"), QStringLiteral("LZ-LN") },
                { QStringLiteral("client_id"), first.clientId },
                { QStringLiteral("channel"), QStringLiteral("window") },
                { QStringLiteral("item"), QStringLiteral("5.4") },
                { QStringLiteral("category"), QStringLiteral("5.4") },
                { QStringLiteral("summary"), QStringLiteral("同号的另一件诉求") },
                { QStringLiteral("status"), QStringLiteral("registered") },
                { QStringLiteral("received_at"), now },
                { QStringLiteral("received_by"), QStringLiteral("check") },
                { QStringLiteral("answer"), QString() } } } };
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
    CHECK(answer.value(QStringLiteral("field")).toString() == QStringLiteral("number"));
    // The first case's own create, sent again, is still a duplicate, not a refusal.
    auto again = ln.sync();
    REQUIRE(again.ok());
    CHECK(again->refused == 0);
    CHECK(again->matches);
}

TEST_CASE("a case dispatched to a county after it changed arrives whole, and nothing of it stays held",
    "[sync][convergence][dispatch]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    const QString number = ln.registerCase(QStringLiteral("先办理后派送"));
    REQUIRE(ln.sync().ok());
    lj.registerCase(QStringLiteral("柳江自己的诉求"));
    REQUIRE(lj.sync().ok()); // LJ's cursor now sits between the case's first changes and the next
    REQUIRE(city.sync().ok());
    REQUIRE(CaseActions(*ln.t.db).escalate(number, QStringLiteral("需市级协调"), supervisor).ok());
    REQUIRE(ln.sync().ok());
    REQUIRE(city.sync().ok());
    REQUIRE(Dispatch(*city.t.db).dispatchCase(number, QStringLiteral("LJ"), supervisor).ok());
    REQUIRE(city.sync().ok());
    // LJ's pull first meets the case's escalation (granted now, but its client not yet here), then
    // the case served again with its client.
    auto pulled = lj.sync();
    REQUIRE(pulled.ok());
    REQUIRE(lj.has(number));
    CHECK(lj.show(number).status == CaseStatus::Escalated);
    CHECK(QuarantineStore::heldCount(*lj.t.db).value() == 0); // before: the escalation, held for ever
    CHECK(pulled->matches);
}
