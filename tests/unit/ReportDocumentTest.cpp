// Issue 7: the printed statistics: an A4 PDF with the tables in Chinese, its charts as images drawn
// at print resolution, page numbers and the signature lines; read back with pdftotext and pdfimages.
#include "common/Language.h"
#include "demo/DemoData.h"
#include "reports/MonthlyReportOutput.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTables.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>

namespace {
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("the monthly report prints to an A4 PDF with tables, sharp charts and page numbers", "[report]")
{
    Language::install(Language::defaultCode()); // as the station prints it: in Chinese
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 4000, 4, QDate(2026, 11, 24), 3 }).ok());
    auto f = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor());
    REQUIRE(f.ok());
    const QImage bars = ReportCharts::categoryBars(*f);
    CHECK(bars.width() >= 1800); // 16 cm at 300 dpi
    CHECK(bars.dotsPerMeterX() == 11811);

    const QString pdf = t.dir.filePath(QStringLiteral("report.pdf"));
    auto pages = MonthlyReportOutput::writePdf(*f, QStringLiteral("柳南区"), pdf);
    REQUIRE(pages.ok());
    CHECK(*pages >= 2);
    const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    CHECK(text.contains(QStringLiteral("计量")));
    CHECK(text.contains(QStringLiteral("柳南区")));
    CHECK(text.contains(QStringLiteral("制表人")));
    CHECK(text.contains(QStringLiteral("审核人")));
    CHECK(text.contains(QStringLiteral("第 1 页")));
    CHECK(text.contains(QString::number(f->received)));
    // issue 19: the sections are numbered one after another, whichever of them this period has;
    // each section's title and column headings come again on every page its table runs onto.
    static const QRegularExpression numeral(QStringLiteral("(?m)^\\f?([一二三四五六七八九十]+)、"));
    QStringList numbers;
    for (auto it = numeral.globalMatch(text); it.hasNext();) {
        const QString n = it.next().captured(1);
        if (!numbers.contains(n))
            numbers << n;
    }
    REQUIRE(numbers.size() >= 9);
    INFO(numbers.join(QLatin1Char(' ')).toStdString());
    for (int i = 0; i < numbers.size(); ++i)
        CHECK(numbers.at(i) == ReportTables::chineseNumeral(i + 1));
    CHECK(f->overdueAtEnd.isEmpty() == !text.contains(QStringLiteral("期末逾期的转交")));
    // Staff by name (the demo's are names already); never a login where the account is known.
    REQUIRE_FALSE(f->staff.isEmpty());
    CHECK(text.contains(f->staff.first().name));
    // Two charts, each embedded at (about) its drawn resolution, not scaled down to screen size.
    const QStringList images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf })
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
    REQUIRE(images.size() >= 2);
    CHECK(images.first().simplified().section(QLatin1Char(' '), 3, 3).toInt() >= 1800);
    Language::install(QStringLiteral("en"));
}

TEST_CASE("sections are numbered in order in Chinese and in English", "[report]")
{
    CHECK(ReportTables::chineseNumeral(1) == QStringLiteral("一"));
    CHECK(ReportTables::chineseNumeral(10) == QStringLiteral("十"));
    CHECK(ReportTables::chineseNumeral(11) == QStringLiteral("十一"));
    CHECK(ReportTables::chineseNumeral(20) == QStringLiteral("二十"));
    CHECK(ReportTables::chineseNumeral(23) == QStringLiteral("二十三"));
    Language::install(Language::defaultCode());
    const QList<ReportTables::Section> three = ReportTables::numbered(
        { { QStringLiteral("甲"), {}, {} }, { QStringLiteral("乙"), {}, {} }, { QStringLiteral("丙"), {}, {} } });
    CHECK(three.at(2).title == QStringLiteral("三、丙"));
    CHECK(ReportTables::numbered({ { QStringLiteral("甲"), {}, {} } }).first().title == QStringLiteral("一、甲"));
    Language::install(QStringLiteral("en"));
}

TEST_CASE("the printed category chart names each category as staff say it, not by its clause", "[report][names]")
{
    Language::install(Language::defaultCode());
    TestDatabase t;
    auto f = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor());
    REQUIRE(f.ok());
    const QStringList labels = ReportCharts::categoryLabels(*f);
    REQUIRE(labels.size() == 12);
    CHECK(labels.at(0) == QStringLiteral("计量"));
    CHECK(labels.at(5) == QStringLiteral("特种设备"));
    CHECK(labels.at(7) == QStringLiteral("知识产权"));
    static const QRegularExpression clause(QStringLiteral("\\d+\\.\\d+"));
    for (const QString& label : labels) {
        INFO(label.toStdString());
        CHECK_FALSE(clause.match(label).hasMatch());
        CHECK(label.size() <= 4); // fits under its group of bars, 1/12 of 16 cm
    }
    Language::install(QStringLiteral("en"));
}
