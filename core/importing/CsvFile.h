#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

// A CSV file as staff export it from Excel: UTF-8 (with or without a BOM) or GBK/GB18030, told apart
// by whether the bytes are valid UTF-8. Parsed by Debian's libcsv (quoted fields, embedded commas,
// line breaks and doubled quotes); empty lines are skipped.
struct CsvTable
{
    QString encoding; // "UTF-8" or "GB18030"
    QList<QStringList> rows; // the header first
    QList<int> lines; // the line in the file where each row starts, for reports
};

namespace CsvFile {
Result<CsvTable> parse(const QByteArray& bytes);
// One line of CSV (UTF-8, each field quoted by libcsv, CRLF), as Excel writes and reads it; each
// cell through asText().
QByteArray formatRow(const QStringList& fields);
// A cell that a spreadsheet would run as a formula (it begins with = + - @, a tab or a CR, and is
// not a plain number), prefixed with an apostrophe so it is shown as the text it is.
QString asText(const QString& cell);
// What starts a CSV file written for Excel: the UTF-8 byte-order mark, so Chinese opens right.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";
} // namespace CsvFile
