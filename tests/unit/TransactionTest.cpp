#include "storage/Transaction.h"

#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/Registration.h"

TEST_CASE("an uncommitted transaction leaves nothing behind", "[transaction]")
{
    TestDatabase t;
    {
        WriteTransaction tx(*t.db);
        REQUIRE(tx.begun().ok());
        REQUIRE(Sql::run(t.db->sql(),
            QStringLiteral("INSERT INTO clients(id, kind, name, created_at, updated_at) "
                           "VALUES ('x', 'person', '张三', 'a', 'a')"))
                    .ok());
        CHECK(t.count(QStringLiteral("clients")) == 0); // not visible outside before commit
    }
    CHECK(t.count(QStringLiteral("clients")) == 0);
    {
        WriteTransaction tx(*t.db);
        REQUIRE(Sql::run(t.db->sql(),
            QStringLiteral("INSERT INTO clients(id, kind, name, created_at, updated_at) "
                           "VALUES ('y', 'person', '李四', 'a', 'a')"))
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(t.count(QStringLiteral("clients")) == 1);
}

TEST_CASE("a full disk is the user's message, with its own code, and the registration is not half saved",
    "[transaction][storage]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳南磁盘测试机械有限公司"));
    Registration reg(*t.db, t.catalog);
    const NewCase input { client, QStringLiteral("window"), QStringLiteral("5.2.2"), QString(1500, u'查'), {}, {} };
    REQUIRE(reg.registerCase(input, testActor()).ok());
    // The database may not grow past the pages it has: SQLite answers SQLITE_FULL, as on a full disk.
    auto pages = Sql::one(*t.db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(Sql::run(t.db->sql(), QStringLiteral("PRAGMA max_page_count = %1").arg((**pages).at(0).toLongLong())).ok());
    const qint64 cases = t.count(QStringLiteral("cases"));
    const qint64 events = t.count(QStringLiteral("case_events"));
    const qint64 outbox = t.count(QStringLiteral("outbox"));
    Result<CaseRecord> refused = Error::internal(QStringLiteral("not tried"));
    for (int i = 0; i < 50 && refused.error().code != ErrorCode::Storage; ++i) {
        refused = reg.registerCase(input, testActor());
        if (refused.ok())
            continue;
        CHECK(refused.error().code == ErrorCode::Storage);
    }
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Storage);
    CHECK(refused.error().message.english.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(refused.error().message.english.contains(QStringLiteral("nternal")));
    // Whatever fitted before was saved whole; the refused one left nothing, in no table.
    const qint64 saved = t.count(QStringLiteral("cases")) - cases;
    CHECK(t.count(QStringLiteral("case_events")) - events == saved);
    CHECK(t.count(QStringLiteral("outbox")) - outbox >= saved);
    CHECK(Sql::one(*t.db, QStringLiteral("PRAGMA integrity_check"))->value().at(0).toString() == QStringLiteral("ok"));
    // With room again, the same connection works on.
    REQUIRE(Sql::run(t.db->sql(), QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    CHECK(reg.registerCase(input, testActor()).ok());
}
