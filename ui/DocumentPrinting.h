#pragma once

#include "documents/PagedDocument.h"

class QWidget;

// A document on paper: the A4 print preview (the printer of the clerk's choice) with a *Save as
// PDF* button beside *Print*, both drawn by core's PagedDocument, so what is previewed is what
// prints and what is saved.
namespace DocumentPrinting {
struct Printable
{
    QString title; // the window's and the PDF's title
    QString fileName; // suggested, without folder
    QString html;
    PagedDocument::Images images;
};
void preview(const Printable& document, QWidget* parent);
void saveAsPdf(const Printable& document, QWidget* parent);
} // namespace DocumentPrinting
