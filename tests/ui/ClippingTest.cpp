// Issue 18: no label is cut off and nothing jumps. Run at 1366×768 and again at 1280×720 ([fit]):
// the case list's 状态 column holds 已一次性告知 whole, 交接进展 has room beside its arrow, the figures
// of the statistics panel stay on one line, an empty complaint list is laid out as a full one, and
// the case's buttons stay where they are whatever the state of the case.
#include "TextSize.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "domain/CaseStatus.h"
#include "domain/Channel.h"
#include "domain/Complaint.h"
#include "domain/WorkCalendar.h"
#include "models/CaseListModel.h"
#include "models/ColumnFit.h"
#include "pages/AfterServicePage.h"
#include "pages/CaseListPage.h"
#include "pages/StatisticsPage.h"
#include "reports/MonthlyReportOutput.h"
#include "widgets/CaseActionBar.h"
#include "workflow/Complaints.h"
#include "workflow/Registration.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
// The room a table cell gives its text: the delegate keeps PM_FocusFrameHMargin + 1 on each side.
int textRoom(const QTableView* view, int column)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->columnWidth(column) - 2 * margin - 1;
}

// Each text, in the view's font and in bold (an overdue date), fits its column without "…".
void checkFits(const QTableView* view, int column, const QStringList& texts)
{
    QFont bold = view->font();
    bold.setBold(true);
    for (const QString& text : texts) {
        INFO("column " << column << " '" << text.toStdString() << "' in " << view->columnWidth(column) << " px");
        CHECK(QFontMetrics(view->font()).horizontalAdvance(text) <= textRoom(view, column));
        CHECK(QFontMetrics(bold).horizontalAdvance(text) <= textRoom(view, column));
    }
}

QStringList statusLabels()
{
    QStringList labels;
    for (CaseStatus s : CaseStatuses::all())
        labels << CaseStatuses::label(s).local;
    return labels;
}

QStringList channelLabels()
{
    QStringList labels;
    for (Channel c : Channels::all())
        labels << Channels::label(c).local;
    return labels;
}

template<typename Table>
QStringList labelsOf(const Table& table)
{
    QStringList labels;
    for (const auto value : table.all())
        labels << table.label(value).local;
    return labels;
}

QString sampleDateTime()
{
    return Clock::displayDateTime(Clock::nowUtc());
}
} // namespace

TEST_CASE("the case list's columns hold every status, channel, number and date whole", "[ui][fit][clipping]")
{
    UiFixture f;
    f.window->showPage(1);
    auto* table = f.find<QTableView>("caseTable");
    REQUIRE(table);
    CHECK(statusLabels().contains(QStringLiteral("已一次性告知")));
    for (TextSize::Level level : { TextSize::Standard, TextSize::Largest }) {
        INFO("text size " << int(level));
        TextSize::apply(level);
        QApplication::processEvents();
        checkFits(table, CaseListModel::Status, statusLabels());
        checkFits(table, CaseListModel::Channel, channelLabels());
        checkFits(table, CaseListModel::Number, { QStringLiteral("LZ-LN-20261124-0007") });
        checkFits(table, CaseListModel::Received, { sampleDateTime() });
        checkFits(table, CaseListModel::Due, { QStringLiteral("2026-11-24") });
        // The client's cases on the client page are the same list.
        auto* clientCases = f.find<QTableView>("clientCases");
        REQUIRE(clientCases);
        checkFits(clientCases, CaseListModel::Status, statusLabels());
    }
    TextSize::apply(TextSize::Standard);
}

TEST_CASE("the case's buttons keep their places whatever its state; each label has room", "[ui][fit][clipping]")
{
    UiFixture f;
    f.window->showPage(1);
    auto* bar = f.window->caseListPage()->findChild<CaseActionBar*>();
    REQUIRE(bar);
    bar->setWorker(Role::StationAdmin, false);
    const QList<QAbstractButton*> buttons = bar->findChildren<QAbstractButton*>();
    REQUIRE(buttons.size() >= 10);
    auto places = [&]() {
        QApplication::processEvents();
        QList<QRect> out;
        for (QAbstractButton* b : buttons)
            out << (b->isVisible() ? b->geometry() : QRect());
        return out;
    };
    bar->showNothing();
    const QList<QRect> empty = places();
    for (CaseStatus s : CaseStatuses::all()) {
        INFO(CaseStatuses::key(s).toStdString());
        CaseRecord c;
        c.number = QStringLiteral("LZ-LN-20261124-0007");
        c.status = s;
        bar->showCase(c);
        CHECK(places() == empty);
    }
    for (QAbstractButton* b : buttons) {
        INFO(b->objectName().toStdString() << " '" << b->text().toStdString() << "'");
        CHECK(b->isVisible());
        // The text, and the arrow of a button with a menu, inside the button's frame.
        QStyleOptionButton option;
        option.initFrom(b);
        int needed = b->fontMetrics().horizontalAdvance(b->text())
            + b->style()->pixelMetric(QStyle::PM_ButtonMargin, &option, b);
        if (auto* push = qobject_cast<QPushButton*>(b); push && push->menu())
            needed += b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, b);
        CHECK(qobject_cast<QPushButton*>(b));
        CHECK(b->width() >= needed);
    }
    // The handoff's progress is a menu on a button like the others.
    auto* progress = bar->findChild<QPushButton*>(QStringLiteral("progressButton"));
    REQUIRE(progress);
    REQUIRE(progress->menu());
    CHECK(progress->menu()->actions().size() >= 6);
}

TEST_CASE("the figures of the statistics panel stay on one line each", "[ui][fit][clipping][statistics]")
{
    UiFixture f;
    REQUIRE(DemoData::generate(*f.t.db, f.t.catalog, { 600, 4, QDate(2026, 11, 24), 3 }).ok());
    f.window->showPage(4);
    auto* page = f.window->statisticsPage();
    REQUIRE(page);
    page->showMonth(2026, 10);
    REQUIRE(UiFixture::waitFor([&] { return page->figures().period.from == QDate(2026, 10, 1); }, 10000));
    QList<QLabel*> values;
    REQUIRE(UiFixture::waitFor([&] {
        values = page->findChildren<QLabel*>(QStringLiteral("handlingValue"));
        return values.size() >= 14 && !values.first()->text().isEmpty();
    }));
    QApplication::processEvents();
    const MonthlyFigures& m = page->figures();
    const QString firstResponse = QStringLiteral("%1 / %2").arg(
        MonthlyReportOutput::hours(m.firstResponseMedianHours), MonthlyReportOutput::hours(m.firstResponseP90Hours));
    bool shown = false;
    for (QLabel* v : values) {
        INFO("'" << v->text().toStdString() << "' " << v->width() << "x" << v->height());
        CHECK(v->isVisible());
        CHECK_FALSE(v->wordWrap());
        CHECK(v->width() >= v->fontMetrics().horizontalAdvance(v->text()));
        CHECK(v->height() < 2 * v->fontMetrics().lineSpacing());
        shown = shown || v->text() == firstResponse;
    }
    CHECK(shown);

    // The months under the trend of the last twelve are whole too ("12…" at 1280×720).
    QChartView* trend = nullptr;
    for (QChartView* v : page->findChildren<QChartView*>())
        for (QAbstractSeries* series : v->chart()->series())
            if (qobject_cast<QLineSeries*>(series))
                trend = v;
    REQUIRE(trend);
    QStringList drawn;
    for (QGraphicsItem* item : trend->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            drawn << text->toPlainText();
    INFO("drawn: " << drawn.join(QLatin1Char('|')).toStdString());
    for (int month = 1; month <= 12; ++month)
        CHECK(drawn.contains(QStringLiteral("%1月").arg(month)));
}

TEST_CASE("an empty complaint list is laid out as a full one, and a complaint fits it", "[ui][fit][clipping]")
{
    UiFixture f;
    f.window->showPage(5);
    auto* page = f.window->afterServicePage();
    REQUIRE(page);
    auto* table = page->findChild<QTableView*>(QStringLiteral("complaintTable"));
    REQUIRE(table);
    QSignalSpy loaded(table->model(), &QAbstractItemModel::modelReset); // the page reads its lists as it opens
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("afterServiceTabs"));
    tabs->setCurrentIndex(1);
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get(), UiFixture::kPatienceMs));
    auto check = [&]() {
        checkFits(table, 0, { QStringLiteral("TS-LN-20261129-0001") });
        checkFits(table, 1, { sampleDateTime() });
        checkFits(table, 2, labelsOf(kComplaintChannels));
        checkFits(table, 3, labelsOf(kComplaintCategories));
        checkFits(table, 4, labelsOf(kComplaintStates));
        checkFits(table, 5, { QStringLiteral("2026-11-24") });
        // The titles too, and the complaint itself gets the rest of the width.
        for (int c = 0; c < table->model()->columnCount(); ++c)
            checkFits(table, c, { table->model()->headerData(c, Qt::Horizontal).toString() });
        CHECK(table->columnWidth(6) >= table->viewport()->width() / 4);
    };
    REQUIRE(UiFixture::waitFor([&] { return loaded.count() > 0; }));
    QApplication::processEvents();
    REQUIRE(table->model()->rowCount() == 0);
    {
        INFO("empty");
        check();
    }
    NewComplaint n;
    n.channel = QStringLiteral("phone");
    n.summary = QStringLiteral("窗口人员态度差");
    REQUIRE(Complaints(*f.t.db, WorkCalendar::load().value()).registerComplaint(n, f.ctx->actor()).ok());
    page->reload();
    REQUIRE(UiFixture::waitFor([&] { return table->model()->rowCount() == 1; }));
    QApplication::processEvents();
    {
        INFO("one complaint");
        check();
        for (int c = 0; c < 6; ++c)
            checkFits(table, c, { table->model()->index(0, c).data().toString() });
    }
}
