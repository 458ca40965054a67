// Issue 7: the printed statistics: an A4 PDF with the tables in Chinese, its charts as images drawn
// at print resolution, page numbers and the signature lines; read back with pdftotext and pdfimages.
#include "common/Language.h"
#include "demo/DemoData.h"
#include "reports/MonthlyReportOutput.h"
#include "reports/ReportCharts.h"
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
    // Two charts, each embedded at (about) its drawn resolution, not scaled down to screen size.
    const QStringList images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf })
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
    REQUIRE(images.size() >= 2);
    CHECK(images.first().simplified().section(QLatin1Char(' '), 3, 3).toInt() >= 1800);
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
