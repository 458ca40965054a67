// The service catalog of clause 5, shipped as resources/catalog/catalog.json.
#include "domain/Catalog.h"

#include "support/QtCatch.h"

TEST_CASE("the built-in catalog has the 12 categories of clause 5 and every numbered item", "[catalog]")
{
    auto c = Catalog::loadBuiltIn();
    REQUIRE(c.ok());
    REQUIRE(c->categories().size() == 12);
    for (int i = 0; i < 12; ++i)
        CHECK(c->categories().at(i).code == QStringLiteral("5.%1").arg(i + 1));
    // Numbered items of the standard: 5.1.1–5.1.2, 5.2.1–5.2.4, 5.3.1–5.3.3, 5.7.1–5.7.4, 5.8.1–5.8.3, 5.10.1–5.10.2
    for (const char* code : { "5.1.1",
             "5.1.2",
             "5.2.1",
             "5.2.2",
             "5.2.3",
             "5.2.4",
             "5.3.1",
             "5.3.2",
             "5.3.3",
             "5.4",
             "5.5",
             "5.6",
             "5.7.1",
             "5.7.4",
             "5.8.1",
             "5.8.2",
             "5.8.3",
             "5.9",
             "5.10.1",
             "5.10.2",
             "5.11",
             "5.12" }) {
        INFO(code);
        CHECK(c->item(QString::fromLatin1(code)) != nullptr);
    }
    CHECK(c->item(QStringLiteral("5.2.2"))->textZh.contains(QStringLiteral("标准有效性确认")));
    // Each category has the short name staff use for it (issue 18: charts labelled 5.1 … 5.12 said nothing).
    for (const auto& cat : c->categories()) {
        INFO(cat.code.toStdString());
        CHECK_FALSE(cat.shortZh.isEmpty());
        CHECK_FALSE(cat.shortEn.isEmpty());
        CHECK(cat.nameZh.startsWith(cat.shortZh.left(2)));
    }
    for (const auto& cat : c->categories())
        for (const auto& item : cat.items) {
            INFO(item.code.toStdString());
            CHECK_FALSE(item.nameEn.isEmpty());
            CHECK(item.materials.size() >= 3);
        }
}

TEST_CASE("the catalog picker finds items by code, Chinese or English words", "[catalog]")
{
    auto c = Catalog::loadBuiltIn();
    REQUIRE(c.ok());
    CHECK(c->findItems(QString()).size() == c->itemCount());
    CHECK(c->findItems(QStringLiteral("5.2")).size() == 4);
    const auto metrology = c->findItems(QStringLiteral("计量"));
    CHECK(metrology.size() >= 2);
    CHECK(c->findItems(QStringLiteral("trademark")).size() >= 1);
    CHECK(c->findItems(QStringLiteral("完全不存在的词")).isEmpty());
}

TEST_CASE("a broken catalog is a clear error, not a crash", "[catalog]")
{
    for (const char* json : { "",
             "{",
             "[]",
             "{\"categories\": []}",
             "{\"categories\": [{\"code\": \"5.1\", \"name_zh\": \"计量\", \"items\": []}]}",
             "{\"categories\": [{\"code\": \"5.1\", \"name_zh\": \"计量\", \"items\": [{\"code\": \"5.2.1\", "
             "\"name_zh\": \"x\"}]}]}",
             "{\"categories\": [{\"code\": \"5.1\", \"name_zh\": \"计量\", \"items\": [{\"code\": \"5.1.1\", "
             "\"name_zh\": \"x\"}, {\"code\": \"5.1.1\", \"name_zh\": \"y\"}]}]}" }) {
        INFO(json);
        auto c = Catalog::parse(QByteArray(json));
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().message.english.startsWith(QStringLiteral("The service catalog is broken")));
    }
    CHECK_FALSE(Catalog::load(QStringLiteral("/nonexistent/catalog.json")).ok());
}
