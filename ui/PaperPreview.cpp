#include "PaperPreview.h"

#include "AppContext.h"
#include "documents/ClockNotices.h"
#include "storage/DatabaseWorker.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

void PaperPreview::open(AppContext& ctx, QWidget* parent, const QString& what, Build build)
{
    ctx.reader()->post<Result<DocumentPrinting::Printable>>(
        parent, std::move(build), [parent, what](Result<DocumentPrinting::Printable> paper) {
            if (!paper) {
                QMessageBox::warning(parent, what, paper.error().message.local);
                return;
            }
            DocumentPrinting::preview(*paper, parent);
        });
}

void PaperPreview::clockNotice(AppContext& ctx, const QString& caseNumber, const QString& kind, QWidget* parent)
{
    const Catalog* catalog = &ctx.catalog();
    const QString what = kind == QLatin1String("pause") ? QCoreApplication::translate("PaperPreview", "Pause notice")
        : kind == QLatin1String("urged")                ? QCoreApplication::translate("PaperPreview", "Urging notice")
                                         : QCoreApplication::translate("PaperPreview", "Extension notice");
    open(ctx, parent, what, [catalog, caseNumber, kind](Database& db) -> Result<DocumentPrinting::Printable> {
        auto content = ClockNotices::gather(db, *catalog, caseNumber, kind);
        if (!content)
            return content.error();
        const QString title = ClockNotices::title(*content);
        return DocumentPrinting::Printable { title,
            QString(title).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf"),
            ClockNotices::html(*content),
            {} };
    });
}
