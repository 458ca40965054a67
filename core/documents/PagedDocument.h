#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

// Lays out documents (notices, visit sheets, reports) on A4 pages: HTML through QTextDocument, page
// breaks where the text needs them, "第 N 页 共 M 页" at the foot of each page. The same drawing
// goes to a PDF file or to a printer (the GUI's print preview), so what is previewed is what prints.
namespace PagedDocument {
// The font documents are set in, and the CSS font-family list with its fallbacks.
QString documentFamily();
QString serifFamilies();
// A 黑体-style sans face for titles and headings, with its fallbacks.
QString headingFamilies();
// Text that must not break across lines (case and notice numbers), escaped for HTML.
QString unbroken(const QString& text);
// "2026年11月26日": dates in documents follow Chinese convention.
QString chineseDate(const QDate& d);
// 7.5.2: the line with the supervision telephone and e-mail that ends every notice and visit sheet;
// empty when the station has set neither.
QString supervisionLine(const QString& phone, const QString& email);
// The unit that issues and stamps a paper: the station's platform by the name it is stored under,
// "柳南区质量服务“一站式”平台". Plain text, not escaped.
QString issuingUnit(const Station& station);
// A paper's section heading ("一、办理时限"), escaped: in the heading face, and a heading for the
// layout, which keeps it on the page of what follows it.
QString sectionHeading(const QString& text);
// The unit's name centred at the head of a paper, in the heading face.
QString unitHeading(const QString& unit);
// Where the office stamps a paper, at the bottom right: "<unit>（盖章）" over the date, with room
// around them for a round seal of about 4 cm that covers both. `left` (HTML, such as the 经办人
// line) stands at its left and goes to a new page with it.
QString sealBlock(const QString& unit, const QDate& date, const QString& left = {});
// Draws `doc` on `device`, A4 with official-document margins; returns the number of pages.
int print(QTextDocument& doc, QPagedPaintDevice& device);
// Images a document's HTML names by <img src="NAME">.
using Images = QHash<QString, QImage>;
// Qt's rich text takes the lengths of margins, padding and indents in px only and drops a "12pt"
// there; papers are written in points, as print is measured, and read with those turned into px
// (4/3 px a point, which the layout scales to the printer's resolution).
QString lengthsInPixels(const QString& html);
// The HTML (with its images) laid out for printing, in the document font.
void setUp(QTextDocument& doc, const QString& html, const Images& images = {});
// The HTML as a PDF at `path`, written whole or not at all (a temporary file renamed into place).
Result<int> writePdf(const QString& html, const QString& path, const QString& title, const Images& images = {});
} // namespace PagedDocument
