#pragma once

#include "common/Result.h"
#include "reports/ClientFile.h"
#include "reports/ReportTables.h"

// The client file on paper (4.2 客户档案, 7.6.1): who the client is, how many of its cases stand
// where, the cases, then every step in time order, on A4 with the issuing unit's seal block.
namespace ClientFileOutput {
QString title(); // 客户档案
// "2026年12月2日 10:15", China time: a timeline's moment as a paper writes it.
QString chineseDateTime(const QDateTime& utc);
QList<ReportTables::Section> sections(const ClientFileContent& f);
// `printedBy`: the person printing it, by name.
QString html(const ClientFileContent& f, const QString& stationName, const QString& printedBy);
Result<int> writePdf(const ClientFileContent& f,
    const QString& stationName,
    const QString& printedBy,
    const QString& path); // pages
} // namespace ClientFileOutput
