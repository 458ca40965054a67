// GB 32100-2015 unified social credit codes, with real published codes (tests/data/uscc_valid.txt)
// and single-character corruptions of them (tests/data/uscc_invalid.txt).
#include "validation/Uscc.h"

#include "support/QtCatch.h"

#include <QFile>

namespace {
QList<QStringList> rows(const QString& file)
{
    QFile f(QStringLiteral(QSDESK_TEST_DATA "/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<QStringList> out;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QString::fromUtf8(line).split(QLatin1Char('\t'));
    return out;
}
} // namespace

TEST_CASE("real published codes pass", "[uscc]")
{
    const auto valid = rows(QStringLiteral("uscc_valid.txt"));
    REQUIRE(valid.size() >= 15);
    for (const QStringList& row : valid) {
        INFO(row.join(QLatin1Char(' ')).toStdString());
        auto r = Uscc::validate(row.at(0));
        CHECK(r.ok());
        CHECK(Uscc::organisationCodeWarning(row.at(0)) == std::nullopt);
    }
}

TEST_CASE("corrupted codes fail, or warn when only the organisation code is off", "[uscc]")
{
    for (const QStringList& row : rows(QStringLiteral("uscc_invalid.txt"))) {
        INFO(row.join(QLatin1Char(' ')).toStdString());
        auto r = Uscc::validate(row.at(0));
        if (row.value(1).contains(QLatin1String("GB 11714"), Qt::CaseInsensitive) && r.ok()) {
            CHECK(Uscc::organisationCodeWarning(r.value()).has_value());
            continue;
        }
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().field == QStringLiteral("uscc"));
        CHECK(r.error().message.english.contains(QStringLiteral("Unified social credit code")));
    }
}

TEST_CASE("every single-character change of a real code is caught", "[uscc]")
{
    const QString code = QStringLiteral("91450200198229141F"); // 广西柳工机械股份有限公司
    const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    int tried = 0;
    for (int i = 0; i < 18; ++i) {
        for (QChar c : charset) {
            if (c == code.at(i))
                continue;
            QString changed = code;
            changed[i] = c;
            CHECK_FALSE(Uscc::validate(changed).ok());
            ++tried;
        }
    }
    CHECK(tried == 18 * 30);
}

TEST_CASE("full-width, lower case and inner spaces are normalised first", "[uscc]")
{
    CHECK(Uscc::validate(QStringLiteral("９１４４０３００７１５２６７２６ＸＧ")).value()
        == QStringLiteral("9144030071526726XG"));
    CHECK(Uscc::validate(QStringLiteral("91450200198229141f")).value() == QStringLiteral("91450200198229141F"));
    CHECK(Uscc::validate(QStringLiteral(" 9145 0200 1982 2914 1F ")).value() == QStringLiteral("91450200198229141F"));
    CHECK(Uscc::validate(QStringLiteral("914502001982\u300029141F")).ok());
}

TEST_CASE("messages name the field and the reason in both languages", "[uscc]")
{
    auto empty = Uscc::validate(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.english == QStringLiteral("Unified social credit code is required."));
    auto shortCode = Uscc::validate(QStringLiteral("9145020019822914"));
    CHECK(shortCode.error().message.english.contains(QStringLiteral("18 characters")));
    auto letterO = Uscc::validate(QStringLiteral("9145020019822914OF"));
    CHECK(letterO.error().message.english.contains(QStringLiteral("character 17")));
    auto check = Uscc::validate(QStringLiteral("91450200198229141E"));
    CHECK(check.error().message.english.contains(QStringLiteral("should be F")));
}

TEST_CASE("check characters are computed per GB 32100 and GB 11714", "[uscc]")
{
    CHECK(Uscc::checkCharacter(QStringLiteral("91440300192203821")) == QLatin1Char('6'));
    CHECK(Uscc::checkCharacter(QStringLiteral("9144030019220382I")) == QChar());
    CHECK(Uscc::organisationCheckCharacter(QStringLiteral("19220382")) == QLatin1Char('1'));
    CHECK(Uscc::organisationCheckCharacter(QStringLiteral("1922038")) == QChar());
}
