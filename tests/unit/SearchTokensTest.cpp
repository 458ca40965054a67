// CJK unigram + bigram tokens (DESIGN.md §5): what gets indexed and what a query becomes.
#include "search/SearchTokens.h"

#include "support/QtCatch.h"

TEST_CASE("documents are cut into CJK unigrams, bigrams and words", "[tokens]")
{
    const auto cols = SearchTokens::forDocument({ QStringLiteral("五菱汽车，ISO9001认证"), QStringLiteral("柳工") });
    CHECK(cols.uni == QStringLiteral("五 菱 汽 车 认 证 柳 工"));
    CHECK(cols.bi == QStringLiteral("五菱 菱汽 汽车 认证 柳工"));
    CHECK(cols.word == QStringLiteral("iso9001"));
}

TEST_CASE("full-width letters and digits index like plain ones", "[tokens]")
{
    CHECK(SearchTokens::forDocument({ QStringLiteral("ＩＳＯ９００１") }).word == QStringLiteral("iso9001"));
}

TEST_CASE("rare characters outside the BMP are whole tokens", "[tokens]")
{
    const QString rare = QString::fromUtf8("\U00020BB7"); // 𠮷
    const auto cols = SearchTokens::forDocument({ rare + QStringLiteral("野家") });
    CHECK(cols.uni == rare + QStringLiteral(" 野 家"));
    CHECK(cols.bi == rare + QStringLiteral("野 野家"));
    CHECK(SearchTokens::matchExpression(rare) == QStringLiteral("uni : \"") + rare + QStringLiteral("\""));
}

TEST_CASE("queries: one character a unigram, longer runs a phrase of bigrams, words by prefix", "[tokens]")
{
    CHECK(SearchTokens::matchExpression(QStringLiteral("计")) == QStringLiteral("uni : \"计\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("计量")) == QStringLiteral("bi : \"计量\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("质量服务")) == QStringLiteral("bi : \"质量 量服 服务\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("ISO 五菱"))
        == QStringLiteral("word : \"iso\"* AND bi : \"五菱\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("a")) == QStringLiteral("word : \"a\""));
    CHECK(SearchTokens::matchExpression(QStringLiteral("  ，。!?\"* ")).isEmpty());
    // Quotes and FTS5 operators in the input cannot break out of the expression.
    CHECK(SearchTokens::matchExpression(QStringLiteral("\"OR NEAR("))
        == QStringLiteral("word : \"or\"* AND word : \"near\"*"));
}
