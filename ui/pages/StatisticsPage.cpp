#include "StatisticsPage.h"

#include "AppContext.h"
#include "DocumentPrinting.h"
#include "common/Clock.h"
#include "reports/ClockOverview.h"
#include "reports/DemandReportOutput.h"
#include "reports/MonthlyReportOutput.h"
#include "reports/ReportTables.h"
#include "reports/SurveyReportOutput.h"
#include "storage/DatabaseWorker.h"
#include "widgets/DateTimeFields.h"
#include "widgets/FlowLayout.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPieSeries>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

namespace {
QChartView* viewOf(QChart* chart, QWidget* parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240); // two of them and the line under them fit 1280x720 with the largest text
    return view;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
}
} // namespace

StatisticsPage::StatisticsPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_mode(new QComboBox(this))
    , m_month(new DateField(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_station(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_demandLine(new QLabel(this))
    , m_categories(new QChart)
    , m_trend(new QChart)
    , m_channels(new QChart)
    , m_handling(new QWidget(this))
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    const QDate today = Clock::chinaToday();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_mode->addItem(tr("Month"));
    m_mode->addItem(tr("Period"));
    for (QDateEdit* d : { m_from, m_to }) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        d->hide();
    }
    m_from->setDate(m_month->date());
    m_to->setDate(m_month->date().addMonths(1).addDays(-1));
    m_station->addItem(tr("All stations"), QString());
    m_station->addItem(ctx.station().name, ctx.station().code);
    m_summary->setWordWrap(true);
    m_demandLine->setObjectName(QStringLiteral("demandLine"));
    m_demandLine->setWordWrap(true);
    m_handling->setObjectName(QStringLiteral("handlingPanel"));
    m_categories->setTitle(tr("Requests by service category"));
    m_trend->setTitle(tr("Requests received, last 12 months"));
    m_channels->setTitle(tr("Channels"));

    auto* print = new QPushButton(tr("Print…"), this);
    auto* exports = new QPushButton(tr("Export…"), this);
    exports->setObjectName(QStringLiteral("exportButton"));
    auto* exportMenu = new QMenu(exports);
    QAction* csv = exportMenu->addAction(tr("CSV for Excel…"));
    QAction* xlsx = exportMenu->addAction(tr("Excel workbook…"));
    exports->setMenu(exportMenu);
    auto* survey = new QPushButton(tr("Satisfaction report…"), this);
    survey->setObjectName(QStringLiteral("surveyButton"));
    survey->setToolTip(tr("8.1.1: the written report of the clients' satisfaction in this period"));
    auto* demand = new QPushButton(tr("Demand analysis…"), this);
    demand->setObjectName(QStringLiteral("demandButton"));
    demand->setToolTip(tr("What clients asked about, where they came from, who came back, which items rose"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_mode);
    filters->addWidget(m_month);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("Station"), this));
    filters->addWidget(m_station);
    filters->addStretch(1);
    // The papers and exports wrap onto a second line where the row is full (1280 px, large text).
    auto* actions = new QWidget(this);
    auto* actionsFlow = new FlowLayout(actions);
    actionsFlow->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : { print, exports, survey, demand })
        actionsFlow->addWidget(b);
    QSizePolicy wide(QSizePolicy::Preferred, QSizePolicy::Preferred);
    wide.setHorizontalStretch(1);
    wide.setHeightForWidth(true);
    actions->setSizePolicy(wide);
    filters->addWidget(actions, 1);

    auto* grid = new QGridLayout;
    grid->addWidget(viewOf(m_categories, this), 0, 0, 1, 2);
    grid->addWidget(viewOf(m_trend, this), 1, 0);
    grid->addWidget(viewOf(m_channels, this), 1, 1);
    // Under the charts, beside the taller handling column: no height of its own on a small screen.
    grid->addWidget(m_demandLine, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2); // twelve months need the room more than the channels' pie
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    auto* body = new QHBoxLayout;
    body->addLayout(grid, 4);
    body->addWidget(m_handling, 1);
    layout->addLayout(body, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &StatisticsPage::requestRefresh);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsPage::requestRefresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsPage::requestRefresh);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_month->setVisible(mode == 0);
        m_from->setVisible(mode == 1);
        m_to->setVisible(mode == 1);
        requestRefresh();
    });
    connect(m_station, &QComboBox::currentIndexChanged, this, &StatisticsPage::requestRefresh);
    connect(print, &QPushButton::clicked, this, [this]() {
        DocumentPrinting::preview(
            { tr("Statistics %1").arg(m_figures.period.label()),
                QStringLiteral("统计报表-%1.pdf").arg(m_figures.period.from.toString(Qt::ISODate)),
                MonthlyReportOutput::html(m_figures,
                    m_station->currentIndex() == 0 ? m_ctx.station().name : m_station->currentText(),
                    m_station->currentIndex() == 0 && m_demand ? &*m_demand : nullptr),
                MonthlyReportOutput::charts(m_figures) },
            this);
    });
    connect(survey, &QPushButton::clicked, this, [this]() {
        DocumentPrinting::preview(
            { QStringLiteral("服务对象满意度调查报告"),
                QStringLiteral("满意度调查报告-%1.pdf").arg(m_figures.period.from.toString(Qt::ISODate)),
                SurveyReportOutput::html(m_figures.satisfaction,
                    m_station->currentIndex() == 0 ? m_ctx.station().name : m_station->currentText()),
                {} },
            this);
    });
    connect(demand, &QPushButton::clicked, this, [this]() {
        if (!m_demand)
            return; // still being computed: the line under the summary says so
        DocumentPrinting::preview(
            { tr("Analysis of service demand %1").arg(m_demand->period.label()),
                QStringLiteral("需求分析-%1.pdf").arg(m_demand->period.from.toString(Qt::ISODate)),
                DemandReportOutput::html(*m_demand, m_ctx.station().name),
                {} },
            this);
    });
    connect(csv, &QAction::triggered, this, [this]() { exportTo(QStringLiteral("csv")); });
    connect(xlsx, &QAction::triggered, this, [this]() { exportTo(QStringLiteral("xlsx")); });
    refresh();
}

void StatisticsPage::showMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
    m_mode->setCurrentIndex(0);
    requestRefresh();
}

void StatisticsPage::showPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_mode->setCurrentIndex(1);
    requestRefresh();
}

void StatisticsPage::requestRefresh()
{
    // Several changes at once (showMonth sets the month and the mode) count once, when the event
    // loop comes round: each refresh is a whole report on the reader thread.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

ReportPeriod StatisticsPage::period() const
{
    if (m_mode->currentIndex() == 1)
        return { m_from->date(), m_to->date() };
    const QDate d = m_month->date();
    return ReportPeriod::month(d.year(), d.month());
}

void StatisticsPage::refresh()
{
    const ReportPeriod period = this->period();
    const QString station = m_station->currentData().toString();
    const Actor actor = m_ctx.actor();
    const Catalog* catalog = &m_ctx.catalog();
    const int generation = ++m_generation;
    m_summary->setText(tr("Counting…"));
    struct Computed
    {
        Result<MonthlyFigures> figures;
        Result<QList<QPair<ReportPeriod, qint64>>> trend;
        Result<ClockOverview> lights; // every open case now, by the light of its clock (issue 20)
    };
    m_ctx.reader()->post<std::shared_ptr<Computed>>(
        this,
        [catalog, calendar = &m_ctx.calendar(), period, station, actor](Database& db) {
            return std::make_shared<Computed>(Computed { MonthlyReport::compute(db, *catalog, period, station, actor),
                MonthlyReport::trend(db, period, 12, station, actor),
                ClockOverview::count(db, Clock::chinaDate(Clock::nowUtc()), *calendar) });
        },
        [this, generation](std::shared_ptr<Computed> c) {
            if (generation != m_generation)
                return; // a newer month was asked for meanwhile
            if (!c->figures || !c->trend) {
                m_summary->setText((!c->figures ? c->figures.error() : c->trend.error()).message.local);
                return;
            }
            show(c->figures.value(), c->trend.value());
            refreshDemand(generation);
            if (c->lights) {
                const ClockOverview& l = c->lights.value();
                m_summary->setText(m_summary->text() + QLatin1Char(' ')
                    + tr("Open cases now: %1 on time, %2 due soon, %3 past their time limit, %4 paused.")
                          .arg(l.green)
                          .arg(l.amber)
                          .arg(l.red)
                          .arg(l.paused));
            }
        });
}

void StatisticsPage::refreshDemand(int generation)
{
    const ReportPeriod period = this->period();
    // It is of every station: another station chosen for the same days asks for nothing new.
    if (m_demand && m_demand->period.from == period.from && m_demand->period.to == period.to)
        return;
    const Catalog* catalog = &m_ctx.catalog();
    m_demand.reset();
    m_demandLine->setText(tr("Analysing what clients asked about…"));
    m_ctx.reader()->post<Result<DemandFigures>>(
        this,
        [catalog, period](Database& db) { return DemandAnalysis::compute(db, *catalog, period); },
        [this, generation](Result<DemandFigures> d) {
            if (generation != m_generation)
                return;
            if (!d) {
                m_demandLine->setText(d.error().message.local);
                return;
            }
            m_demand = *d;
            const QList<DemandTerm> top = d->terms.mid(0, 8);
            m_demandLine->setText(top.isEmpty()
                    ? tr("No requests in this period to analyse.")
                    : tr("Asked about most (all stations): %1. Answered on the spot: %2; from the knowledge "
                         "base: %3.")
                          .arg(DemandReportOutput::termLine(top),
                              ReportTables::percent(d->answeredOnSpot, d->requests),
                              QString::number(d->answeredWithKnowledge)));
            emit demandShown();
        });
}

void StatisticsPage::show(const MonthlyFigures& f, const QList<QPair<ReportPeriod, qint64>>& trend)
{
    m_figures = f;
    m_summary->setText(
        tr("%1: %2 requests received (month before %3, %4; a year earlier %5, %6). %7 closed, %8 open at "
           "the end.")
            .arg(f.period.label())
            .arg(f.received)
            .arg(f.receivedPrevious)
            .arg(MonthlyReportOutput::change(f.received, f.receivedPrevious))
            .arg(f.receivedLastYear)
            .arg(MonthlyReportOutput::change(f.received, f.receivedLastYear))
            .arg(f.closed)
            .arg(f.openAtEnd));

    clear(m_categories);
    auto* now = new QBarSet(tr("This month"));
    auto* before = new QBarSet(tr("Month before"));
    auto* lastYear = new QBarSet(tr("Same month last year"));
    // Each category by the name staff use (计量, 特种设备); its clause and full name are in the tooltip.
    QStringList names;
    QStringList tips;
    qint64 highest = 1;
    for (const CountRow& r : f.byCategory) {
        highest = std::max({ highest, r.count, r.previous, r.lastYear });
        *now << r.count;
        *before << r.previous;
        *lastYear << r.lastYear;
        const CatalogCategory* c = m_ctx.catalog().category(r.key);
        names << (c ? c->shortName() : r.label);
        tips << tr("%1 %2\nThis month %3, the month before %4, the same month last year %5")
                    .arg(r.key, c ? c->displayName() : r.label)
                    .arg(r.count)
                    .arg(r.previous)
                    .arg(r.lastYear);
    }
    auto* bars = new QBarSeries;
    bars->append(now);
    bars->append(before);
    bars->append(lastYear);
    connect(bars, &QBarSeries::hovered, this, [tips](bool on, int index) {
        if (on && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
        else
            QToolTip::hideText();
    });
    m_categories->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(names);
    m_categories->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, double(highest) * 1.1);
    countAxis->applyNiceNumbers();
    countAxis->setLabelFormat(QStringLiteral("%d"));
    m_categories->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);

    clear(m_trend);
    auto* line = new QLineSeries;
    line->setName(tr("Requests received"));
    QStringList months;
    qint64 top = 0;
    for (int i = 0; i < trend.size(); ++i) {
        line->append(i, double(trend.at(i).second));
        months << tr("%1月").arg(trend.at(i).first.from.month());
        top = std::max(top, trend.at(i).second);
    }
    m_trend->addSeries(line);
    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    m_trend->addAxis(monthAxis, Qt::AlignBottom);
    auto* trendAxis = new QValueAxis;
    trendAxis->setRange(0, double(std::max<qint64>(top, 1)) * 1.1);
    trendAxis->applyNiceNumbers();
    trendAxis->setLabelFormat(QStringLiteral("%d"));
    m_trend->addAxis(trendAxis, Qt::AlignLeft);
    line->attachAxis(trendAxis);
    m_trend->legend()->hide();

    clear(m_channels);
    auto* pie = new QPieSeries;
    for (const CountRow& r : f.byChannel)
        if (r.count > 0)
            pie->append(QStringLiteral("%1 %2").arg(r.label).arg(r.count), double(r.count));
    m_channels->addSeries(pie);
    m_channels->legend()->setAlignment(Qt::AlignRight);

    const QList<QPair<QString, QString>> lines = {
        { tr("Answered at once"), QString::number(f.answeredAtOnce) },
        { tr("Notices issued"), QString::number(f.noticesIssued) },
        { tr("Handed off"), QString::number(f.handedOff) },
        { tr("Escalated"), QString::number(f.escalated) },
        { tr("Awaiting instruction asked"), QString::number(f.instructionsAsked) },
        { tr("Closed"), QString::number(f.closed) },
        { tr("Open at end"), QString::number(f.openAtEnd) },
        { tr("To first response (median / 90%)"),
            QStringLiteral("%1 / %2").arg(MonthlyReportOutput::hours(f.firstResponseMedianHours),
                MonthlyReportOutput::hours(f.firstResponseP90Hours)) },
        { tr("To close (median / 90%)"),
            QStringLiteral("%1 / %2").arg(
                MonthlyReportOutput::hours(f.closeMedianHours), MonthlyReportOutput::hours(f.closeP90Hours)) },
        { tr("Handoffs on time"), QStringLiteral("%1 / %2").arg(f.handoffsOnTime).arg(f.handoffsFinished) },
        { tr("Handoffs overdue at end"), QString::number(f.overdueAtEnd.size()) },
        { tr("Return visits"), QString::number(f.satisfaction.visits) },
        { tr("Satisfied (all ratings)"),
            ReportTables::percent(f.satisfaction.overall.satisfied, f.satisfaction.overall.answers) },
        { tr("Complaints (valid)"), QStringLiteral("%1 (%2)").arg(f.complaints.received).arg(f.complaints.valid) },
    };
    // A name that needs two lines wraps; a figure never does ("0.2 小时" used to break in two).
    if (m_handlingValues.isEmpty()) {
        auto* grid = new QGridLayout(m_handling);
        grid->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Handling").toHtmlEscaped()), m_handling);
        grid->addWidget(title, 0, 0, 1, 2);
        for (int i = 0; i < lines.size(); ++i) {
            auto* name = new QLabel(lines.at(i).first, m_handling);
            name->setWordWrap(true);
            auto* value = new QLabel(m_handling);
            value->setObjectName(QStringLiteral("handlingValue"));
            value->setTextFormat(Qt::PlainText);
            value->setAlignment(Qt::AlignRight | Qt::AlignTop);
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
            grid->addWidget(name, i + 1, 0, Qt::AlignTop);
            grid->addWidget(value, i + 1, 1, Qt::AlignTop);
            m_handlingValues << value;
        }
        grid->setColumnStretch(0, 1);
        grid->setRowStretch(int(lines.size()) + 1, 1);
    }
    for (int i = 0; i < lines.size() && i < m_handlingValues.size(); ++i)
        m_handlingValues.at(i)->setText(lines.at(i).second);
    emit figuresShown();
}

void StatisticsPage::exportTo(const QString& kind)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/统计报表-%1.%2").arg(m_figures.period.from.toString(Qt::ISODate), kind); // as the PDF
    const QString path = QFileDialog::getSaveFileName(this,
        tr("Export the statistics"),
        suggested,
        kind == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status s = kind == QLatin1String("csv") ? MonthlyReportOutput::writeCsv(m_figures, path)
                                                  : MonthlyReportOutput::writeXlsx(m_figures, path);
    if (!s)
        QMessageBox::warning(this, tr("Export the statistics"), s.error().message.local);
}
