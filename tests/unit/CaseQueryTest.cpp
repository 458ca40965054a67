// Search and filters over cases (issue 2): number, client name, USCC, summary; one- and two-
// character Chinese; keyset pages that agree with offsets.
#include "search/CaseQuery.h"

#include "common/Clock.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
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
