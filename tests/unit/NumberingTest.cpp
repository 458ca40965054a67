// Case numbers LZ-LN-YYYYMMDD-NNNN: a daily sequence per station, unique even when several windows
// (separate connections, separate threads) register at the same moment.
#include "common/Clock.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/Registration.h"

#include <QSet>
#include <QtConcurrent>

TEST_CASE("the sequence counts per China-time day and starts again the next day", "[numbering]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("张三"));
    NewCase input { client, QStringLiteral("phone"), QStringLiteral("5.1.1"), QStringLiteral("咨询计量法规"), {}, {} };
    Registration reg(*t.db, t.catalog);
    // 15:59 UTC is 23:59 in Liuzhou; 16:01 UTC is already the next day there.
    ClockOverride clock([] { return QDateTime(QDate(2026, 11, 24), QTime(15, 59), Qt::UTC); });
    CHECK(reg.registerCase(input, testActor(QStringLiteral("c")))->number == QStringLiteral("LZ-LN-20261124-0001"));
    CHECK(reg.registerCase(input, testActor(QStringLiteral("c")))->number == QStringLiteral("LZ-LN-20261124-0002"));
    clock.set([] { return QDateTime(QDate(2026, 11, 24), QTime(16, 1), Qt::UTC); });
    CHECK(reg.registerCase(input, testActor(QStringLiteral("c")))->number == QStringLiteral("LZ-LN-20261125-0001"));
    clock.reset();
}

TEST_CASE("four windows registering at once never share a number", "[numbering]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("张三"));
    const QString path = t.path();
    ClockOverride clock([] { return QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC); });
    auto window = [&](int) {
        QStringList numbers;
        auto db = Database::open(path);
        if (!db)
            return numbers;
        auto catalog = Catalog::loadBuiltIn();
        Registration reg(**db, *catalog);
        for (int i = 0; i < 50; ++i) {
            auto r = reg.registerCase(
                { client, QStringLiteral("window"), QStringLiteral("5.2.2"), QStringLiteral("查询"), {}, {} },
                testActor(QStringLiteral("c")));
            if (r)
                numbers << r->number;
        }
        return numbers;
    };
    const QList<QStringList> perWindow = QtConcurrent::blockingMapped(QList<int> { 0, 1, 2, 3 }, window);
    QSet<QString> all;
    int total = 0;
    for (const QStringList& numbers : perWindow) {
        CHECK(numbers.size() == 50);
        total += int(numbers.size());
        for (const QString& n : numbers)
            all.insert(n);
    }
    CHECK(total == 200);
    CHECK(all.size() == 200);
    // Consecutive: 0001 … 0200, with no gaps.
    QSet<int> sequences;
    for (const QString& n : all)
        sequences.insert(n.section(QLatin1Char('-'), 3).toInt());
    CHECK(sequences.size() == 200);
    CHECK(*std::max_element(sequences.begin(), sequences.end()) == 200);
    CHECK(t.count(QStringLiteral("cases")) == 200);
    clock.reset();
}
