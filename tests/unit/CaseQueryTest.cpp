// Search and filters over cases (issue 2): number, client name, USCC, summary; one- and two-
// character Chinese; keyset pages that agree with offsets.
#include "search/CaseQuery.h"

#include "common/Clock.h"
#include "demo/DemoData.h"
#include "search/SearchTokens.h"
#include "storage/CaseBits.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "validation/Uscc.h"
#include "workflow/Registration.h"

namespace {
struct Fixture
{
    TestDatabase t;
    QStringList numbers;
    qint64 wulingSeq = 0;

    Fixture()
    {
        const QString wuling
            = t.addClient(QStringLiteral("上汽通用五菱汽车股份有限公司"), QStringLiteral("91450000708731386G"));
        const QString liugong
            = t.addClient(QStringLiteral("广西柳工机械股份有限公司"), QStringLiteral("91450200198229141F"));
        const QString person = t.addClient(QStringLiteral("张三"));
        const QString rare = t.addClient(QString::fromUtf8("\U00020BB7野家餐饮店"));
        struct Row
        {
            QString client;
            const char* channel;
            const char* item;
            const char* summary;
            const char* answer;
            QDate day;
        };
        const QList<Row> rows = {
            { wuling, "window", "5.1.2", "咨询电子秤计量检定周期", "", QDate(2026, 10, 8) },
            { wuling, "phone", "5.6", "电梯定期检验预约", "已预约", QDate(2026, 10, 9) },
            { liugong, "window", "5.2.2", "查询GB/T 19001-2016是否现行有效", "", QDate(2026, 11, 2) },
            { liugong, "website", "5.3.3", "ISO 9001质量管理体系认证咨询", "已告知", QDate(2026, 11, 3) },
            { person, "window", "5.10.1", "投诉餐馆食品安全问题", "", QDate(2026, 11, 20) },
            { rare, "onsite", "5.12", "广告合规咨询", "", QDate(2026, 11, 21) },
        };
        Registration reg(*t.db, t.catalog);
        ClockOverride clock(QDateTime(rows.first().day, QTime(2, 0), Qt::UTC));
        for (const Row& r : rows) {
            clock.set(QDateTime(r.day, QTime(2, 0), Qt::UTC));
            auto c = reg.registerCase({ r.client,
                                          QString::fromLatin1(r.channel),
                                          QString::fromLatin1(r.item),
                                          QString::fromUtf8(r.summary),
                                          QString::fromUtf8(r.answer),
                                          {} },
                testActor(QStringLiteral("c")));
            REQUIRE(c.ok());
            numbers << c->number;
        }
        clock.reset();
    }

    QStringList find(const CaseFilter& f)
    {
        QStringList out;
        for (const CaseRecord& c : CaseQuery::page(*t.db, f, 0, 100).value())
            out << c.summary;
        REQUIRE(CaseQuery::count(*t.db, f).value() == out.size());
        return out;
    }

    QStringList search(const QString& text)
    {
        CaseFilter f;
        f.text = text;
        return find(f);
    }
};
} // namespace

TEST_CASE("one- and two-character Chinese searches find what they should", "[search]")
{
    Fixture f;
    CHECK(f.search(QStringLiteral("计量")) == QStringList { QStringLiteral("咨询电子秤计量检定周期") });
    CHECK(f.search(QStringLiteral("五菱")).size() == 2); // by client name
    CHECK(f.search(QStringLiteral("梯")) == QStringList { QStringLiteral("电梯定期检验预约") });
    CHECK(f.search(QStringLiteral("咨询")).size() == 3);
    CHECK(f.search(QStringLiteral("质量管理体系")) == QStringList { QStringLiteral("ISO 9001质量管理体系认证咨询") });
    CHECK(f.search(QStringLiteral("量管理质")).isEmpty()); // the bigrams exist, but not in this order
    CHECK(f.search(QString::fromUtf8("\U00020BB7")) == QStringList { QStringLiteral("广告合规咨询") });
    CHECK(f.search(QStringLiteral("不存在")).isEmpty());
}

TEST_CASE("search by case number prefix, USCC prefix and Latin words", "[search]")
{
    Fixture f;
    CHECK(f.search(f.numbers.at(2)) == QStringList { QStringLiteral("查询GB/T 19001-2016是否现行有效") });
    CHECK(f.search(QStringLiteral("lz-ln-202611")).size() == 4);
    CHECK(f.search(QStringLiteral("LZ-LN")).size() == 6);
    CHECK(f.search(QStringLiteral("914502")).size() == 2);
    CHECK(f.search(QStringLiteral("咨询 914502")).size() == 1); // a word and a code: counted as listed
    CHECK(f.search(QStringLiteral("91450200198229141F")).size() == 2);
    CHECK(f.search(QStringLiteral("iso")).size() == 1);
    CHECK(f.search(QStringLiteral("19001")).size() == 1);
    CHECK(f.search(QStringLiteral("20261008")).size() == 1); // the date part of a number
}

TEST_CASE("the end of a case number, as clerks read it out, finds the case", "[search][tail]")
{
    // Issue 18: 1125-0011 finds LZ-LN-20261125-0011; so do 25-0011, 20261125-0011 and LN-20261125-0011.
    Fixture f;
    const QString third = QStringLiteral("查询GB/T 19001-2016是否现行有效");
    REQUIRE(f.numbers.at(2).endsWith(QStringLiteral("-20261102-0001")));
    CHECK(f.search(QStringLiteral("1102-0001")) == QStringList { third });
    CHECK(f.search(QStringLiteral("02-0001")) == QStringList { third });
    CHECK(f.search(QStringLiteral("2-0001")).size() == 1);
    CHECK(f.search(QStringLiteral("261102-0001")) == QStringList { third });
    CHECK(f.search(QStringLiteral("20261102-0001")) == QStringList { third });
    CHECK(f.search(QStringLiteral("LN-20261102-0001")) == QStringList { third });
    CHECK(f.search(QStringLiteral("ln-20261102-0001")) == QStringList { third });
    CHECK(f.search(QStringLiteral("1102 0001")) == QStringList { third }); // a space for the hyphen
    CHECK(f.search(QStringLiteral("１１０２－０００１")) == QStringList { third }); // full-width, as IMEs type
    CHECK(f.search(QStringLiteral("1102-00")) == QStringList { third }); // while the sequence is typed
    CHECK(f.search(QStringLiteral("0001")).size() == 6); // the sequence alone: every day's first case
    CHECK(f.search(QStringLiteral("1102-0002")).isEmpty());
    CHECK(f.search(QStringLiteral("1103-0001")) == QStringList { QStringLiteral("ISO 9001质量管理体系认证咨询") });
    CHECK(f.search(QStringLiteral("LX-20261102-0001")).isEmpty()); // another station
    CHECK(f.search(QStringLiteral("1009-0001")) == QStringList { QStringLiteral("电梯定期检验预约") });
    // A standard's number is still found in the request, whether or not it could be a tail.
    CHECK(f.search(QStringLiteral("19001-2016")) == QStringList { third });
    CHECK(f.search(QStringLiteral("9001")).size() == 1);
    // With a filter, page and count agree (find() checks the count).
    CaseFilter closed;
    closed.text = QStringLiteral("1009-0001");
    closed.status = CaseStatus::Closed;
    CHECK(f.find(closed).size() == 1);
    closed.text = QStringLiteral("1102-0001");
    CHECK(f.find(closed).isEmpty());
}

TEST_CASE("filters by status, category, item, channel, dates, client, and with search", "[search]")
{
    Fixture f;
    CaseFilter closed;
    closed.status = CaseStatus::Closed;
    CHECK(f.find(closed).size() == 2);
    CaseFilter category;
    category.catalogCode = QStringLiteral("5.2");
    CHECK(f.find(category).size() == 1);
    CaseFilter item;
    item.catalogCode = QStringLiteral("5.1.2");
    CHECK(f.find(item) == QStringList { QStringLiteral("咨询电子秤计量检定周期") });
    CaseFilter window;
    window.channel = Channel::Window;
    CHECK(f.find(window).size() == 3);
    CaseFilter november;
    november.from = QDate(2026, 11, 1);
    november.to = QDate(2026, 11, 20);
    CHECK(f.find(november).size() == 3);
    CaseFilter both;
    both.text = QStringLiteral("咨询");
    both.channel = Channel::Window;
    CHECK(f.find(both) == QStringList { QStringLiteral("咨询电子秤计量检定周期") });
}

TEST_CASE("a search's count with filters is the plain count of the rows, in any combination", "[search][count]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 4000, 5, QDate(2026, 11, 24), 2 }).ok());
    // Received out of seq order, as a case pulled from another station late: October's seqs are
    // not one range.
    REQUIRE(Sql::write(*t.db,
        QStringLiteral("UPDATE cases SET received_at = '2026-10-03T02:00:00.000Z' WHERE seq IN (SELECT seq FROM "
                       "cases ORDER BY seq LIMIT 3) OR seq IN (SELECT seq FROM cases ORDER BY seq DESC LIMIT 3)"))
                .ok());
    const auto plain = [&](const CaseFilter& f) {
        // What the count stood for before it merged streams: each case tested against the matches.
        QStringList where { QStringLiteral("1") };
        QVariantList binds;
        if (!f.text.isEmpty()) {
            where << QStringLiteral("c.seq IN (SELECT rowid FROM case_search(?))");
            binds << SearchTokens::matchExpression(f.text);
        }
        if (f.status) {
            where << QStringLiteral("c.status = ?");
            binds << CaseStatuses::key(*f.status);
        }
        if (f.channel) {
            where << QStringLiteral("c.channel = ?");
            binds << Channels::key(*f.channel);
        }
        if (!f.catalogCode.isEmpty()) {
            where << (f.catalogCode.count(QLatin1Char('.')) == 1 ? QStringLiteral("c.category_code = ?")
                                                                 : QStringLiteral("c.item_code = ?"));
            binds << f.catalogCode;
        }
        if (f.from.isValid()) {
            where << QStringLiteral("date(c.received_at, '+8 hours') >= ?");
            binds << f.from.toString(Qt::ISODate);
        }
        if (f.to.isValid()) {
            where << QStringLiteral("date(c.received_at, '+8 hours') <= ?");
            binds << f.to.toString(Qt::ISODate);
        }
        if (f.clientSeq > 0) {
            where << QStringLiteral("c.client_seq = ?");
            binds << f.clientSeq;
        }
        auto n = Sql::one(
            *t.db, QStringLiteral("SELECT count(*) FROM cases c WHERE ") + where.join(QStringLiteral(" AND ")), binds);
        REQUIRE((n.ok() && n->has_value()));
        return (**n).at(0).toLongLong();
    };
    const qint64 client
        = Sql::one(*t.db, QStringLiteral("SELECT client_seq FROM cases GROUP BY 1 ORDER BY count(*) DESC"))
              ->value()
              .at(0)
              .toLongLong();
    const auto checkAll = [&](const char* stage) {
        qint64 nonZero = 0;
        for (const char* word : { "咨询", "计量", "检验", "标准", "柳", "" }) {
            for (int combination = 0; combination < 32; ++combination) {
                CaseFilter f;
                f.text = QString::fromUtf8(word);
                if (combination & 1)
                    f.status = (combination & 8) ? CaseStatus::Registered : CaseStatus::Closed;
                if (combination & 2)
                    f.channel = Channel::Window;
                if (combination & 4)
                    f.catalogCode = (combination & 8) ? QStringLiteral("5.1") : QStringLiteral("5.1.2");
                if (combination & 16) {
                    f.from = QDate(2026, 10, 1);
                    if (combination & 8)
                        f.to = QDate(2026, 10, 31);
                } else if (combination & 8 && combination & 1) {
                    f.to = QDate(2026, 9, 14); // open at the start, and ending mid-month
                }
                if (combination == 31)
                    f.clientSeq = client;
                INFO(stage << ": " << word << " " << combination << " "
                           << CaseQuery::countStatement(f).withLiterals().toStdString());
                if (f.text.isEmpty() && combination == 0)
                    continue;
                const qint64 want = plain(f);
                CHECK(CaseQuery::count(*t.db, f).value() == want);
                nonZero += want > 0;
            }
        }
        CHECK(nonZero > 100); // the combinations have cases to count
    };
    checkAll("the words through the full-text index");
    // The commonest words with bitmaps of their own, as a count of a million cases gives them.
    for (const char* word : { "咨询", "计量", "检", "柳" })
        REQUIRE(CaseBits::promote(*t.db, QString::fromUtf8(word)).ok());
    CHECK(caseBitsDisagreement(*t.db).toStdString().empty());
    checkAll("with bitmaps of the common words");
    // New cases, and cases moved on, keep the bitmaps as the rows are.
    Registration reg(*t.db, t.catalog);
    const QString clientId
        = Sql::one(*t.db, QStringLiteral("SELECT id FROM clients WHERE seq = ?"), { client })->value().at(0).toString();
    for (int i = 0; i < 70; ++i)
        REQUIRE(reg.registerCase({ clientId,
                                     QStringLiteral("window"),
                                     QStringLiteral("5.1.2"),
                                     QStringLiteral("咨询电子秤计量检定第%1次").arg(i),
                                     {},
                                     {} },
                       testActor(QStringLiteral("c")))
                    .ok());
    REQUIRE(Sql::write(*t.db,
        QStringLiteral("UPDATE cases SET status = 'closed', channel = 'phone', item_code = '5.1.1', "
                       "received_at = '2026-10-31T17:00:00.000Z' WHERE seq % 7 = 3"))
                .ok());
    CHECK(caseBitsDisagreement(*t.db).toStdString().empty());
    checkAll("after new cases and changes");
}

TEST_CASE("a count over dates reads no more days than the cases were received on", "[search][count]")
{
    TestDatabase t;
    CaseFilter from;
    from.from = QDate(2026, 10, 1);
    CHECK(CaseQuery::count(*t.db, from).value() == 0); // no cases: no days to read
    CaseFilter to;
    to.to = QDate(2026, 10, 31);
    CHECK(CaseQuery::count(*t.db, to).value() == 0);
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 300, 3, QDate(2026, 11, 24), 1 }).ok());
    CaseFilter wide; // a century either way: the same as no dates
    wide.from = QDate(1926, 1, 1);
    wide.to = QDate(2126, 12, 31);
    wide.channel = Channel::Window;
    CaseFilter none;
    none.channel = Channel::Window;
    CHECK(CaseQuery::count(*t.db, wide).value() == CaseQuery::count(*t.db, none).value());
    CHECK(CaseQuery::count(*t.db, none).value()
        == Sql::one(*t.db, QStringLiteral("SELECT count(*) FROM cases WHERE channel = 'window'"))->value().at(0));
    CaseFilter reversed; // to before from: nothing
    reversed.from = QDate(2026, 10, 31);
    reversed.to = QDate(2026, 10, 1);
    CHECK(CaseQuery::count(*t.db, reversed).value() == 0);
    CHECK(CaseBits::receivedKeys(QDate(2026, 9, 29), QDate(2026, 11, 2))
        == QStringList { QStringLiteral("d:2026-09-29"),
            QStringLiteral("d:2026-09-30"),
            QStringLiteral("m:2026-10"),
            QStringLiteral("d:2026-11-01"),
            QStringLiteral("d:2026-11-02") });
}

TEST_CASE("a common word found by a reader's count gets a bitmap that the writer keeps", "[search][count]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 1500, 9, QDate(2026, 11, 24), 1 }).ok());
    struct Threshold // the demo's words are in hundreds of cases, not tens of thousands
    {
        Threshold() { CaseBits::setPromoteAbove(50); }
        ~Threshold() { CaseBits::setPromoteAbove(-1); }
    } threshold;
    auto reader = Database::open(t.path(), Database::Mode::ReadOnly);
    REQUIRE(reader.ok());
    CaseFilter f;
    f.text = QStringLiteral("计量");
    f.status = CaseStatus::Closed;
    const auto plain = [&](Database& db) {
        return Sql::one(db,
            QStringLiteral("SELECT count(*) FROM cases WHERE status = 'closed' AND seq IN "
                           "(SELECT rowid FROM case_search('\"计量\"'))"))
            ->value()
            .at(0)
            .toLongLong();
    };
    REQUIRE(plain(*t.db) > 50);
    CHECK(CaseQuery::count(**reader, f).value() == plain(**reader));
    CHECK(CaseBits::promotedTokens(*t.db).value().contains(QStringLiteral("计量")));
    // The writer's next case with the word sets its bit; the reader's count has it.
    Registration reg(*t.db, t.catalog);
    const QString client = Sql::one(*t.db, QStringLiteral("SELECT id FROM clients LIMIT 1"))->value().at(0).toString();
    auto c = reg.registerCase(
        { client, QStringLiteral("window"), QStringLiteral("5.1.2"), QStringLiteral("计量器具检定"), {}, {} },
        testActor(QStringLiteral("c")));
    REQUIRE(c.ok());
    REQUIRE(Sql::write(*t.db, QStringLiteral("UPDATE cases SET status = 'closed' WHERE seq = ?"), { c->seq }).ok());
    CHECK(caseBitsDisagreement(*t.db).toStdString().empty());
    CHECK(CaseQuery::count(**reader, f).value() == plain(*t.db));
}

TEST_CASE("keyset pages walk the list newest first and agree with offsets", "[search]")
{
    Fixture f;
    CaseFilter all;
    QStringList walked;
    qint64 before = 0;
    for (;;) {
        auto page = CaseQuery::page(*f.t.db, all, before, 4);
        REQUIRE(page.ok());
        if (page->isEmpty())
            break;
        for (const CaseRecord& c : *page)
            walked << c.number;
        before = page->last().seq;
    }
    QStringList newestFirst = f.numbers;
    std::reverse(newestFirst.begin(), newestFirst.end());
    CHECK(walked == newestFirst);
    auto middle = CaseQuery::pageAt(*f.t.db, all, 2, 2);
    REQUIRE(middle.ok());
    CHECK(middle->at(0).number == newestFirst.at(2));
    CHECK(middle->at(1).number == newestFirst.at(3));
}

namespace {
// Plain SQL over the raw rows: the cases of clients whose code begins so, or whose summary holds a
// word beginning so, newest first.
QStringList plainCodeSearch(Database& db, const QString& prefix, const QString& channel = {})
{
    QStringList out;
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT c.number FROM cases c JOIN clients cl ON cl.seq = c.client_seq WHERE "
                       "(cl.uscc LIKE ? || '%' OR upper(c.summary) LIKE '%' || ? || '%') "
                       "AND (coalesce(?, '') = '' OR c.channel = ?) ORDER BY c.seq DESC"),
        { prefix, prefix, channel, channel });
    REQUIRE(q.ok());
    QSqlQuery rows = std::move(q).value();
    while (rows.next())
        out << rows.value(0).toString();
    return out;
}

QStringList walk(Database& db, const CaseFilter& f, int pageSize)
{
    QStringList out;
    qint64 before = 0;
    for (;;) {
        auto page = CaseQuery::page(db, f, before, pageSize);
        REQUIRE(page.ok());
        if (page->isEmpty())
            return out;
        for (const CaseRecord& c : *page)
            out << c.number;
        before = page->last().seq;
    }
}
} // namespace

// Issue 22: a code prefix is a range of clients' codes (migration 27), read newest case first where
// the code is common and from its clients' cases where it is rare; with the cases whose own words
// begin so, and counted from the codes' own counts.
TEST_CASE("a credit-code prefix finds its clients' cases and the words that begin so, common or rare", "[search][code]")
{
    TestDatabase t;
    const auto code = [](const char* first17) {
        return QString::fromLatin1(first17) + Uscc::checkCharacter(QString::fromLatin1(first17));
    };
    const QString bigCode = code("91450205MA5KAAAA1");
    const QString big = t.addClient(QStringLiteral("柳州大厂有限公司"), bigCode);
    const QString small = t.addClient(QStringLiteral("柳州小店"), code("91450211MA5KBBBB2"));
    const QString other = t.addClient(QStringLiteral("南宁某公司"), code("91450100MA5KCCCC3"));
    const QString person = t.addClient(QStringLiteral("李四"));
    Registration reg(*t.db, t.catalog);
    const auto add = [&](const QString& client, const char* channel, const QString& summary) {
        auto c = reg.registerCase({ client, QString::fromLatin1(channel), QStringLiteral("5.1.2"), summary, {}, {} },
            testActor(QStringLiteral("c")));
        REQUIRE(c.ok());
    };
    for (int i = 0; i < 120; ++i) {
        add(big, i % 3 ? "window" : "phone", QStringLiteral("电子秤检定 %1").arg(i));
        if (i % 40 == 0)
            add(small, "window", QStringLiteral("计量咨询"));
        if (i % 30 == 0)
            add(other, "window", QStringLiteral("标准查询"));
    }
    add(person, "phone", QStringLiteral("代办企业%1的证书").arg(bigCode)); // the code in the words only
    add(person, "window", QStringLiteral("查询 914502 号文件"));

    // The codes' counts, kept by the cases' triggers, are the raw rows'.
    auto kept = Sql::one(*t.db,
        QStringLiteral("SELECT group_concat(uscc || ':' || cases, ',') FROM (SELECT * FROM uscc_cases ORDER BY uscc)"));
    auto plain = Sql::one(*t.db,
        QStringLiteral("SELECT group_concat(uscc || ':' || n, ',') FROM (SELECT cl.uscc, count(*) n FROM cases c "
                       "JOIN clients cl ON cl.seq = c.client_seq WHERE cl.uscc IS NOT NULL GROUP BY cl.uscc "
                       "ORDER BY cl.uscc)"));
    REQUIRE((kept.ok() && plain.ok()));
    CHECK((**kept).at(0).toString() == (**plain).at(0).toString());

    for (const QString& prefix : { QStringLiteral("914502"), // common: 123 of 129 cases
             QStringLiteral("91450211"), // rare: 3 cases
             bigCode, // one whole code, and the words holding it
             QStringLiteral("91"),
             QStringLiteral("9145010") }) {
        CAPTURE(prefix);
        CaseFilter f;
        f.text = prefix.toLower(); // typed in lower case, as the code is normalised
        const QStringList want = plainCodeSearch(*t.db, prefix);
        REQUIRE_FALSE(want.isEmpty());
        CHECK(walk(*t.db, f, 7) == want);
        CHECK(CaseQuery::count(*t.db, f).value() == want.size());
        f.channel = Channel::Phone;
        const QStringList byPhone = plainCodeSearch(*t.db, prefix, QStringLiteral("phone"));
        CHECK(walk(*t.db, f, 5) == byPhone);
        CHECK(CaseQuery::count(*t.db, f).value() == byPhone.size());
    }
    // With other words: both must match, the code either way.
    CaseFilter both;
    both.text = QStringLiteral("计量 91450211");
    CHECK(walk(*t.db, both, 10).size() == 3);
    both.text = QStringLiteral("检定 91450211");
    CHECK(walk(*t.db, both, 10).isEmpty());
    both.text = QStringLiteral("证书 914502");
    CHECK(walk(*t.db, both, 10).size() == 1);
    // Not a code's beginning (no such registration authority): a word of the text only.
    CaseFilter word;
    word.text = QStringLiteral("GB");
    CHECK(CaseQuery::count(*t.db, word).value() == 0);
}

namespace {
// Takes a file back from the current version to 27, for a test of an earlier migration: the day
// counts and their triggers and views gone (migrations 28 and 29), the indexes they dropped back,
// migration 30's index, 31's bitmaps and 32's online requests gone.
bool undoMigrationsAfter27(Database& db)
{
    auto made = Sql::run(db.sql(),
        QStringLiteral(
            "SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND (name LIKE 'report_days_%' OR name "
            "LIKE 'case_bits_%')) "
            "OR (type = 'view' AND name LIKE 'report_%') ORDER BY type = 'view'"));
    if (!made)
        return false;
    QStringList sql;
    QSqlQuery q = std::move(made).value();
    while (q.next())
        sql << QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString());
    q.finish();
    sql << QStringLiteral("DROP TABLE report_days") << QStringLiteral("DROP INDEX instruction_requests_case")
        << QStringLiteral("DROP INDEX handoffs_unfinished") << QStringLiteral("DROP INDEX handoffs_result")
        << QStringLiteral("DROP INDEX return_visits_remarks") << QStringLiteral("DROP INDEX handoffs_awaiting_sign")
        << QStringLiteral("DROP INDEX cases_unclosed") << QStringLiteral("DROP TABLE case_bits")
        << QStringLiteral("DROP TABLE case_bit_terms") << QStringLiteral("DROP TABLE online_requests")
        << QStringLiteral("CREATE INDEX cases_report ON cases(received_at, category_code, channel, station_seq, "
                          "received_by)")
        << QStringLiteral("CREATE INDEX cases_first_response ON cases(received_at, station_seq, first_response_at)")
        << QStringLiteral("CREATE INDEX cases_seq_received ON cases(seq, received_at)");
    for (const QString& s : sql)
        if (!Sql::write(db, s))
            return false;
    return true;
}
} // namespace

TEST_CASE("migration 27 counts the codes' cases and rebuilds the search words without the code", "[search][code]")
{
    TestDatabase t;
    const QString uscc
        = QStringLiteral("91450205MA5KAAAA1") + Uscc::checkCharacter(QStringLiteral("91450205MA5KAAAA1"));
    const QString client = t.addClient(QStringLiteral("柳州大厂有限公司"), uscc);
    Registration reg(*t.db, t.catalog);
    for (const char* summary : { "电子秤检定", "电梯检验预约" })
        REQUIRE(
            reg.registerCase(
                   { client, QStringLiteral("window"), QStringLiteral("5.1.2"), QString::fromUtf8(summary), {}, {} },
                   testActor(QStringLiteral("c")))
                .ok());
    // Back to a version-26 file: no counts, and the cases' words holding the code as they did; and
    // without what migrations 28 to 30 made, which run again after 27.
    REQUIRE(undoMigrationsAfter27(*t.db));
    const QString words = SearchTokens::forDocument({ QStringLiteral("电子秤检定"), uscc });
    for (const QString& sql : { QStringLiteral("DROP TRIGGER uscc_cases_insert"),
             QStringLiteral("DROP TRIGGER uscc_cases_delete"),
             QStringLiteral("DROP TRIGGER uscc_cases_move"),
             QStringLiteral("DROP TABLE uscc_cases"),
             QStringLiteral("INSERT INTO case_search(case_search) VALUES ('delete-all')"),
             QStringLiteral("INSERT INTO case_search(rowid, tokens) SELECT seq, '%1' FROM cases").arg(words),
             QStringLiteral("PRAGMA user_version = 26") })
        REQUIRE(Sql::write(*t.db, sql).ok());
    t.db.reset();
    t.db = t.openAnother();
    REQUIRE(t.db);
    CHECK(t.db->schemaVersion() == Migrations::latestVersion());
    auto counted = Sql::one(*t.db, QStringLiteral("SELECT cases FROM uscc_cases WHERE uscc = ?"), { uscc });
    REQUIRE((counted.ok() && counted->has_value()));
    CHECK((**counted).at(0).toInt() == 2);
    const auto words27 = [&](const QString& match) {
        auto n = Sql::one(*t.db, QStringLiteral("SELECT count(*) FROM case_search(?)"), { match });
        REQUIRE((n.ok() && n->has_value()));
        return (**n).at(0).toInt();
    };
    CHECK(words27(QStringLiteral("\"914502\"*")) == 0); // the code is no longer a word of the cases
    CHECK(words27(QStringLiteral("\"电梯\"")) == 1); // their own words are, from their rows
    CaseFilter f;
    f.text = QStringLiteral("914502");
    CHECK(CaseQuery::count(*t.db, f).value() == 2);
}
