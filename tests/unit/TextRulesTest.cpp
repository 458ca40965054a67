#include "validation/TextRules.h"

#include "support/QtCatch.h"

TEST_CASE("text is cleaned, required and limited in characters as people count them", "[text]")
{
    CHECK(TextRules::check(QStringLiteral("summary"), QStringLiteral("  查询\n标准  "), true, 10).value()
        == QStringLiteral("查询 标准"));
    auto empty = TextRules::check(QStringLiteral("summary"), QStringLiteral("   "), true, 10);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("summary"));
    CHECK(empty.error().message.english == QStringLiteral("Request summary is required."));
    CHECK(TextRules::check(QStringLiteral("summary"), QString(), false, 10).value().isEmpty());
    // Ten Chinese characters fit a limit of ten; a rare character outside the BMP counts as one.
    CHECK(TextRules::check(QStringLiteral("name"), QStringLiteral("柳州市五菱汽车有限公"), true, 10).ok());
    CHECK(TextRules::check(QStringLiteral("name"), QString::fromUtf8("\U00020000柳州市五菱汽车有限"), true, 10).ok());
    auto tooLong = TextRules::check(QStringLiteral("name"), QStringLiteral("柳州市五菱汽车有限公司"), true, 10);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(
        tooLong.error().message.english == QStringLiteral("Name is too long: 11 characters, at most 10 are allowed."));
}
