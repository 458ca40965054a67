#pragma once

#include "domain/Records.h"
#include "domain/Visit.h"

class AppContext;
class QWidget;

// 7.6.1: the signed on-site visit sheet, to print and file. Built on the reader thread, then shown
// in the print preview; the same from the case list and from the registration page.
namespace VisitSheetPreview {
void open(AppContext& ctx, const CaseRecord& kase, const Visit& visit, QWidget* parent);
void openById(AppContext& ctx, const CaseRecord& kase, const QString& visitId, QWidget* parent);
} // namespace VisitSheetPreview
