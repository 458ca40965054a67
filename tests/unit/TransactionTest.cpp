#include "storage/Transaction.h"

#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

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
