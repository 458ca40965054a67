// Issue 21: the knowledge base (entries, search, suggestions, proposals), duplicate requests,
// merging a request registered twice, and the demand analysis. Real SQLite files throughout.
#include "common/Clock.h"
#include "reports/DemandAnalysis.h"
#include "search/CaseQuery.h"
#include "storage/CaseStore.h"
#include "storage/KnowledgeStore.h"
#include "storage/Sql.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/CaseMerge.h"
#include "workflow/DuplicateRequests.h"
#include "workflow/KnowledgeBase.h"
#include "workflow/Registration.h"
#include "workflow/RepeatContact.h"

namespace {
const QString kAnswer = QStringLiteral("登录全国标准信息公共服务平台，按标准号查询其状态：现行有效、即将实施或废止。");

NewKnowledgeEntry standardEntry()
{
    NewKnowledgeEntry e;
    e.question = QStringLiteral("如何查询企业执行的标准是否有效？");
    e.answer = kAnswer;
    e.basis = QStringLiteral("《中华人民共和国标准化法》（2017年11月4日修订）第二十七条");
    e.items = { QStringLiteral("5.2.2") };
    return e;
}

NewCase request(const QString& clientId, const QString& summary, const QString& item = QStringLiteral("5.2.2"))
{
    NewCase c;
    c.clientId = clientId;
    c.channel = QStringLiteral("window");
    c.itemCode = item;
    c.summary = summary;
    return c;
}

QStringList numbers(const QList<KnowledgeEntry>& entries)
{
    QStringList list;
    for (const KnowledgeEntry& e : entries)
        list << e.number;
    return list;
}

qint64 scalar(TestDatabase& t, const QString& sql, const QVariantList& binds = {})
{
    auto row = Sql::one(*t.db, sql, binds);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    return (**row).first().toLongLong();
}

const Actor kClerk = testActor(QStringLiteral("zhangli"), Role::Clerk);
const Actor kSupervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
} // namespace

TEST_CASE("an entry is found by one and two Chinese characters and keeps its versions", "[knowledge]")
{
    TestDatabase t;
    auto e = KnowledgeBase(*t.db, t.catalog).add(standardEntry(), kSupervisor);
    REQUIRE(e.ok());
    CHECK(e->number == QStringLiteral("LZ-LN-ZS-%1-0001").arg(Clock::chinaToday().year()));
    CHECK_FALSE(e->cityWide); // a county station keeps its own entries
    CHECK(t.count(QStringLiteral("kb_versions")) == 1);
    const QDate today = Clock::chinaToday();
    for (const QString& q : { QStringLiteral("有效"), QStringLiteral("效"), QStringLiteral("标准化法") }) {
        INFO(q.toStdString());
        auto found = KnowledgeStore::search(*t.db, q, {}, today, true, 10);
        REQUIRE(found.ok());
        CHECK(numbers(*found) == QStringList { e->number });
    }
    auto none = KnowledgeStore::search(*t.db, QStringLiteral("特种设备"), {}, today, true, 10);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("a new version keeps the old one, and a case keeps the version its answer came from", "[knowledge]")
{
    TestDatabase t;
    KnowledgeBase kb(*t.db, t.catalog);
    auto e = kb.add(standardEntry(), kSupervisor);
    REQUIRE(e.ok());
    const QString clientId = t.addClient(QStringLiteral("柳州市某机械有限公司"));
    NewCase c = request(clientId, QStringLiteral("企业标准是否有效"));
    c.kbEntry = e->number;
    auto answered = Registration(*t.db, t.catalog).registerCase(c, kClerk);
    REQUIRE(answered.ok());

    NewKnowledgeEntry next = standardEntry();
    next.answer = QStringLiteral("登录全国标准信息公共服务平台或广西标准信息平台查询。");
    next.validTo = Clock::chinaToday().addYears(1);
    auto v2 = kb.revise(e->number, next, kSupervisor);
    REQUIRE(v2.ok());
    CHECK(v2->version == 2);
    CHECK(v2->answer == next.answer);
    CHECK(v2->validTo == next.validTo);
    CHECK(t.count(QStringLiteral("kb_versions")) == 2);
    // The search finds the new words, and no longer the answer's old ones alone.
    auto byNew = KnowledgeStore::search(*t.db, QStringLiteral("广西"), {}, Clock::chinaToday(), true, 10);
    REQUIRE(byNew.ok());
    CHECK(numbers(*byNew) == QStringList { e->number });
    auto byOld = KnowledgeStore::search(*t.db, QStringLiteral("现行有效"), {}, Clock::chinaToday(), true, 10);
    REQUIRE(byOld.ok());
    CHECK(byOld->isEmpty());
    auto use = KnowledgeStore::useOf(*t.db, answered->seq);
    REQUIRE(use.ok());
    REQUIRE(use->has_value());
    CHECK((*use)->version == 1);
    // The use is on the case's timeline in words, to sync and to read.
    const CaseEvent used = answered->events.last();
    CHECK(used.kind == QStringLiteral("knowledge_used"));
    CHECK(KnowledgeUse::fromDetail(used.detail)->entryNumber == e->number);

    // The same words again are no new version.
    auto same = kb.revise(e->number, next, kSupervisor);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().field == QStringLiteral("kb_entry"));
    CHECK(t.count(QStringLiteral("kb_versions")) == 2);
    // Its basis withdrawn: a version of its own, and not current from then on.
    next.basisWithdrawn = true;
    auto withdrawn = kb.revise(e->number, next, kSupervisor);
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn->version == 3);
    CHECK_FALSE(withdrawn->currentOn(Clock::chinaToday()));
    // Retiring is a version too; a retired entry is changed no more.
    auto retired = kb.retire(e->number, QStringLiteral("依据已废止"), kSupervisor);
    REQUIRE(retired.ok());
    CHECK(retired->version == 4);
    CHECK(kb.revise(e->number, standardEntry(), kSupervisor).error().field == QStringLiteral("kb_entry"));
    // A county's entries stay at the county: nothing of them is queued for the platform.
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'kb_version'")) == 0);
}

TEST_CASE("the city's entries are queued for the platform version by version", "[knowledge]")
{
    TestDatabase t(QStringLiteral("SJ"), StationLevel::City);
    KnowledgeBase kb(*t.db, t.catalog);
    auto e = kb.add(standardEntry(), kSupervisor);
    REQUIRE(e.ok());
    CHECK(e->cityWide);
    NewKnowledgeEntry next = standardEntry();
    next.basis = QStringLiteral("GB/T 1.1-2020");
    REQUIRE(kb.revise(e->number, next, kSupervisor).ok());
    REQUIRE(kb.retire(e->number, {}, kSupervisor).ok());
    auto q = Sql::run(t.db->sql(),
        QStringLiteral("SELECT record_id, json_extract(payload, '$.version'), json_extract(payload, '$.author'), "
                       "json_extract(payload, '$.retired_at') FROM outbox WHERE entity = 'kb_version' ORDER BY seq"));
    REQUIRE(q.ok());
    QSqlQuery rows = std::move(q).value();
    int version = 0;
    while (rows.next()) {
        ++version;
        CHECK(rows.value(0).toString() == QStringLiteral("%1-v%2").arg(e->id).arg(version));
        CHECK(rows.value(1).toInt() == version);
        CHECK(rows.value(2).toString() == kSupervisor.displayName());
        CHECK(rows.value(3).toString().isEmpty() == (version < 3));
    }
    CHECK(version == 3);
}

TEST_CASE("bad entries are refused by their field and change nothing", "[knowledge]")
{
    TestDatabase t;
    const qint64 audited = t.count(QStringLiteral("audit_log"));
    NewKnowledgeEntry noQuestion = standardEntry();
    noQuestion.question = QStringLiteral("  ");
    NewKnowledgeEntry badItem = standardEntry();
    badItem.items = { QStringLiteral("9.9.9") };
    NewKnowledgeEntry backwards = standardEntry();
    backwards.validFrom = QDate(2026, 12, 1);
    backwards.validTo = QDate(2026, 11, 1);
    const struct
    {
        NewKnowledgeEntry input;
        QString field;
    } cases[] = { { noQuestion, QStringLiteral("kb_question") },
        { badItem, QStringLiteral("items") },
        { backwards, QStringLiteral("valid_to") } };
    for (const auto& c : cases) {
        auto r = KnowledgeBase(*t.db, t.catalog).add(c.input, kSupervisor);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == c.field);
        CHECK_FALSE(r.error().message.local.isEmpty());
        CHECK_FALSE(r.error().message.english.isEmpty());
    }
    auto clerk = KnowledgeBase(*t.db, t.catalog).add(standardEntry(), kClerk);
    REQUIRE_FALSE(clerk.ok());
    CHECK(clerk.error().code == ErrorCode::NotAllowed);
    CHECK(t.count(QStringLiteral("kb_entries")) == 0);
    CHECK(t.count(QStringLiteral("audit_log")) == audited);
}

TEST_CASE("suggestions rank the entries of the item first and never offer one that is not current", "[knowledge]")
{
    TestDatabase t;
    KnowledgeBase kb(*t.db, t.catalog);
    auto standard = kb.add(standardEntry(), kSupervisor);
    NewKnowledgeEntry other = standardEntry();
    other.question = QStringLiteral("企业标准自我声明公开后是否需要备案？");
    other.answer = QStringLiteral("在企业标准信息公共服务平台自我声明公开即可，无需另行备案。");
    other.items = { QStringLiteral("5.2.3") };
    auto declared = kb.add(other, kSupervisor);
    NewKnowledgeEntry expired = standardEntry();
    expired.validTo = Clock::chinaToday().addDays(-1);
    auto old = kb.add(expired, kSupervisor);
    NewKnowledgeEntry later = standardEntry();
    later.validFrom = Clock::chinaToday().addDays(1);
    auto notYet = kb.add(later, kSupervisor);
    REQUIRE((standard.ok() && declared.ok() && old.ok() && notYet.ok()));
    const QDate today = Clock::chinaToday();
    const QString typed = QStringLiteral("我公司想查询执行的企业标准是否还有效");
    auto forStandards = KnowledgeStore::suggest(*t.db, typed, QStringLiteral("5.2.2"), today, 5);
    REQUIRE(forStandards.ok());
    CHECK(numbers(*forStandards) == QStringList { standard->number, declared->number });
    auto forDeclaring = KnowledgeStore::suggest(*t.db, typed, QStringLiteral("5.2.3"), today, 5);
    REQUIRE(forDeclaring.ok());
    CHECK(numbers(*forDeclaring) == QStringList { declared->number, standard->number });
    // Retired: kept, found when asked for, never suggested nor usable.
    REQUIRE(kb.retire(standard->number, QStringLiteral("标准化法修订"), kSupervisor).ok());
    auto after = KnowledgeStore::suggest(*t.db, typed, QStringLiteral("5.2.2"), today, 5);
    REQUIRE(after.ok());
    CHECK(numbers(*after) == QStringList { declared->number });
    auto all = KnowledgeStore::search(*t.db, QStringLiteral("有效"), {}, today, false, 10);
    REQUIRE(all.ok());
    CHECK(all->size() == 3);
    for (const QString& n : { standard->number, old->number, notYet->number }) {
        auto refused = KnowledgeBase::usable(*t.db, n, today);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("kb_entry"));
    }
}

TEST_CASE(
    "a case answered from an entry records the entry, its version and whether the answer was changed", "[knowledge]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"), QStringLiteral("9144030071526726XG"));
    auto e = KnowledgeBase(*t.db, t.catalog).add(standardEntry(), kSupervisor);
    REQUIRE(e.ok());
    NewCase asIs = request(client, QStringLiteral("企业标准是否有效"));
    asIs.kbEntry = e->number; // no answer typed: the entry's
    auto first = Registration(*t.db, t.catalog).registerCase(asIs, kClerk);
    REQUIRE(first.ok());
    CHECK(first->status == CaseStatus::Closed);
    CHECK(first->answer == kAnswer);
    NewCase changed = request(client, QStringLiteral("GB/T 19001 是否现行有效"));
    changed.kbEntry = e->number;
    changed.answer = kAnswer + QStringLiteral("GB/T 19001-2016 现行有效。");
    auto second = Registration(*t.db, t.catalog).registerCase(changed, kClerk);
    REQUIRE(second.ok());
    auto use1 = KnowledgeStore::useOf(*t.db, first->seq);
    auto use2 = KnowledgeStore::useOf(*t.db, second->seq);
    REQUIRE((use1.ok() && use2.ok() && use1->has_value() && use2->has_value()));
    CHECK((*use1)->entryNumber == e->number);
    CHECK((*use1)->version == 1);
    CHECK_FALSE((*use1)->edited);
    CHECK((*use2)->edited);
    auto counted = KnowledgeStore::find(*t.db, e->number);
    REQUIRE(counted.ok());
    CHECK(counted->uses == 2);
    CHECK(counted->editedUses == 1);

    // A retired entry is refused by its field, and nothing is registered.
    REQUIRE(KnowledgeBase(*t.db, t.catalog).retire(e->number, {}, kSupervisor).ok());
    const qint64 before = t.count(QStringLiteral("cases"));
    auto refused = Registration(*t.db, t.catalog).registerCase(asIs, kClerk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("kb_entry"));
    CHECK(t.count(QStringLiteral("cases")) == before);
}

TEST_CASE("an answered case proposed by a clerk becomes an entry once a supervisor approves it", "[knowledge]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"), QStringLiteral("9144030071526726XG"));
    NewCase open = request(client, QStringLiteral("产品执行标准如何备案"));
    auto unanswered = Registration(*t.db, t.catalog).registerCase(open, kClerk);
    REQUIRE(unanswered.ok());
    KnowledgeBase kb(*t.db, t.catalog);
    auto noAnswer = kb.propose(unanswered->number, kClerk);
    REQUIRE_FALSE(noAnswer.ok());
    CHECK(noAnswer.error().field == QStringLiteral("answer"));

    open.answer = QStringLiteral("在企业标准信息公共服务平台自我声明公开即可，无需另行备案。");
    auto answered = Registration(*t.db, t.catalog).registerCase(open, kClerk);
    REQUIRE(answered.ok());
    auto proposal = kb.propose(answered->number, kClerk);
    REQUIRE(proposal.ok());
    CHECK_FALSE(kb.propose(answered->number, kClerk).ok()); // once while it is open
    auto byClerk = kb.approve(proposal->number, kClerk);
    REQUIRE_FALSE(byClerk.ok());
    CHECK(byClerk.error().code == ErrorCode::NotAllowed);
    auto entry = kb.approve(proposal->number, kSupervisor);
    REQUIRE(entry.ok());
    CHECK(entry->question == QStringLiteral("产品执行标准如何备案"));
    CHECK(entry->items == QStringList { QStringLiteral("5.2.2") });
    CHECK(entry->author == QStringLiteral("liming"));
    auto found = KnowledgeStore::search(*t.db, QStringLiteral("备案"), {}, Clock::chinaToday(), true, 5);
    REQUIRE(found.ok());
    CHECK(numbers(*found) == QStringList { entry->number });
    auto decided = KnowledgeStore::proposal(*t.db, proposal->number);
    REQUIRE(decided.ok());
    CHECK(decided->state == QStringLiteral("approved"));
    CHECK(decided->entryNumber == entry->number);
    CHECK_FALSE(kb.approve(proposal->number, kSupervisor).ok()); // decided already
    auto open2 = KnowledgeStore::openProposals(*t.db);
    REQUIRE(open2.ok());
    CHECK(open2->isEmpty());
}

TEST_CASE("a second request of the same client is found as a possible duplicate, another client's is not",
    "[knowledge][duplicates]")
{
    TestDatabase t;
    const QString food = t.addClient(QStringLiteral("柳南食品有限公司"), QStringLiteral("91450204MA5KQ7R155"));
    const QString other = t.addClient(QStringLiteral("柳州测试机械有限公司"), QStringLiteral("9144030071526726XG"));
    auto first
        = Registration(*t.db, t.catalog).registerCase(request(food, QStringLiteral("查询企业标准有效性")), kClerk);
    REQUIRE(first.ok());
    auto sameItem = DuplicateRequests::find(*t.db, food, QStringLiteral("5.2.2"), QStringLiteral("完全不同的问题"));
    REQUIRE(sameItem.ok());
    REQUIRE(sameItem->size() == 1);
    CHECK(sameItem->first().number == first->number);
    CHECK(sameItem->first().sameItemOpen);
    auto similar
        = DuplicateRequests::find(*t.db, food, QStringLiteral("5.4.1"), QStringLiteral("再次查询企业标准有效性"));
    REQUIRE(similar.ok());
    REQUIRE(similar->size() == 1);
    CHECK_FALSE(similar->first().sameItemOpen);
    CHECK(similar->first().similarity >= DuplicateRequests::kVeryLike);
    auto unlike = DuplicateRequests::find(*t.db, food, QStringLiteral("5.4.1"), QStringLiteral("食品检验报告如何领取"));
    REQUIRE(unlike.ok());
    CHECK(unlike->isEmpty());
    auto otherClient
        = DuplicateRequests::find(*t.db, other, QStringLiteral("5.2.2"), QStringLiteral("查询企业标准有效性"));
    REQUIRE(otherClient.ok());
    CHECK(otherClient->isEmpty());
    CHECK(DuplicateRequests::similarity(QStringLiteral("查询企业标准有效性"), QStringLiteral("查询企业标准有效性"))
        == 1.0);
    CHECK(DuplicateRequests::similarity(QStringLiteral("计量"), QStringLiteral("认证")) == 0.0);
}

TEST_CASE("a request registered twice is merged: the other points to the kept case and its number finds it",
    "[knowledge][merge]")
{
    TestDatabase t;
    const QString food = t.addClient(QStringLiteral("柳南食品有限公司"), QStringLiteral("91450204MA5KQ7R155"));
    const QString other = t.addClient(QStringLiteral("柳州测试机械有限公司"), QStringLiteral("9144030071526726XG"));
    Registration reg(*t.db, t.catalog);
    auto keep = reg.registerCase(request(food, QStringLiteral("查询企业标准有效性")), kClerk);
    auto again = reg.registerCase(request(food, QStringLiteral("再次查询企业标准有效性")), kClerk);
    auto stranger = reg.registerCase(request(other, QStringLiteral("查询企业标准有效性")), kClerk);
    REQUIRE((keep.ok() && again.ok() && stranger.ok()));
    CaseFilter byNumber;
    byNumber.text = again->number;
    auto before = CaseQuery::page(*t.db, byNumber, 0, 10);
    REQUIRE(before.ok());
    CHECK(before->size() == 1);

    CaseMerge merge(*t.db);
    auto clerk = merge.merge(keep->number, again->number, kClerk);
    REQUIRE_FALSE(clerk.ok());
    CHECK(clerk.error().code == ErrorCode::NotAllowed);
    auto strangers = merge.merge(keep->number, stranger->number, kSupervisor);
    REQUIRE_FALSE(strangers.ok());
    CHECK(strangers.error().field == QStringLiteral("merge"));
    CHECK_FALSE(merge.merge(keep->number, keep->number, kSupervisor).ok());
    const qint64 auditBefore = t.count(QStringLiteral("audit_log"));
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM cases WHERE merged_into IS NOT NULL")) == 0);

    auto kept = merge.merge(keep->number, again->number, kSupervisor);
    REQUIRE(kept.ok());
    CHECK(kept->number == keep->number);
    auto closed = CaseStore::byNumber(*t.db, again->number, true);
    REQUIRE(closed.ok());
    CHECK(closed->status == CaseStatus::Closed);
    CHECK(closed->events.last().kind == QStringLiteral("merged_into"));
    CHECK(closed->events.last().detail == keep->number);
    CHECK(kept->events.last().kind == QStringLiteral("merged_from"));
    CHECK(t.count(QStringLiteral("audit_log")) > auditBefore);
    auto into = CaseMerge::mergedInto(*t.db, again->seq);
    REQUIRE(into.ok());
    CHECK(*into == keep->number);
    auto merged = CaseMerge::mergedCases(*t.db, keep->seq);
    REQUIRE(merged.ok());
    CHECK(*merged == QStringList { again->number });
    CHECK_FALSE(merge.merge(keep->number, again->number, kSupervisor).ok()); // merged already

    // Both numbers find the kept case, whole or by their prefix.
    for (const QString& text : { again->number, again->number.left(again->number.size() - 1) }) {
        CaseFilter f;
        f.text = text;
        auto found = CaseQuery::page(*t.db, f, 0, 10);
        REQUIRE(found.ok());
        QStringList got;
        for (const CaseRecord& c : *found)
            got << c.number;
        INFO(text.toStdString());
        CHECK(got.contains(keep->number));
        CHECK(got.contains(again->number));
    }
}

TEST_CASE("demand analysis: topics beyond stop words, answers on the spot, areas, repeat clients, rising items",
    "[knowledge][demand]")
{
    TestDatabase t;
    const QStringList terms = DemandAnalysis::termsOf(QStringLiteral("请问如何咨询企业标准？"));
    CHECK(terms.contains(QStringLiteral("企业标准")));
    CHECK(terms.contains(QStringLiteral("标准")));
    for (const QString& t : terms) {
        INFO(t.toStdString());
        CHECK_FALSE(t.contains(QStringLiteral("请")));
        CHECK_FALSE(t.contains(QStringLiteral("如何")));
        CHECK(t != QStringLiteral("咨询"));
    }
    CHECK(DemandAnalysis::areaName(QStringLiteral("450204")) == QStringLiteral("柳南区"));
    CHECK(DemandAnalysis::areaName(QStringLiteral("440300")).contains(QStringLiteral("440300")));
    const QString liunan = t.addClient(QStringLiteral("柳南食品有限公司"), QStringLiteral("91450204MA5KQ7R155"));
    const QString shenzhen = t.addClient(QStringLiteral("柳州测试机械有限公司"), QStringLiteral("9144030071526726XG"));
    auto entry = KnowledgeBase(*t.db, t.catalog).add(standardEntry(), kSupervisor);
    REQUIRE(entry.ok());
    Registration reg(*t.db, t.catalog);
    const QDate day = Clock::chinaToday();
    // Four requests about standards for 5.2.2 (one answered from the entry), one about calibration.
    for (int i = 0; i < 3; ++i)
        REQUIRE(reg.registerCase(request(liunan, QStringLiteral("企业标准备案第%1次").arg(i)), kClerk).ok());
    NewCase fromKb = request(shenzhen, QStringLiteral("标准是否有效"));
    fromKb.kbEntry = entry->number;
    REQUIRE(reg.registerCase(fromKb, kClerk).ok());
    REQUIRE(reg.registerCase(request(shenzhen, QStringLiteral("电能表校准"), QStringLiteral("5.1.2")), kClerk).ok());

    auto f = DemandAnalysis::compute(*t.db, t.catalog, { day, day });
    REQUIRE(f.ok());
    CHECK(f->requests == 5);
    CHECK(f->requests == scalar(t, QStringLiteral("SELECT count(*) FROM cases")));
    CHECK(f->answeredOnSpot == 1);
    CHECK(f->answeredWithKnowledge == 1);
    REQUIRE_FALSE(f->terms.isEmpty());
    CHECK(f->terms.first().term == QStringLiteral("标准"));
    CHECK(f->terms.first().requests == 4);
    REQUIRE(f->entries.size() == 1);
    CHECK(f->entries.first().number == entry->number);
    REQUIRE(f->areas.size() == 2);
    CHECK(f->areas.first().name == QStringLiteral("柳南区"));
    CHECK(f->areas.first().requests == 3);
    REQUIRE(f->repeatClients.size() == 2);
    CHECK(f->repeatClients.first().name == QStringLiteral("柳南食品有限公司"));
    REQUIRE(f->rising.size() == 1); // 4 of 5.2.2 against none the day before; 5.1.2 only once
    CHECK(f->rising.first().code == QStringLiteral("5.2.2"));
    REQUIRE(f->byCategory.size() == 2);
}

TEST_CASE("demand terms are what was asked, not fragments of it", "[knowledge][demand]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳南食品有限公司"), QStringLiteral("91450204MA5KQ7R155"));
    Registration reg(*t.db, t.catalog);
    for (const QString& r : { QStringLiteral("咨询委托检验的收费标准"),
             QStringLiteral("委托检验收费标准是多少"),
             QStringLiteral("企业标准是否有效") })
        REQUIRE(reg.registerCase(request(client, r), kClerk).ok());
    auto f = DemandAnalysis::compute(*t.db, t.catalog, { Clock::chinaToday(), Clock::chinaToday() });
    REQUIRE(f.ok());
    QStringList top;
    for (const DemandTerm& d : f->terms)
        top << d.term;
    INFO(top.join(QLatin1Char(' ')).toStdString());
    REQUIRE(top.size() >= 3);
    CHECK(top.first() == QStringLiteral("标准")); // in all three
    CHECK(top.contains(QStringLiteral("委托检验")));
    CHECK(top.contains(QStringLiteral("收费标准")));
    for (const QString& fragment :
        { QStringLiteral("托检"), QStringLiteral("费标"), QStringLiteral("委托"), QStringLiteral("咨询") })
        CHECK_FALSE(top.contains(fragment));
}

TEST_CASE(
    "a client asking again about an open request is put on that case, not registered twice", "[knowledge][duplicates]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳南食品有限公司"), QStringLiteral("91450204MA5KQ7R155"));
    auto open
        = Registration(*t.db, t.catalog).registerCase(request(client, QStringLiteral("查询企业标准有效性")), kClerk);
    REQUIRE(open.ok());
    const qint64 cases = t.count(QStringLiteral("cases"));
    auto added = RepeatContact(*t.db).record(open->number, QStringLiteral("phone"), QStringLiteral("催问结果"), kClerk);
    REQUIRE(added.ok());
    CHECK(t.count(QStringLiteral("cases")) == cases);
    CHECK(added->events.last().kind == QStringLiteral("repeat_contact"));
    CHECK(added->events.last().detail == QStringLiteral("电话联系：催问结果"));
    auto badWay = RepeatContact(*t.db).record(open->number, QStringLiteral("fax"), QStringLiteral("催问"), kClerk);
    REQUIRE_FALSE(badWay.ok());
    CHECK(badWay.error().field == QStringLiteral("channel"));
    NewCase answered = request(client, QStringLiteral("电能表校准"));
    answered.answer = QStringLiteral("已告知");
    auto closed = Registration(*t.db, t.catalog).registerCase(answered, kClerk);
    REQUIRE(closed.ok());
    const qint64 events = t.count(QStringLiteral("case_events"));
    auto refused = RepeatContact(*t.db).record(closed->number, QStringLiteral("phone"), QStringLiteral("再问"), kClerk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    CHECK(t.count(QStringLiteral("case_events")) == events);
}
