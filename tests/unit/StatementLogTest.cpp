// Issue 22: the bench's floor is the very statements the work ran. A log notes what runs on its
// thread through storage/Sql and ReportQuery, with the binds, and nothing when none is open.
#include "storage/StatementLog.h"

#include "reports/ReportQuery.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

#include <sqlite3.h>

TEST_CASE("a statement log notes the statements of its thread with their binds, and replays them", "[storage]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳南食品有限公司"));
    REQUIRE(Sql::one(*t.db, QStringLiteral("SELECT count(*) FROM cases")).ok()); // before: not noted
    QList<StatementLog::Statement> noted;
    {
        StatementLog log;
        REQUIRE(Sql::one(*t.db, QStringLiteral("SELECT name FROM clients WHERE id = ?"), { client }).ok());
        REQUIRE(ReportQuery::eachRow(*t.db,
            QByteArrayLiteral("SELECT count(*) FROM cases c WHERE c.received_at >= ?1 AND c.received_at < ?2"),
            { QStringLiteral("2026-01-01"), QStringLiteral("2027-01-01") },
            0,
            "c.station_seq",
            [](sqlite3_stmt*) {
            }).ok());
        noted = log.statements();
    }
    REQUIRE(noted.size() == 2);
    CHECK(noted.at(0).sql.contains(QStringLiteral("FROM clients")));
    CHECK(noted.at(0).binds == QVariantList { client });
    CHECK(noted.at(1).binds.size() == 2);
    CHECK(StatementLog::replay(t.db->handle(), noted));
    CHECK_FALSE(StatementLog::replay(t.db->handle(), { { QStringLiteral("SELECT nothing FROM nowhere"), {} } }));
    // Closed, it notes nothing more.
    StatementLog after;
    {
        StatementLog inner; // a log inside another takes what runs while it is open
        REQUIRE(Sql::one(*t.db, QStringLiteral("SELECT 1")).ok());
        CHECK(inner.statements().size() == 1);
    }
    CHECK(after.statements().isEmpty());
}
