#pragma once

#include "reports/DemandAnalysis.h"
#include "reports/MonthlyReport.h"

#include <QWidget>
#include <optional>

class AppContext;
class QChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

// The supervisors' dashboard (issue 7): a month and a station; bars by category beside the month
// before and last year's, the trend of the last twelve months, the channels' shares, timeliness and
// handling; what clients asked about most (the demand analysis, 7.1.3, issue 21), in full on its own
// paper. Figures are computed on the reader thread and arrive by signal: the window never waits.
// Print (A4 preview, PDF) and export (CSV, xlsx) take the same figures; the print carries the
// demand analysis after them.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    StatisticsPage(AppContext& ctx, QWidget* parent = nullptr);
    void showMonth(int year, int month);
    void showPeriod(const QDate& from, const QDate& to);
    const MonthlyFigures& figures() const { return m_figures; }
    const std::optional<DemandFigures>& demand() const { return m_demand; }

signals:
    void figuresShown(); // after each update: for tests and screenshots
    void demandShown(); // the period's demand analysis, computed after the figures

private:
    void refresh();
    void requestRefresh();
    void refreshDemand(int generation);
    ReportPeriod period() const;
    void show(const MonthlyFigures& f, const QList<QPair<ReportPeriod, qint64>>& trend);
    void exportTo(const QString& kind);

    AppContext& m_ctx;
    QComboBox* m_mode; // a month, or any span of days
    QDateEdit* m_month;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_station;
    QLabel* m_summary;
    QLabel* m_demandLine;
    QChart* m_categories;
    QChart* m_trend;
    QChart* m_channels;
    QWidget* m_handling; // how the requests were handled: a name and its figure per line
    QList<QLabel*> m_handlingValues;
    MonthlyFigures m_figures;
    std::optional<DemandFigures> m_demand; // of the period shown, for every station
    int m_generation = 0;
    bool m_refreshPending = false;
};
