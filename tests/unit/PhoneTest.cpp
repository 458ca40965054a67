#include "validation/Phone.h"

#include "support/QtCatch.h"

TEST_CASE("mainland mobile numbers in their usual forms", "[phone]")
{
    for (const char* input : { "13812345678",
             "138 1234 5678",
             "138-1234-5678",
             "+86 138 1234 5678",
             "+8613812345678",
             "0086 13812345678",
             "８６１３８１２３４５６７８",
             "86-13812345678" }) {
        INFO(input);
        auto r = Phone::validate(QString::fromUtf8(input));
        REQUIRE(r.ok());
        CHECK(r.value() == QStringLiteral("13812345678"));
    }
}

TEST_CASE("landlines keep their area code and extension", "[phone]")
{
    CHECK(Phone::validate(QStringLiteral("0772-2881234")).value() == QStringLiteral("0772-2881234"));
    CHECK(Phone::validate(QStringLiteral("(0772)2881234")).value() == QStringLiteral("0772-2881234"));
    CHECK(Phone::validate(QStringLiteral("07722881234")).value() == QStringLiteral("0772-2881234"));
    CHECK(Phone::validate(QStringLiteral("+86 772 2881234")).value() == QStringLiteral("0772-2881234"));
    CHECK(Phone::validate(QStringLiteral("010-62345678")).value() == QStringLiteral("010-62345678"));
    CHECK(Phone::validate(QStringLiteral("020 87654321")).value() == QStringLiteral("020-87654321"));
    CHECK(Phone::validate(QStringLiteral("0772-2881234-806")).value() == QStringLiteral("0772-2881234-806"));
    CHECK(Phone::validate(QString::fromUtf8("0772-2881234转806")).value() == QStringLiteral("0772-2881234-806"));
    CHECK(Phone::validate(QStringLiteral("400-123-4567")).value() == QStringLiteral("400-123-4567"));
}

TEST_CASE("numbers that are not mainland numbers are refused with the field named", "[phone]")
{
    for (const char* input : { "12812345678",
             "1381234567",
             "138123456789",
             "2881234",
             "0772-0881234",
             "abc",
             "0772-28812",
             "+1 650 253 0000",
             "13812345678转1" }) {
        INFO(input);
        auto r = Phone::validate(QString::fromUtf8(input));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("phone"));
        CHECK(r.error().message.english.startsWith(QStringLiteral("Phone")));
    }
    CHECK(Phone::validate(QString()).error().message.english == QStringLiteral("Phone is required."));
}
