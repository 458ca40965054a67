#pragma once

#include "common/Result.h"
#include "reports/DemandAnalysis.h"
#include "reports/ReportTables.h"

// The demand analysis on paper (issue 21): its tables as numbered sections of an A4 report with
// the issuing unit's seal block, in the documents' language.
namespace DemandReportOutput {
QList<ReportTables::Section> sections(const DemandFigures& f);
QString html(const DemandFigures& f, const QString& stationName);
Result<int> writePdf(const DemandFigures& f, const QString& stationName, const QString& path); // pages
} // namespace DemandReportOutput
