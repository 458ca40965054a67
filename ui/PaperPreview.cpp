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
    const bool pause = kind == QLatin1String("pause");
    open(ctx,
        parent,
        pause ? QCoreApplication::translate("PaperPreview", "Pause notice")
              : QCoreApplication::translate("PaperPreview", "Urging notice"),
        [catalog, caseNumber, kind, pause](Database& db) -> Result<DocumentPrinting::Printable> {
            auto content = ClockNotices::gather(db, *catalog, caseNumber, kind);
            if (!content)
                return content.error();
            const QString title = ClockNotices::title(*content);
            return DocumentPrinting::Printable { title,
                QString(title).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf"),
                pause ? ClockNotices::pauseNotice(*content) : ClockNotices::urgeNotice(*content),
                {} };
        });
}
