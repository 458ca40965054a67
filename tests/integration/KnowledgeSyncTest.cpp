// Issue 21 over real TLS: the city's knowledge base reaches every station read-only, version by
// version; the use of an entry and a merge made at a county reach the city.
#include "ServerProcess.h"
#include "SyncingStation.h"
#include "common/Clock.h"
#include "search/CaseQuery.h"
#include "storage/KnowledgeStore.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "sync/SyncPayload.h"
#include "workflow/CaseMerge.h"
#include "workflow/KnowledgeBase.h"
#include "workflow/Registration.h"

namespace {
const Actor kSupervisor = testActor(QStringLiteral("liming"), Role::Supervisor);

NewKnowledgeEntry entry(const QString& question, const QString& answer)
{
    NewKnowledgeEntry e;
    e.question = question;
    e.answer = answer;
    e.basis = QStringLiteral("《中华人民共和国标准化法》（2017年11月4日修订）第二十七条");
    e.items = { QStringLiteral("5.2.2") };
    return e;
}

qint64 scalar(SyncingStation& s, const QString& sql, const QVariantList& binds = {})
{
    auto row = Sql::one(*s.t.db, sql, binds);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    return (**row).first().toLongLong();
}

// A full round whose verification found the platform's records here and nothing else.
void syncMatching(SyncingStation& s)
{
    auto report = s.sync();
    REQUIRE(report.ok());
    CHECK(report->verified);
    CHECK(report->matches);
    CHECK(report->onlyHere == 0);
    CHECK(report->refused == 0);
}
} // namespace

TEST_CASE("the city's knowledge reaches every county read-only, version by version; a county's own stays at home",
    "[sync][knowledge]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();

    KnowledgeBase atCity(*city.t.db, city.t.catalog);
    auto shared = atCity.add(entry(QStringLiteral("如何查询企业执行的标准是否有效？"),
                                 QStringLiteral("登录全国标准信息公共服务平台，按标准号查询其状态。")),
        kSupervisor);
    REQUIRE(shared.ok());
    CHECK(shared->cityWide);
    auto own
        = KnowledgeBase(*ln.t.db, ln.t.catalog)
              .add(entry(QStringLiteral("柳南区计量所在哪里办公？"), QStringLiteral("柳南区航岭路。")), kSupervisor);
    REQUIRE(own.ok());
    CHECK_FALSE(own->cityWide);

    syncMatching(city);
    syncMatching(ln);
    syncMatching(lj);
    for (SyncingStation* county : { &ln, &lj }) {
        auto there = KnowledgeStore::find(*county->t.db, shared->number);
        REQUIRE(there.ok());
        CHECK(there->cityWide);
        CHECK(there->version == 1);
        CHECK(there->answer == shared->answer);
        CHECK(there->author == kSupervisor.displayName()); // the city's logins mean nothing here
        auto found = KnowledgeStore::search(*county->t.db, QStringLiteral("有效"), {}, Clock::chinaToday(), true, 10);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->first().number == shared->number);
    }
    // The county's own entry never left it.
    CHECK_FALSE(KnowledgeStore::find(*lj.t.db, own->number).ok());
    CHECK_FALSE(KnowledgeStore::find(*city.t.db, own->number).ok());

    // Read-only at the counties: neither changed nor retired there.
    KnowledgeBase atLn(*ln.t.db, ln.t.catalog);
    auto revisedHere = atLn.revise(shared->number, entry(QStringLiteral("改"), QStringLiteral("改")), kSupervisor);
    REQUIRE_FALSE(revisedHere.ok());
    CHECK(revisedHere.error().code == ErrorCode::NotAllowed);
    CHECK(atLn.retire(shared->number, {}, kSupervisor).error().code == ErrorCode::NotAllowed);

    // The city writes version 2; the counties take it, and keep version 1 beside it.
    NewKnowledgeEntry second = entry(QStringLiteral("如何查询企业执行的标准是否有效？"),
        QStringLiteral("登录全国标准信息公共服务平台或广西标准信息平台，按标准号查询其状态。"));
    REQUIRE(atCity.revise(shared->number, second, kSupervisor).ok());
    syncMatching(city);
    syncMatching(ln);
    auto v2 = KnowledgeStore::find(*ln.t.db, shared->number);
    REQUIRE(v2.ok());
    CHECK(v2->version == 2);
    CHECK(v2->answer == second.answer);
    CHECK(scalar(ln, QStringLiteral("SELECT count(*) FROM kb_versions WHERE entry_seq = ?"), { v2->seq }) == 2);
    auto byNewWords = KnowledgeStore::search(*ln.t.db, QStringLiteral("广西"), {}, Clock::chinaToday(), true, 10);
    REQUIRE(byNewWords.ok());
    CHECK(byNewWords->size() == 1);

    // A county's case answered from it: the city counts the use, of version 2, unchanged.
    const QString clientId = ln.t.addClient(QStringLiteral("柳州市某机械有限公司"));
    NewCase c {
        clientId, QStringLiteral("window"), QStringLiteral("5.2.2"), QStringLiteral("企业标准是否有效"), {}, {}
    };
    c.kbEntry = shared->number;
    auto registered = Registration(*ln.t.db, ln.t.catalog).registerCase(c, testActor(QStringLiteral("zhangli")));
    REQUIRE(registered.ok());
    syncMatching(ln);
    syncMatching(city);
    auto counted = KnowledgeStore::find(*city.t.db, shared->number);
    REQUIRE(counted.ok());
    CHECK(counted->uses == 1);
    CHECK(counted->editedUses == 0);
    const qint64 caseAtCity
        = scalar(city, QStringLiteral("SELECT seq FROM cases WHERE number = ?"), { registered->number });
    auto use = KnowledgeStore::useOf(*city.t.db, caseAtCity);
    REQUIRE(use.ok());
    REQUIRE(use->has_value());
    CHECK((*use)->version == 2);

    // Retired at the city: no longer current anywhere, and refused as an answer at the county.
    REQUIRE(atCity.retire(shared->number, QStringLiteral("标准平台地址变更"), kSupervisor).ok());
    syncMatching(city);
    syncMatching(ln);
    auto retired = KnowledgeStore::find(*ln.t.db, shared->number);
    REQUIRE(retired.ok());
    CHECK(retired->version == 3);
    CHECK_FALSE(retired->currentOn(Clock::chinaToday()));
    CHECK(KnowledgeBase::usable(*ln.t.db, shared->number, Clock::chinaToday()).error().field
        == QStringLiteral("kb_entry"));
    // Nothing doubles on another round.
    auto again = ln.sync();
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(scalar(ln, QStringLiteral("SELECT count(*) FROM kb_versions WHERE entry_seq = ?"), { v2->seq }) == 3);
}

TEST_CASE("the platform takes the shared knowledge base from the city only", "[sync][knowledge]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    server.start();
    // A county that sends a version of an entry as if it were the city's (an old or altered client).
    KnowledgeEntry forged;
    forged.id = Sql::newId();
    forged.number = QStringLiteral("LZ-LN-ZS-2026-0001");
    forged.cityWide = true;
    forged.question = QStringLiteral("伪造的问题");
    forged.answer = QStringLiteral("伪造的答复");
    forged.createdAt = forged.updatedAt = Clock::nowUtc();
    OutboxOp op;
    op.entity = QStringLiteral("kb_version");
    op.recordId = SyncPayload::knowledgeRecordId(forged.id, 1);
    op.kind = QStringLiteral("create");
    forged.version = 1;
    op.payload = SyncPayload::knowledgeVersion(forged, QStringLiteral("某人"));
    op.actor = QStringLiteral("x");
    REQUIRE(OutboxStore::append(*ln.t.db, op).ok());
    auto report = ln.sync();
    REQUIRE(report.ok());
    CHECK(report->refused == 1);
    REQUIRE(lj.sync().ok());
    CHECK_FALSE(KnowledgeStore::find(*lj.t.db, forged.number).ok());
}

TEST_CASE(
    "a merge made at a county reaches the city: the duplicate's number finds the kept case there", "[sync][knowledge]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    const QString first = ln.registerCase(QStringLiteral("申请计量器具强制检定"));
    const QString second = ln.registerCase(QStringLiteral("申请计量器具强制检定，电子秤两台"));
    // The city has both before the merge, and learns of it from the merge's own lines.
    syncMatching(ln);
    syncMatching(city);
    REQUIRE(CaseMerge(*ln.t.db).merge(first, second, kSupervisor).ok());
    syncMatching(ln);
    syncMatching(city);
    const qint64 secondAtCity = scalar(city, QStringLiteral("SELECT seq FROM cases WHERE number = ?"), { second });
    auto into = CaseMerge::mergedInto(*city.t.db, secondAtCity);
    REQUIRE(into.ok());
    CHECK(*into == first);
    CaseFilter byNumber;
    byNumber.text = second;
    auto found = CaseQuery::page(*city.t.db, byNumber, 0, 10);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 2); // the duplicate itself, and the case it was merged into
    QStringList numbers;
    for (const CaseRecord& r : *found)
        numbers << r.number;
    CHECK(numbers.contains(first));
    CHECK(city.show(second).status == CaseStatus::Closed);
}
