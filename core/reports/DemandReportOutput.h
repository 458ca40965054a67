#pragma once

#include "common/Result.h"
#include "reports/DemandAnalysis.h"
#include "reports/ReportTables.h"

// The demand analysis on paper (issue 21): its tables as numbered sections of an A4 report with
// the issuing unit's seal block, in the documents' language.
namespace DemandReportOutput {
// Its tables, unnumbered (the monthly report carries them after its own), and numbered.
QList<ReportTables::Section> tables(const DemandFigures& f);
QList<ReportTables::Section> sections(const DemandFigures& f);
// The most asked-about terms as a line: "标准（12）、计量器具（9）…".
QString termLine(const QList<DemandTerm>& terms);
QString html(const DemandFigures& f, const QString& stationName);
Result<int> writePdf(const DemandFigures& f, const QString& stationName, const QString& path); // pages
} // namespace DemandReportOutput
