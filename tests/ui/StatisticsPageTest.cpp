// Issue 7: the supervisors' dashboard counts on the reader thread and shows the month's figures in
// its charts; a clerk does not get the page.
#include "pages/StatisticsPage.h"

#include "UiFixture.h"
#include "demo/DemoData.h"
#include "reports/MonthlyReportOutput.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <catch2/catch.hpp>

TEST_CASE("the statistics page shows a month's figures in its charts", "[ui][statistics]")
{
    UiFixture f;
    REQUIRE(DemoData::generate(*f.t.db, f.t.catalog, { 3000, 4, QDate(2026, 11, 24), 3 }).ok());
    f.window->showPage(4);
    auto* page = f.window->statisticsPage();
    REQUIRE(page);
    QSignalSpy shown(page, &StatisticsPage::figuresShown);
    page->showMonth(2026, 10);
    REQUIRE(UiFixture::waitFor(
        [&] { return page->figures().period.from == QDate(2026, 10, 1) && shown.count() > 0; }, 10000));
    auto expected = MonthlyReport::compute(*f.t.db, f.t.catalog, ReportPeriod::month(2026, 10), {}, f.ctx->actor());
    REQUIRE(expected.ok());
    CHECK(page->figures().received == expected->received);
    CHECK(page->findChild<QLabel*>(QStringLiteral("statisticsSummary"))
              ->text()
              .contains(QString::number(expected->received)));
    // The category chart has this month's bars, one per category, summing to the month's total.
    QBarSeries* bars = nullptr;
    for (QChartView* v : page->findChildren<QChartView*>())
        for (QAbstractSeries* s : v->chart()->series())
            if (auto* b = qobject_cast<QBarSeries*>(s))
                bars = b;
    REQUIRE(bars);
    QBarSet* now = bars->barSets().first();
    CHECK(now->count() == 12);
    double sum = 0;
    for (int i = 0; i < now->count(); ++i)
        sum += now->at(i);
    CHECK(qint64(sum) == expected->received);

    // Any span of days: the first half of October.
    page->showPeriod(QDate(2026, 10, 1), QDate(2026, 10, 15));
    REQUIRE(UiFixture::waitFor([&] { return page->figures().period.to == QDate(2026, 10, 15); }, 10000));
    auto half
        = MonthlyReport::compute(*f.t.db, f.t.catalog, { QDate(2026, 10, 1), QDate(2026, 10, 15) }, {}, f.ctx->actor());
    CHECK(page->figures().received == half->received);
    CHECK(half->received < expected->received);

    // A clerk may not open it.
    f.ctx->setActor(Actor::user(QStringLiteral("zhangli"), Role::Clerk));
    f.window->showPage(1);
    f.window->showPage(4);
    CHECK_FALSE(page->isVisible());
}

namespace {
QBarSeries* categoryBars(StatisticsPage* page, QChartView** view = nullptr)
{
    for (QChartView* v : page->findChildren<QChartView*>())
        for (QAbstractSeries* s : v->chart()->series())
            if (auto* b = qobject_cast<QBarSeries*>(s)) {
                if (view)
                    *view = v;
                return b;
            }
    return nullptr;
}
} // namespace

TEST_CASE("the category chart names each category as staff say it; the clause waits in the tooltip",
    "[ui][statistics][names][fit]")
{
    UiFixture f;
    REQUIRE(DemoData::generate(*f.t.db, f.t.catalog, { 600, 4, QDate(2026, 11, 24), 3 }).ok());
    f.window->showPage(4);
    auto* page = f.window->statisticsPage();
    REQUIRE(page);
    page->showMonth(2026, 10);
    REQUIRE(UiFixture::waitFor([&] { return page->figures().period.from == QDate(2026, 10, 1); }, 10000));
    QChartView* view = nullptr;
    REQUIRE(UiFixture::waitFor([&] { return categoryBars(page, &view) != nullptr; }));
    QBarSeries* bars = categoryBars(page, &view);
    QBarCategoryAxis* axis = nullptr;
    for (QAbstractAxis* a : bars->attachedAxes())
        if (auto* c = qobject_cast<QBarCategoryAxis*>(a))
            axis = c;
    REQUIRE(axis);
    QStringList expected;
    for (const CatalogCategory& c : f.t.catalog.categories())
        expected << c.shortName();
    CHECK(axis->categories() == expected);
    CHECK(axis->categories().at(5) == QStringLiteral("特种设备"));
    static const QRegularExpression clause(QStringLiteral("^\\d+\\.\\d+$"));
    for (const QString& label : axis->categories())
        CHECK_FALSE(clause.match(label).hasMatch());

    // Each name is drawn whole under its bars, on this screen: none shortened to "…".
    QApplication::processEvents();
    QStringList drawn;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            drawn << text->toPlainText();
    INFO("drawn: " << drawn.join(QLatin1Char('|')).toStdString());
    for (const QString& name : expected) {
        INFO(name.toStdString());
        CHECK(drawn.contains(name));
    }

    // Pointing at a group of bars: its clause, full name and figures.
    const CountRow& row = page->figures().byCategory.at(5);
    emit bars->hovered(true, 5, bars->barSets().first());
    REQUIRE(UiFixture::waitFor([] { return !QToolTip::text().isEmpty(); }));
    CHECK(QToolTip::text().startsWith(QStringLiteral("5.6 特种设备检测服务")));
    CHECK(QToolTip::text().contains(QString::number(row.count)));
    emit bars->hovered(false, 5, bars->barSets().first());
}

TEST_CASE("the statistics page says what clients asked about most, and prints the demand analysis with the figures",
    "[ui][statistics][knowledge]")
{
    UiFixture f;
    REQUIRE(DemoData::generate(*f.t.db, f.t.catalog, { 2000, 4, QDate(2026, 11, 24), 3 }).ok());
    f.window->showPage(4);
    auto* page = f.window->statisticsPage();
    REQUIRE(page);
    page->showMonth(2026, 10);
    REQUIRE(
        UiFixture::waitFor([&] { return page->demand() && page->demand()->period.from == QDate(2026, 10, 1); }, 10000));
    auto expected = DemandAnalysis::compute(*f.t.db, f.t.catalog, ReportPeriod::month(2026, 10));
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected->terms.isEmpty());
    CHECK(page->demand()->requests == expected->requests);
    const QString line = page->findChild<QLabel*>(QStringLiteral("demandLine"))->text();
    CHECK(line.contains(expected->terms.first().term));
    // The printed statistics carry the demand analysis after their own sections, numbered on.
    const QString html = MonthlyReportOutput::html(page->figures(), QStringLiteral("柳南区"), &*page->demand());
    CHECK(html.contains(expected->terms.first().term));
    CHECK(html.contains(QApplication::translate("Report", "Demand: %1")
                            .arg(QApplication::translate("DemandReportOutput", "What clients ask about"))));
    CHECK_FALSE(MonthlyReportOutput::html(page->figures(), QStringLiteral("柳南区"))
                    .contains(QApplication::translate("DemandReportOutput", "What clients ask about")));
}
