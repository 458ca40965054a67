#pragma once

#include <QString>

class AppContext;
class QWidget;

// The acceptance receipt (受理回执) of a case, for the applicant: built on the reader thread from
// what is stored, then shown in the print preview; the same from the registration page and the
// case list.
namespace ReceiptPreview {
void open(AppContext& ctx, const QString& caseNumber, QWidget* parent);
}
