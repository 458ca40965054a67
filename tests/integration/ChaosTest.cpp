// The randomised convergence test (issue 17): three stations and the platform work and sync at
// random through proxies that cut connections and partition stations, with syncs killed halfway,
// the server killed mid-request, and shared cases (escalated, dispatched) changed on both sides.
// Then the network heals, every conflict is chosen, and each station's records in its scope must
// equal the platform's field by field, every registered case there exactly once.
//
// QSDESK_CHAOS_SECONDS (default 8: the short run of ./dev test) and QSDESK_CHAOS_SEED (default:
// random, printed) choose the run; ./dev bench-sync --chaos SECONDS runs a long one.
#include "ChaosProxy.h"
#include "ServerProcess.h"
#include "SyncingStation.h"
#include "domain/WorkCalendar.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "storage/Sql.h"
#include "sync/ConflictChoice.h"
#include "workflow/CaseActions.h"
#include "workflow/Dispatch.h"
#include "workflow/OneTimeNotice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>
#include <memory>
#include <random>

namespace {
int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

struct Figures
{
    int registered = 0;
    int moves = 0; // status changes made at a station
    int dispatches = 0;
    int visits = 0;
    int refusedLocally = 0; // a move the state machine refused at the station (the case moved on)
    int syncs = 0;
    int syncsFailed = 0;
    int clientKills = 0;
    int serverKills = 0;
    int partitions = 0;
    int conflicts = 0;
    int repaired = 0;
};

struct ChaosStation
{
    ChaosStation(ServerProcess& server, const QString& code, const QString& level, quint32 seed)
        : s(server, code, level)
        , proxy(quint16(server.port()), seed, 0.12)
        , viaProxy(s.endpoint)
    {
        viaProxy.url = QStringLiteral("https://127.0.0.1:%1").arg(proxy.port());
        viaProxy.timeoutSeconds = 3;
    }
    bool isCity() const { return code() == QLatin1String("SJ"); }
    QString code() const { return s.endpoint.token.isEmpty() ? QString() : m_code; }

    SyncingStation s;
    ChaosProxy proxy;
    SyncEndpoint viaProxy;
    QString m_code;
};

class Chaos
{
public:
    explicit Chaos(quint32 seed)
        : m_rng(seed)
    {
        for (const auto& [code, level] :
            { std::pair { "LN", "county" }, std::pair { "LJ", "county" }, std::pair { "SJ", "city" } }) {
            auto st = std::make_unique<ChaosStation>(
                m_server, QLatin1String(code), QLatin1String(level), seed + quint32(m_stations.size()) + 1);
            st->m_code = QLatin1String(code);
            m_stations.push_back(std::move(st));
        }
        m_server.start();
    }

    void run(int seconds)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < qint64(seconds) * 1000)
            step();
    }

    // The network heals: no more cuts or partitions; every station syncs until nothing moves.
    void heal()
    {
        for (auto& st : m_stations) {
            st->proxy.setPartitioned(false);
            st->proxy.setCalm(true);
        }
        for (int round = 0; round < 10; ++round) {
            bool quiet = true;
            for (auto& st : m_stations) {
                auto r = SyncClient(*st->s.t.db, st->viaProxy).runOnce();
                INFO(r.error().message.english.toStdString());
                REQUIRE(r.ok());
                m_figures.repaired += r->repaired;
                quiet = quiet && r->pushed == 0 && r->pulled == 0 && r->duplicates == 0
                    && OutboxStore::count(*st->s.t.db, OutboxState::Pending).value() == 0;
            }
            if (quiet && round > 0)
                return;
        }
        FAIL("the stations did not come to rest after the network healed");
    }

    // Every conflict chosen, alternately the platform's side and the station's own (from the
    // second round on, the platform's: two stations each keeping their own answer conflict again,
    // as two people would, until one gives way); whether there was any.
    bool chooseConflicts(bool alternate)
    {
        bool any = false;
        const Actor admin = testActor(QStringLiteral("admin"));
        for (auto& st : m_stations) {
            auto open = OutboxStore::needingAttention(*st->s.t.db);
            REQUIRE(open.ok());
            for (const OutboxOp& op : *open) {
                INFO(st->code().toStdString()
                    << ": " << op.kind.toStdString() << " " << QJsonDocument(op.result).toJson().toStdString());
                CHECK(op.state == OutboxState::Conflict); // nothing this workload does is refused
                ++m_figures.conflicts;
                any = true;
                const auto keep = alternate && m_figures.conflicts % 2 ? ConflictChoice::Keep::Mine
                                                                       : ConflictChoice::Keep::Platform;
                if (!ConflictChoice::settle(*st->s.t.db, op.seq, keep, admin))
                    REQUIRE(ConflictChoice::settle(*st->s.t.db, op.seq, ConflictChoice::Keep::Platform, admin).ok());
            }
        }
        return any;
    }

    void checkConverged()
    {
        QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("chaos-platform"));
        platform.setDatabaseName(m_server.dbFile());
        platform.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(platform.open());
        {
            // Every case registered anywhere is on the platform exactly once, and at the city.
            QSqlQuery q(platform);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT json_extract(payload, '$.number')) FROM "
                                          "records WHERE entity = 'case'")));
            REQUIRE(q.next());
            m_lost = 0;
            m_duplicated = q.value(0).toInt() - q.value(1).toInt();
            CHECK(q.value(0).toInt() == m_figures.registered);
            for (const QString& number : std::as_const(m_registered))
                if (!city().s.has(number))
                    ++m_lost;
            CHECK(m_lost == 0);
            CHECK(m_duplicated == 0);
            CHECK(city().s.t.count(QStringLiteral("cases")) == m_figures.registered);
        }
        m_diverged = 0;
        for (auto& st : m_stations) {
            INFO("station " << st->code().toStdString());
            auto attention = OutboxStore::needingAttention(*st->s.t.db);
            REQUIRE(attention.ok());
            for (const OutboxOp& op : *attention)
                UNSCOPED_INFO("needs attention: " << op.entity.toStdString() << " " << op.kind.toStdString() << " "
                                                  << QJsonDocument(op.result).toJson().toStdString());
            CHECK(attention->isEmpty());
            auto held = QuarantineStore::held(*st->s.t.db);
            REQUIRE(held.ok());
            for (const HeldRecord& h : *held)
                UNSCOPED_INFO("held " << h.entity.toStdString() << " " << h.recordId.toStdString() << ": "
                                      << h.reason.english.toStdString());
            CHECK(held->isEmpty());
            if (qEnvironmentVariableIsSet("CHAOS_KEEP")) {
                QFile::copy(m_server.dbFile(), QStringLiteral("/tmp/w/platform.db"));
                QFile::copy(st->s.t.path(), QStringLiteral("/tmp/w/%1.db").arg(st->code()));
            }
            auto last = SyncClient(*st->s.t.db, st->viaProxy).runOnce();
            REQUIRE(last.ok());
            CHECK(last->matches);
            CHECK(last->onlyHere == 0);
            m_diverged += compareCases(platform, *st) + compareEvents(platform, *st);
        }
        CHECK(m_diverged == 0);
        platform.close();
        platform = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("chaos-platform"));
    }

    void report(quint32 seed, int seconds) const
    {
        int cuts = 0;
        for (const auto& st : m_stations)
            cuts += st->proxy.cuts();
        std::printf("chaos: %d s, seed %u: %d cases, %d moves (%d refused at the station), %d dispatches, %d visits; "
                    "%d syncs (%d failed), %d client kills, %d server kills, %d connections cut, %d partitions; "
                    "%d conflicts shown and chosen, %d records repaired by verification; lost %d, duplicated %d, "
                    "diverged %d\n",
            seconds,
            seed,
            m_figures.registered,
            m_figures.moves,
            m_figures.refusedLocally,
            m_figures.dispatches,
            m_figures.visits,
            m_figures.syncs,
            m_figures.syncsFailed,
            m_figures.clientKills,
            m_figures.serverKills,
            cuts,
            m_figures.partitions,
            m_figures.conflicts,
            m_figures.repaired,
            m_lost,
            m_duplicated,
            m_diverged);
        std::fflush(stdout);
    }

private:
    ChaosStation& city() { return *m_stations.back(); }
    int roll(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    // A case of this station in one of these states (its own only: `own`), chosen at random.
    QString pick(ChaosStation& st, const QString& states, bool own)
    {
        const QString where = QStringLiteral("status IN (%1)%2")
                                  .arg(states,
                                      own ? QStringLiteral(" AND station_seq = (SELECT seq FROM stations WHERE "
                                                           "is_local = 1)")
                                          : QString());
        const qint64 n = st.s.t.count(QStringLiteral("cases WHERE ") + where);
        if (n == 0)
            return {};
        auto row = Sql::one(*st.s.t.db,
            QStringLiteral("SELECT number FROM cases WHERE %1 ORDER BY seq LIMIT 1 OFFSET ?").arg(where),
            { qint64(roll(int(n))) });
        REQUIRE(row.ok());
        return row->has_value() ? (**row).at(0).toString() : QString();
    }

    template<typename T>
    void counted(const Result<T>& r)
    {
        if (r.ok())
            ++m_figures.moves;
        else
            ++m_figures.refusedLocally;
    }

    void work(ChaosStation& st)
    {
        const Actor actor = testActor(QStringLiteral("liming"), Role::Supervisor);
        CaseActions actions(*st.s.t.db);
        const QString open = QStringLiteral("'registered', 'reopened', 'noticed', 'escalated'");
        const int r = roll(100);
        if (st.isCity()) {
            if (r < 45) {
                if (const QString n = pick(st, open, false); !n.isEmpty())
                    counted(actions.close(n, QStringLiteral("市级答复%1").arg(roll(1000)), actor));
            } else if (r < 75) {
                if (const QString n = pick(st, open, false); !n.isEmpty()) {
                    const QString to = roll(2) ? QStringLiteral("LN") : QStringLiteral("LJ");
                    if (Dispatch(*st.s.t.db).dispatchCase(n, to, actor).ok())
                        ++m_figures.dispatches;
                }
            } else {
                if (const QString n = pick(st, QStringLiteral("'closed'"), false); !n.isEmpty())
                    counted(actions.reopen(n, QStringLiteral("市级重办"), actor));
            }
            return;
        }
        if (r < 40) {
            const QString n = st.s.registerCase(QStringLiteral("随机诉求%1").arg(m_figures.registered));
            m_registered << n;
            ++m_figures.registered;
        } else if (r < 58) {
            if (const QString n = pick(st, open, false); !n.isEmpty())
                counted(actions.close(n, QStringLiteral("%1答复%2").arg(st.code()).arg(roll(1000)), actor));
        } else if (r < 72) {
            if (const QString n = pick(st, QStringLiteral("'registered', 'reopened'"), true); !n.isEmpty())
                counted(actions.escalate(n, QStringLiteral("需市级协调"), actor));
        } else if (r < 84) {
            if (const QString n = pick(st, QStringLiteral("'closed'"), false); !n.isEmpty())
                counted(actions.reopen(n, QStringLiteral("客户补充材料"), actor));
        } else if (r < 96) {
            if (const QString n = pick(st, QStringLiteral("'registered', 'reopened'"), false); !n.isEmpty()) {
                NewNotice notice;
                notice.caseNumber = n;
                notice.repeatReason = QStringLiteral("补充告知");
                counted(OneTimeNotice(*st.s.t.db, st.s.t.catalog, m_calendar).issue(notice, actor));
            }
        } else if (const QString n = pick(st, open, false); !n.isEmpty()) {
            st.s.recordVisit(n, QStringLiteral("韦小红"));
            ++m_figures.visits;
        }
    }

    // A sync in this process (through the proxy, which may cut it), or one of qsdesk-cli killed
    // halfway, or one during which the server is killed.
    void sync(ChaosStation& st)
    {
        ++m_figures.syncs;
        const int how = roll(10);
        if (how < 6) {
            auto r = SyncClient(*st.s.t.db, st.viaProxy).runOnce();
            if (!r)
                ++m_figures.syncsFailed;
            else
                m_figures.repaired += r->repaired;
            return;
        }
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QSDESK_SYNC_TOKEN"), st.s.endpoint.token);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(QSDESK_CLI),
            { QStringLiteral("--db"),
                st.s.t.path(),
                QStringLiteral("sync"),
                QStringLiteral("--server"),
                st.viaProxy.url,
                QStringLiteral("--ca"),
                st.viaProxy.caFile });
        REQUIRE(cli.waitForStarted());
        // The fault lands at a random moment of the sync, whatever it is doing then.
        const int afterMs = 20 + roll(400);
        if (!cli.waitForFinished(afterMs)) {
            if (how < 9) {
                cli.kill();
                ++m_figures.clientKills;
            } else {
                m_server.kill();
                ++m_figures.serverKills;
                m_server.start();
            }
            cli.waitForFinished(30000);
        }
        if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
            ++m_figures.syncsFailed;
    }

    void step()
    {
        ChaosStation& st = *m_stations.at(size_t(roll(int(m_stations.size()))));
        const int r = roll(100);
        if (r < 60)
            work(st);
        else if (r < 94)
            sync(st);
        else if (r < 98) {
            st.proxy.setPartitioned(!st.proxy.partitioned());
            m_figures.partitions += st.proxy.partitioned() ? 1 : 0;
        } else {
            m_server.kill();
            ++m_figures.serverKills;
            m_server.start();
        }
    }

    // Each case of the platform's in the station's scope against the station's row.
    int compareCases(QSqlDatabase& platform, ChaosStation& st)
    {
        int differing = 0;
        QSqlQuery q(platform);
        REQUIRE(q.prepare(QStringLiteral(
            "SELECT record_id, rev, json_extract(payload, '$.number'), json_extract(payload, '$.summary'), "
            "json_extract(payload, '$.client_id'), json_extract(payload, '$.status'), "
            "coalesce(json_extract(payload, '$.answer'), ''), json_extract(payload, '$.received_at') FROM records "
            "WHERE entity = 'case' AND (? = 1 OR owner = ? OR record_id IN (SELECT scope FROM grants WHERE station = "
            "?))")));
        q.addBindValue(st.isCity() ? 1 : 0);
        q.addBindValue(st.code());
        q.addBindValue(st.code());
        REQUIRE(q.exec());
        int seen = 0;
        while (q.next()) {
            ++seen;
            auto here = Sql::one(*st.s.t.db,
                QStringLiteral("SELECT c.rev, c.number, c.summary, cl.id, c.status, coalesce(c.answer, ''), "
                               "c.received_at FROM cases c JOIN clients cl ON cl.seq = c.client_seq WHERE c.id = ?"),
                { q.value(0) });
            REQUIRE(here.ok());
            QStringList theirs, mine;
            for (int i = 1; i < 8; ++i)
                theirs << q.value(i).toString();
            if (here->has_value())
                for (const QVariant& v : **here)
                    mine << v.toString();
            if (theirs != mine) {
                ++differing;
                UNSCOPED_INFO("case " << q.value(0).toString().toStdString() << ": platform "
                                      << theirs.join(u'|').toStdString() << ", here " << mine.join(u'|').toStdString());
            }
        }
        CHECK(st.s.t.count(QStringLiteral("cases")) == seen);
        return differing;
    }

    // Each event of those cases, field by field.
    int compareEvents(QSqlDatabase& platform, ChaosStation& st)
    {
        QSqlQuery q(platform);
        REQUIRE(q.prepare(QStringLiteral(
            "SELECT e.record_id, json_extract(e.payload, '$.case_id'), json_extract(e.payload, '$.kind'), "
            "json_extract(e.payload, '$.actor'), json_extract(e.payload, '$.at'), "
            "coalesce(json_extract(e.payload, '$.detail'), '') FROM records e JOIN records c ON c.entity = 'case' "
            "AND c.record_id = e.scope WHERE e.entity = 'case_event' AND (? = 1 OR c.owner = ? OR c.record_id IN "
            "(SELECT scope FROM grants WHERE station = ?))")));
        q.addBindValue(st.isCity() ? 1 : 0);
        q.addBindValue(st.code());
        q.addBindValue(st.code());
        REQUIRE(q.exec());
        int differing = 0, seen = 0;
        while (q.next()) {
            ++seen;
            auto here = Sql::one(*st.s.t.db,
                QStringLiteral("SELECT c.id, e.kind, e.actor, e.at, coalesce(e.detail, '') FROM case_events e JOIN "
                               "cases c ON c.seq = e.case_seq WHERE e.id = ?"),
                { q.value(0) });
            REQUIRE(here.ok());
            QStringList theirs, mine;
            for (int i = 1; i < 6; ++i)
                theirs << q.value(i).toString();
            if (here->has_value())
                for (const QVariant& v : **here)
                    mine << v.toString();
            if (theirs != mine) {
                ++differing;
                UNSCOPED_INFO("event " << q.value(0).toString().toStdString() << ": platform "
                                       << theirs.join(u'|').toStdString() << ", here "
                                       << mine.join(u'|').toStdString());
            }
        }
        CHECK(st.s.t.count(QStringLiteral("case_events")) == seen);
        return differing;
    }

    ServerProcess m_server;
    std::vector<std::unique_ptr<ChaosStation>> m_stations;
    std::mt19937 m_rng;
    WorkCalendar m_calendar = WorkCalendar::load().value();
    Figures m_figures;
    QStringList m_registered;
    int m_lost = 0;
    int m_duplicated = 0;
    int m_diverged = 0;
};
} // namespace

TEST_CASE("random work, partitions, cuts and kills at three stations end with every station where the platform is",
    "[sync][convergence][chaos]")
{
    const int seconds = envInt("QSDESK_CHAOS_SECONDS", 8);
    const quint32 seed = quint32(envInt("QSDESK_CHAOS_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    INFO("replay with QSDESK_CHAOS_SEED=" << seed << " QSDESK_CHAOS_SECONDS=" << seconds);
    Chaos chaos(seed);
    chaos.run(seconds);
    chaos.heal();
    for (int round = 0; round < 5 && chaos.chooseConflicts(round == 0); ++round)
        chaos.heal();
    chaos.checkConverged();
    chaos.report(seed, seconds);
}
