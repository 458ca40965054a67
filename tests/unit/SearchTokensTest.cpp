// CJK bigram + unigram tokens in one column (DESIGN.md §5): what gets indexed and what a query becomes.
#include "search/SearchTokens.h"

#include "support/QtCatch.h"

TEST_CASE("documents are cut into CJK bigrams then unigrams per run, and words", "[tokens]")
{
    CHECK(SearchTokens::forDocument({ QStringLiteral("五菱汽车，ISO9001认证"), QStringLiteral("柳工") })
        == QStringLiteral("五菱 菱汽 汽车 五 菱 汽 车 iso9001 认证 认 证 柳工 柳 工"));
    CHECK(SearchTokens::forDocument({ QStringLiteral("计") }) == QStringLiteral("计"));
}

TEST_CASE("full-width letters and digits index like plain ones", "[tokens]")
{
    CHECK(SearchTokens::forDocument({ QStringLiteral("ＩＳＯ９００１") }) == QStringLiteral("iso9001"));
}

TEST_CASE("rare characters outside the BMP are whole tokens", "[tokens]")
{
    const QString rare = QString::fromUtf8("\U00020BB7"); // 𠮷
    CHECK(SearchTokens::forDocument({ rare + QStringLiteral("野家") })
        == rare + QStringLiteral("野 野家 ") + rare + QStringLiteral(" 野 家"));
    CHECK(SearchTokens::matchExpression(rare) == QStringLiteral("\"") + rare + QStringLiteral("\""));
}

TEST_CASE("queries: one character itself, longer runs a phrase of bigrams, words by prefix", "[tokens]")
{
    CHECK(SearchTokens::matchExpression(QStringLiteral("计")) == QStringLiteral("\"计\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("计量")) == QStringLiteral("\"计量\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("质量服务")) == QStringLiteral("\"质量 量服 服务\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("ISO 五菱")) == QStringLiteral("\"iso\"* AND \"五菱\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("a")) == QStringLiteral("\"a\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("  ，。!?\"* ")).isEmpty());
    // Quotes and FTS5 operators in the input cannot break out of the expression.
    CHECK(SearchTokens::matchExpression(QStringLiteral("\"OR NEAR(")) == QStringLiteral("\"or\"* AND \"near\"*"));
}
