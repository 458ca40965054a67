#include "workflow/ClientArchive.h"

#include "storage/ClientStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

TEST_CASE("clients are normalised on the way in", "[clients]")
{
    TestDatabase t;
    NewClient input { QStringLiteral("  广西柳工机械股份有限公司 "),
        QStringLiteral("９１４５０２００１９８２２９１４１ｆ"),
        QStringLiteral("王伟"),
        QStringLiteral("+86 772 3886124"),
        QStringLiteral("柳州市柳太路1号") };
    auto added = ClientArchive(*t.db).add(input, testActor(QStringLiteral("c")));
    REQUIRE(added.ok());
    CHECK(added->client.name == QStringLiteral("广西柳工机械股份有限公司"));
    CHECK(added->client.uscc == QStringLiteral("91450200198229141F"));
    CHECK(added->client.phone == QStringLiteral("0772-3886124"));
    CHECK(added->client.kind == ClientKind::Enterprise);
    CHECK(added->warnings.isEmpty());
    CHECK(t.count(QStringLiteral("audit_log WHERE action = 'client.add'")) == 1);
}

TEST_CASE("a USCC already in the archive is refused, naming the client it belongs to", "[clients]")
{
    TestDatabase t;
    t.addClient(QStringLiteral("华为技术有限公司"), QStringLiteral("914403001922038216"));
    auto again = ClientArchive(*t.db).add(
        { QStringLiteral("华为"), QStringLiteral("914403001922038216"), {}, {}, {} }, testActor(QStringLiteral("c")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("uscc"));
    CHECK(again.error().message.english.contains(QStringLiteral("华为技术有限公司")));
    CHECK(t.count(QStringLiteral("clients")) == 1);
}

TEST_CASE("a %N that a user typed stays as typed in a message with more placeholders after it", "[clients]")
{
    // Issue 16: .arg(name).arg(id) filled the %4 typed in the name with the id as well.
    TestDatabase t;
    const QString typed = QStringLiteral("柳州%4商贸%2有限公司");
    const QString id = t.addClient(typed, QStringLiteral("914403001922038216"));
    auto again
        = ClientArchive(*t.db).add({ QStringLiteral("柳州商贸"), QStringLiteral("914403001922038216"), {}, {}, {} },
            testActor(QStringLiteral("c")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.english
        == QStringLiteral("Unified social credit code 914403001922038216 is already in the client archive as \"%1\" "
                          "(id %2).")
               .arg(typed, id));
    CHECK(again.error().message.local.contains(typed));

    const UiText filled = UiText::verbatim(QStringLiteral("%1: %2 (%3)"))
                              .arg(QStringLiteral("a%3b"), 7, UiText::verbatim(QStringLiteral("%1")));
    CHECK(filled.english == QStringLiteral("a%3b: 7 (%1)"));
}

TEST_CASE("a bad phone number or USCC adds nothing", "[clients]")
{
    TestDatabase t;
    CHECK(ClientArchive(*t.db)
              .add({ QStringLiteral("张三"), {}, {}, QStringLiteral("12345"), {} }, testActor(QStringLiteral("c")))
              .error()
              .field
        == QStringLiteral("phone"));
    CHECK(ClientArchive(*t.db)
              .add({ QStringLiteral("坏码"), QStringLiteral("914403001922038217"), {}, {}, {} },
                  testActor(QStringLiteral("c")))
              .error()
              .field
        == QStringLiteral("uscc"));
    CHECK(
        ClientArchive(*t.db).add({ QStringLiteral(" "), {}, {}, {}, {} }, testActor(QStringLiteral("c"))).error().field
        == QStringLiteral("name"));
    CHECK(t.count(QStringLiteral("clients")) == 0);
    CHECK(t.count(QStringLiteral("audit_log")) == 1);
}

TEST_CASE("a code whose organisation part fails GB 11714 is kept with a warning", "[clients]")
{
    TestDatabase t;
    // 91450226708280259K: a real Liuzhou (三江) code that passes GB 32100 but not GB 11714.
    auto added
        = ClientArchive(*t.db).add({ QStringLiteral("三江某企业"), QStringLiteral("91450226708280259K"), {}, {}, {} },
            testActor(QStringLiteral("c")));
    REQUIRE(added.ok());
    CHECK(added->warnings.size() == 1);
}

TEST_CASE("clients are found by one or two Chinese characters, by USCC prefix and by phone", "[clients]")
{
    TestDatabase t;
    t.addClient(QStringLiteral("上汽通用五菱汽车股份有限公司"), QStringLiteral("91450000708731386G"));
    t.addClient(QStringLiteral("广西柳工机械股份有限公司"), QStringLiteral("91450200198229141F"));
    t.addClient(QStringLiteral("张三"));
    auto names = [&](const QString& text) {
        QStringList out;
        for (const Client& c : ClientStore::find(*t.db, { text, 0, 50 }).value())
            out << c.name;
        return out;
    };
    CHECK(names(QStringLiteral("五菱")) == QStringList { QStringLiteral("上汽通用五菱汽车股份有限公司") });
    CHECK(names(QStringLiteral("张")) == QStringList { QStringLiteral("张三") });
    CHECK(names(QStringLiteral("股份")).size() == 2);
    CHECK(names(QStringLiteral("914502")) == QStringList { QStringLiteral("广西柳工机械股份有限公司") });
    CHECK(names(QString()).size() == 3);
    CHECK(ClientStore::count(*t.db, QStringLiteral("股份有限")).value() == 2);
}
