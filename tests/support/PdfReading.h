#pragma once

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>

// Reading a written PDF back as a person or an archive would (issue 19): poppler's pdftotext.
namespace PdfReading {
// The program's standard output; the test fails if it does not run or exits non-zero.
QString run(const QString& program, const QStringList& args);
// The text in reading order without page footers and white space, so a phrase the page wraps is found whole.
QString flat(const QString& layoutText);
// Word boxes per page (pdftotext -bbox), and each page's size.
struct Page
{
    QSizeF size;
    QList<QPair<QRectF, QString>> words;
};
QList<Page> pages(const QString& pdf);
// The lines of each page as pdftotext -layout sets them, without empty lines and the page footer.
QList<QStringList> layoutLines(const QString& pdf);
} // namespace PdfReading
