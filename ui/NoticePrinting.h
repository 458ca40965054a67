#pragma once

#include "domain/Notice.h"
#include "domain/Records.h"

class QWidget;
class Catalog;

// A one-time notice on paper: the A4 print preview (the printer of the clerk's choice) and saving it
// as PDF, both drawn by core's PagedDocument, so what is previewed is what prints.
namespace NoticePrinting {
void preview(
    const Notice& notice, const CaseRecord& kase, const Station& station, const Catalog& catalog, QWidget* parent);
void saveAsPdf(
    const Notice& notice, const CaseRecord& kase, const Station& station, const Catalog& catalog, QWidget* parent);
} // namespace NoticePrinting
