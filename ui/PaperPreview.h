#pragma once

#include "DocumentPrinting.h"
#include "common/Result.h"

#include <QString>
#include <functional>

class AppContext;
class Database;
class QWidget;

// A paper built on the reader thread from what is stored, then shown in the print preview; or, if
// it cannot be built, why not in a message titled `what`.
namespace PaperPreview {
using Build = std::function<Result<DocumentPrinting::Printable>(Database&)>;
void open(AppContext& ctx, QWidget* parent, const QString& what, Build build);
// Issue 20: the case's latest 暂停计时告知书 (kind "pause") or 催办通知 ("urged").
void clockNotice(AppContext& ctx, const QString& caseNumber, const QString& kind, QWidget* parent);
} // namespace PaperPreview
