// Every interleaving of what a county and the city do to one case while apart ends in the same state
// everywhere (issue 17, DESIGN.md §6 convergence): close, reopen, escalate, dispatch, handoff,
// notice, instruction and visit, each pair pushed in both orders, healed, conflicts chosen, and
// compared station by station and with the platform (verification).
#include "ServerProcess.h"
#include "SyncingStation.h"
#include "common/Clock.h"
#include "domain/WorkCalendar.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "sync/ConflictChoice.h"
#include "workflow/AgencyArchive.h"
#include "workflow/CaseActions.h"
#include "workflow/Dispatch.h"
#include "workflow/Handoff.h"
#include "workflow/InstructionRequests.h"
#include "workflow/OneTimeNotice.h"

#include <functional>

namespace {
using Action = std::function<void(SyncingStation&, const QString& number)>;

struct Step
{
    const char* name;
    Action act;
};

const Actor& supervisor()
{
    static const Actor a = testActor(QStringLiteral("liming"), Role::Supervisor);
    return a;
}

const WorkCalendar& calendar()
{
    static const WorkCalendar c = WorkCalendar::load().value();
    return c;
}

void close(SyncingStation& s, const QString& n, const QString& answer)
{
    auto r = CaseActions(*s.t.db).close(n, answer, supervisor());
    INFO(r.error().message.english.toStdString());
    REQUIRE(r.ok());
}

QString agencyAt(SyncingStation& s)
{
    auto existing = Sql::one(*s.t.db, QStringLiteral("SELECT id FROM agencies LIMIT 1"));
    REQUIRE(existing.ok());
    if (existing->has_value())
        return (**existing).at(0).toString();
    NewAgency agency;
    agency.name = QStringLiteral("柳州市质量检验检测研究中心");
    agency.items = { QStringLiteral("5.4") };
    Qualification q;
    q.name = QStringLiteral("检验检测机构资质认定证书");
    q.validFrom = QDate(2024, 1, 1);
    q.validTo = Clock::chinaToday().addYears(3);
    agency.qualifications = { q };
    auto added = AgencyArchive(*s.t.db, s.t.catalog).add(agency, testActor(QStringLiteral("admin")));
    REQUIRE(added.ok());
    return added->id;
}

const Step kCloseLN { "close at LN",
    [](SyncingStation& s, const QString& n) { close(s, n, QStringLiteral("县级答复")); } };
const Step kCloseSJ { "close at the city",
    [](SyncingStation& s, const QString& n) { close(s, n, QStringLiteral("市级答复")); } };
const Step kEscalate { "escalate", [](SyncingStation& s, const QString& n) {
                          REQUIRE(CaseActions(*s.t.db).escalate(n, QStringLiteral("需市级协调"), supervisor()).ok());
                      } };
const Step kReopen { "reopen", [](SyncingStation& s, const QString& n) {
                        REQUIRE(CaseActions(*s.t.db).reopen(n, QStringLiteral("客户补充材料"), supervisor()).ok());
                    } };
const Step kCloseReopen { "close and reopen", [](SyncingStation& s, const QString& n) {
                             close(s, n, QStringLiteral("县级答复"));
                             REQUIRE(CaseActions(*s.t.db).reopen(n, QStringLiteral("答复有误"), supervisor()).ok());
                         } };
const Step kNotice { "one-time notice", [](SyncingStation& s, const QString& n) {
                        NewNotice notice;
                        notice.caseNumber = n;
                        notice.extraItems = { QStringLiteral("营业执照复印件") };
                        auto issued = OneTimeNotice(*s.t.db, s.t.catalog, calendar()).issue(notice, supervisor());
                        INFO(issued.error().message.english.toStdString());
                        REQUIRE(issued.ok());
                    } };
const Step kHandoff { "handoff",
    [](SyncingStation& s, const QString& n) {
        const QString agency = agencyAt(s);
        auto handed = Handoff(*s.t.db, s.t.catalog, calendar()).handOff({ n, agency, 0, {}, {} }, supervisor());
        INFO(handed.error().message.english.toStdString());
        REQUIRE(handed.ok());
    } };
const Step kInstruction { "instruction request", [](SyncingStation& s, const QString& n) {
                             REQUIRE(InstructionRequests(*s.t.db)
                                         .ask(n, QStringLiteral("是否受理"), QStringLiteral("局领导"), supervisor())
                                         .ok());
                         } };
const Step kVisit { "visit", [](SyncingStation& s, const QString& n) { s.recordVisit(n, QStringLiteral("韦小红")); } };
const Step kDispatch { "dispatch to LJ", [](SyncingStation& s, const QString& n) {
                          REQUIRE(Dispatch(*s.t.db).dispatchCase(n, QStringLiteral("LJ"), supervisor()).ok());
                      } };

struct Pair
{
    Step county; // at LN, which owns the case
    Step city; // at the city, SJ
    bool startClosed = false;
};

const QList<Pair>& pairs()
{
    static const QList<Pair> all {
        { kCloseLN, kCloseSJ },
        { kEscalate, kCloseSJ },
        { kNotice, kCloseSJ },
        { kHandoff, kCloseSJ },
        { kInstruction, kNotice },
        { kVisit, kCloseSJ },
        { kEscalate, kVisit },
        { kCloseLN, kDispatch },
        { kHandoff, kDispatch },
        { kCloseReopen, kCloseSJ },
        { kReopen, kReopen, true },
        { kNotice, kDispatch },
    };
    return all;
}

struct Snapshot
{
    QString status;
    QString answer;
    qint64 rev = 0;
    QStringList events;
    QStringList visits;
    bool operator==(const Snapshot& o) const
    {
        return status == o.status && answer == o.answer && rev == o.rev && events == o.events && visits == o.visits;
    }
};

Snapshot snapshot(SyncingStation& s, const QString& number)
{
    Snapshot out;
    auto row = Sql::one(*s.t.db,
        QStringLiteral("SELECT seq, status, coalesce(answer, ''), rev FROM cases WHERE number = ?"),
        { number });
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    const qint64 seq = (**row).at(0).toLongLong();
    out.status = (**row).at(1).toString();
    out.answer = (**row).at(2).toString();
    out.rev = (**row).at(3).toLongLong();
    for (const char* table : { "case_events", "visits" }) {
        auto q = Sql::run(s.t.db->sql(),
            QStringLiteral("SELECT id FROM %1 WHERE case_seq = ? ORDER BY id").arg(QLatin1String(table)),
            { seq });
        REQUIRE(q.ok());
        QSqlQuery query = std::move(q).value();
        QStringList& ids = qstrcmp(table, "visits") == 0 ? out.visits : out.events;
        while (query.next())
            ids << query.value(0).toString();
    }
    return out;
}

std::string describe(const Snapshot& s)
{
    return QStringLiteral("%1 \"%2\" rev %3, %4 events, %5 visits")
        .arg(s.status, s.answer)
        .arg(s.rev)
        .arg(s.events.size())
        .arg(s.visits.size())
        .toStdString();
}
} // namespace

TEST_CASE("every interleaving of a county's and the city's work on one case ends the same everywhere",
    "[sync][convergence][interleaving]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    server.start();
    int repaired = 0;
    auto sync = [&repaired](SyncingStation& s) {
        auto r = s.sync();
        INFO(r.error().message.english.toStdString());
        REQUIRE(r.ok());
        repaired += r->repaired;
        return r.value();
    };

    // One case per pair and order: the county's step pushed first, then the city's; or the other way.
    struct Run
    {
        const Pair* pair;
        bool countyFirst;
        QString number;
    };
    QList<Run> runs;
    for (const Pair& p : pairs())
        for (bool countyFirst : { true, false })
            runs << Run {
                &p,
                countyFirst,
                ln.registerCase(
                    QStringLiteral("交错办理：%1 / %2").arg(QLatin1String(p.county.name), QLatin1String(p.city.name)))
            };
    for (const Run& r : runs)
        if (r.pair->startClosed)
            close(ln, r.number, QStringLiteral("最初的答复"));
    sync(ln);
    sync(city);
    for (bool countyFirst : { true, false }) {
        for (const Run& r : runs) {
            if (r.countyFirst != countyFirst)
                continue;
            INFO(r.pair->county.name << " / " << r.pair->city.name);
            r.pair->county.act(ln, r.number);
            r.pair->city.act(city, r.number);
        }
        if (countyFirst) {
            sync(ln);
            sync(city);
        } else {
            sync(city);
            sync(ln);
        }
    }
    auto heal = [&] {
        for (int round = 0; round < 2; ++round)
            for (SyncingStation* s : { &ln, &city, &lj })
                sync(*s);
    };
    heal();
    // Every conflict is shown, at the station whose change came second, and chosen: alternately
    // the platform's side and that station's.
    int conflicts = 0;
    for (SyncingStation* s : { &ln, &city }) {
        auto open = OutboxStore::needingAttention(*s->t.db);
        REQUIRE(open.ok());
        for (const OutboxOp& op : *open) {
            CHECK(op.state == OutboxState::Conflict); // nothing refused: each is a conflict to choose in
            const auto keep = conflicts++ % 2 == 0 ? ConflictChoice::Keep::Platform : ConflictChoice::Keep::Mine;
            Status chosen = ConflictChoice::settle(*s->t.db, op.seq, keep, supervisor());
            if (!chosen) // this station's move cannot follow from where the case is: the platform's stands
                REQUIRE(ConflictChoice::settle(*s->t.db, op.seq, ConflictChoice::Keep::Platform, supervisor()).ok());
        }
    }
    CHECK(conflicts > 0);
    heal();
    CHECK(OutboxStore::attentionCount(*city.t.db).value() == 0);
    CHECK(OutboxStore::attentionCount(*ln.t.db).value() == 0);

    for (const Run& r : runs) {
        INFO(r.pair->county.name << " / " << r.pair->city.name << (r.countyFirst ? ", county first" : ", city first"));
        const Snapshot atLn = snapshot(ln, r.number);
        const Snapshot atCity = snapshot(city, r.number);
        INFO("LN: " << describe(atLn) << "; city: " << describe(atCity));
        CHECK(atLn == atCity);
        if (lj.has(r.number)) {
            const Snapshot atLj = snapshot(lj, r.number);
            INFO("LJ: " << describe(atLj));
            CHECK(atLj == atCity);
        }
    }
    // The platform holds the same (each station's records in its scope compared by digest), and
    // the pull alone brought every station there: verification had nothing to repair.
    for (SyncingStation* s : { &ln, &city, &lj }) {
        const SyncReport last = sync(*s);
        CHECK(last.matches);
        CHECK(last.onlyHere == 0);
    }
    CHECK(repaired == 0);
}
