#pragma once

#include "reports/MonthlyReport.h"

#include <QImage>

// The charts of the printed statistics (issue 7), drawn with QPainter at print resolution (300 dpi
// at the width they are printed), so they stay sharp on paper and in the PDF. The window's
// dashboard uses QtCharts; these need no widgets, so qsdesk-cli draws them too.
namespace ReportCharts {
// Grouped bars: this period, the month before and last year's, per category (5.1-5.12), each
// group under the category's name as staff say it (the table beside the chart has the clauses).
QImage categoryBars(const MonthlyFigures& f);
QStringList categoryLabels(const MonthlyFigures& f);
// One horizontal bar per channel with its count and share.
QImage channelShares(const MonthlyFigures& f);
} // namespace ReportCharts
