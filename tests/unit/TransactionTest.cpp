#include "storage/Transaction.h"

#include "storage/CaseBits.h"
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

TEST_CASE("search rows held for a bulk write are written together, less those of a record rolled back",
    "[transaction][search]")
{
    TestDatabase t;
    auto found = [&](const QString& word) {
        auto n = Sql::one(*t.db, QStringLiteral("SELECT count(*) FROM case_search(?)"), { word });
        REQUIRE((n.ok() && n->has_value()));
        return (**n).at(0).toInt();
    };
    HeldSearchRows& rows = t.db->searchRows();
    // A token with a bitmap of its own (storage/CaseBits) gets its bits as its rows are written.
    for (const QString& token : { QStringLiteral("kept"), QStringLiteral("dropped"), QStringLiteral("direct") })
        REQUIRE(CaseBits::promote(*t.db, token).ok());
    {
        WriteTransaction tx(*t.db);
        REQUIRE(tx.begun());
        rows.hold();
        REQUIRE(rows.add(*t.db, "case_search", 901, QStringLiteral("kept")).ok());
        const qsizetype before = rows.size();
        REQUIRE(rows.add(*t.db, "case_search", 902, QStringLiteral("dropped")).ok());
        CHECK(found(QStringLiteral("kept")) == 0); // held, not written yet
        rows.dropFrom(before); // its record's savepoint rolled back
        REQUIRE(rows.write(*t.db).ok());
        CHECK_FALSE(rows.holding());
        REQUIRE(tx.commit().ok());
    }
    CHECK(found(QStringLiteral("kept")) == 1);
    CHECK(found(QStringLiteral("dropped")) == 0);
    // Not held: written at once. Held and never written (the transaction failed): forgotten.
    REQUIRE(rows.add(*t.db, "case_search", 903, QStringLiteral("direct")).ok());
    CHECK(found(QStringLiteral("direct")) == 1);
    rows.hold();
    REQUIRE(rows.add(*t.db, "case_search", 904, QStringLiteral("forgotten")).ok());
    rows.discard();
    CHECK(rows.size() == 0);
    REQUIRE(rows.write(*t.db).ok());
    CHECK(found(QStringLiteral("forgotten")) == 0);
    CHECK(caseBitsDisagreement(*t.db).toStdString().empty());
    CHECK(Sql::one(*t.db, QStringLiteral("SELECT count(*) FROM case_bits WHERE key LIKE 't:%'"))->value().at(0) == 2);
}
