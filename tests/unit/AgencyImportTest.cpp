// 7.6.2 agencies imported from Excel's CSV: UTF-8 or GBK, all rows or none, a reason per rejected row.
#include "workflow/AgencyImport.h"

#include "importing/CsvFile.h"
#include "storage/AgencyStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

#include <QStringEncoder>

namespace {
QByteArray gbk(const QString& text)
{
    QStringEncoder encode("GB18030");
    REQUIRE(encode.isValid());
    return encode(text);
}

const QString kGood = QStringLiteral(
    "名称,类别,统一社会信用代码,服务事项,资质名称,资质编号,发证机关,有效期起,有效期止,联系电话\r\n"
    "柳州市特种设备检验所,服务机构,91450200198229141F,5.6,特种设备检验核准证,TS7110001,国家市场监督管理总局,"
    "2024/1/1,2028年12月31日,0772-2881234\r\n"
    "\"柳州质检院，检测中心\",服务机构,,5.4；5.6,,,,,,\r\n"
    "柳州市特种设备检验所,,91450200198229141F,,压力管道检验资质,TS7120002,广西壮族自治区市场监督管理局,"
    "2025-01-01,2029-01-01,\r\n"
    "\"计量专家组\",专家团队,,\"5.1.1, 5.1.2\",,,,,,\r\n");
} // namespace

TEST_CASE("a GBK file from Excel is imported whole: agencies, scope and qualifications", "[import]")
{
    TestDatabase t;
    const qint64 audit = t.count(QStringLiteral("audit_log"));
    auto report = AgencyImport(*t.db, t.catalog).importBytes(gbk(kGood), testActor(QStringLiteral("admin")));
    REQUIRE(report.ok());
    CHECK(report->encoding == QStringLiteral("GB18030"));
    CHECK(report->rejected() == 0);
    CHECK(report->imported);
    CHECK(report->agencies == 3);
    auto all = AgencyStore::list(*t.db).value();
    REQUIRE(all.size() == 3);
    auto special = AgencyStore::byUscc(*t.db, QStringLiteral("91450200198229141F")).value();
    REQUIRE(special.has_value());
    CHECK(special->qualifications.size() == 2); // the second row with its name added one
    CHECK(special->qualifications.first().validTo == QDate(2028, 12, 31));
    CHECK(special->phone == QStringLiteral("0772-2881234"));
    const auto institute = std::find_if(all.cbegin(), all.cend(), [](const Agency& a) {
        return a.name == QStringLiteral("柳州质检院，检测中心"); // a quoted comma stays in the name
    });
    REQUIRE(institute != all.cend());
    CHECK(institute->items == QStringList { QStringLiteral("5.4"), QStringLiteral("5.6") });
    const auto experts
        = std::find_if(all.cbegin(), all.cend(), [](const Agency& a) { return a.kind == AgencyKind::ExpertTeam; });
    REQUIRE(experts != all.cend());
    CHECK(experts->items.size() == 2);
    CHECK(t.count(QStringLiteral("audit_log")) == audit + 3);
}

TEST_CASE("one bad row imports nothing, and the report names each rejected row and why", "[import]")
{
    TestDatabase t;
    const qint64 audit = t.count(QStringLiteral("audit_log"));
    const QString csv = QStringLiteral("name,uscc,items,valid_to\n"
                                       "好机构,,5.1.1,\n"
                                       "坏事项,,5.99,\n"
                                       "坏日期,,5.1.1,明年\n"
                                       "重复一,91450200198229141F,5.4,\n"
                                       "重复二,91450200198229141F,5.4,\n");
    auto report = AgencyImport(*t.db, t.catalog).importBytes(csv.toUtf8(), testActor(QStringLiteral("admin")));
    REQUIRE(report.ok());
    CHECK(report->encoding == QStringLiteral("UTF-8"));
    CHECK_FALSE(report->imported);
    CHECK(report->rejected() == 3);
    REQUIRE(report->rows.size() == 5);
    CHECK(report->rows.at(0).accepted);
    CHECK(report->rows.at(1).line == 3);
    CHECK(report->rows.at(1).field == QStringLiteral("items"));
    CHECK(report->rows.at(2).field == QStringLiteral("qualification"));
    CHECK(report->rows.at(2).message.english.contains(QStringLiteral("明年")));
    CHECK(report->rows.at(4).field == QStringLiteral("uscc"));
    CHECK(report->rows.at(4).message.english.contains(QStringLiteral("line 5")));
    CHECK(t.count(QStringLiteral("agencies")) == 0);
    CHECK(t.count(QStringLiteral("audit_log")) == audit);

    // A credit code already in the archive is a rejected row too.
    REQUIRE(AgencyImport(*t.db, t.catalog)
                .importBytes(
                    QByteArray("name,uscc,items\n已有,91450200198229141F,5.4\n"), testActor(QStringLiteral("admin")))
                ->imported);
    auto dup = AgencyImport(*t.db, t.catalog)
                   .importBytes(QByteArray("name,uscc,items\n又来,91450200198229141F,5.4\n"),
                       testActor(QStringLiteral("admin")));
    REQUIRE(dup.ok());
    CHECK_FALSE(dup->imported);
    CHECK(dup->rows.first().message.english.contains(QStringLiteral("already in the agency archive")));
}

TEST_CASE("a file without the required columns, or not CSV at all, is refused as a whole", "[import]")
{
    TestDatabase t;
    auto noHeader
        = AgencyImport(*t.db, t.catalog).importBytes(QByteArray("foo,bar\n1,2\n"), testActor(QStringLiteral("admin")));
    REQUIRE_FALSE(noHeader.ok());
    CHECK(noHeader.error().field == QStringLiteral("file"));
    CHECK_FALSE(AgencyImport(*t.db, t.catalog).importBytes(QByteArray(), testActor(QStringLiteral("admin"))).ok());
    CHECK(t.count(QStringLiteral("agencies")) == 0);
}

TEST_CASE("a CSV cell that Excel or WPS would run as a formula is written as text", "[import][csv]")
{
    // Issue 16: what a client said at a return visit goes into the survey's CSV as it was typed.
    for (const QString& typed : { QStringLiteral("=1+2"),
             QStringLiteral("+1+2"),
             QStringLiteral("-1+2"),
             QStringLiteral("@SUM(1+2)"),
             QStringLiteral("\t=1+2"),
             QStringLiteral("\r=1+2"),
             QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")") }) {
        auto table = CsvFile::parse(CsvFile::formatRow({ QStringLiteral("意见"), typed }));
        REQUIRE(table.ok());
        const QString cell = table->rows.at(0).at(1);
        INFO(typed.toStdString());
        CHECK(cell == QLatin1Char('\'') + typed);
    }
    // Numbers, dates and ordinary text stay as they are.
    for (const QString& plain : { QStringLiteral("-3"),
             QStringLiteral("+2.5"),
             QStringLiteral("-12.5%"),
             QStringLiteral("2026-12-01"),
             QStringLiteral("满意"),
             QStringLiteral("a=b") }) {
        auto table = CsvFile::parse(CsvFile::formatRow({ plain }));
        REQUIRE(table.ok());
        CHECK(table->rows.at(0).at(0) == plain);
    }
}
