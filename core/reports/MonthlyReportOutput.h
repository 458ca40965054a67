#pragma once

#include "common/Result.h"
#include "documents/PagedDocument.h"
#include "reports/DemandAnalysis.h"
#include "reports/MonthlyReport.h"

// The monthly statistics as people take them away (issue 7): an A4 document (HTML laid out by
// documents/PagedDocument: title, period, station, tables, page numbers, signature lines) and a CSV
// file of the same tables for Excel (UTF-8 with BOM).
namespace MonthlyReportOutput {
// With the period's demand analysis after the statistics when it is given (7.1.3, issue 21).
QString html(const MonthlyFigures& f, const QString& stationName, const DemandFigures* demand = nullptr);
// The images html() names (<img src="categories">, "channels").
PagedDocument::Images charts(const MonthlyFigures& f);
Result<int> writePdf(const MonthlyFigures& f,
    const QString& stationName,
    const QString& path,
    const DemandFigures* demand = nullptr); // pages
Status writeCsv(const MonthlyFigures& f, const QString& path);
// The same tables as an .xlsx workbook (Debian's libxlsxwriter): counts as numbers, headers bold.
Status writeXlsx(const MonthlyFigures& f, const QString& path);
// "12.5%" / "—": a change against an earlier count, as the tables show it.
QString change(qint64 now, qint64 before);
QString hours(double h); // "3.5 小时" / "2.1 天"; "—" for none
} // namespace MonthlyReportOutput
