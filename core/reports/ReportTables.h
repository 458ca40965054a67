#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

// What every printed or exported statistics table shares (issues 7 and 8): a titled table of text
// cells, laid out as HTML for the A4 documents and written as CSV for Excel (UTF-8 with BOM).
namespace ReportTables {
struct Section
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QList<int> unbroken = {}; // columns whose cells never break across lines (case numbers)
    QList<int> widths = {}; // each column's share of the width in percent; 0 or none: as its text needs
};

QString esc(const QString& s);
// "12.5%"; "—" when there is nothing to divide by.
QString percent(qint64 part, qint64 whole);
// A bordered table: words left-aligned, figures (a cell starting with a digit, a sign or —) right;
// the cells of the `unbroken` columns each on one line; columns as wide as `widths` give (percent).
QString table(const QStringList& header,
    const QList<QStringList>& rows,
    const QList<int>& unbroken = {},
    const QList<int>& widths = {});
// A section: its title as a heading (which PagedDocument keeps with what follows) and its table,
// whose column headings are repeated on each page it runs onto.
QString section(const Section& s);
// Numbers the sections in order, as the translation's "%1. %2" says: "一、" in Chinese, "1." in
// English. The numbers are never written into titles by hand, so one left out leaves no gap.
QList<Section> numbered(QList<Section> sections);
QString chineseNumeral(int n); // 1-99: 一, 十, 十一, 二十三
// The start of a document: the body in the document font, a centred title and a line under it.
QString opening(const QString& title, const QString& subtitle);
// 制表人 / 审核人 / 日期 lines (in the UI language, or as given) and the end of the document.
QString closing();
QString closing(const QString& preparedBy, const QString& reviewedBy, const QString& date);
// The sections after a first line (`preface`), each with its title and header, as one CSV file
// written whole or not at all.
Status writeCsv(const QStringList& preface, const QList<Section>& sections, const QString& path);
} // namespace ReportTables
