#pragma once

#include "common/Result.h"
#include "reports/SatisfactionSurvey.h"

// The written report of a satisfaction survey (8.1.1: 评价应形成记录或书面报告): an A4 document
// with a summary in words, the tables by dimension, category, station and agency, and the clients'
// comments; and the same tables as CSV for Excel.
namespace SurveyReportOutput {
QString html(const SurveyFigures& f, const QString& stationName);
Result<int> writePdf(const SurveyFigures& f, const QString& stationName, const QString& path); // pages
Status writeCsv(const SurveyFigures& f, const QString& path);
// One paragraph: how many visits, the share satisfied, the weakest dimension.
QString summary(const SurveyFigures& f);
} // namespace SurveyReportOutput
