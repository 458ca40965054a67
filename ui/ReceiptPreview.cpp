#include "ReceiptPreview.h"

#include "AppContext.h"
#include "PaperPreview.h"
#include "documents/AcceptanceReceipt.h"

#include <QCoreApplication>

void ReceiptPreview::open(AppContext& ctx, const QString& caseNumber, QWidget* parent)
{
    const Catalog* catalog = &ctx.catalog();
    const WorkCalendar* calendar = &ctx.calendar();
    PaperPreview::open(ctx,
        parent,
        QCoreApplication::translate("ReceiptPreview", "Acceptance receipt"),
        [catalog, calendar, caseNumber](Database& db) -> Result<DocumentPrinting::Printable> {
            auto content = AcceptanceReceipt::gather(db, *catalog, *calendar, caseNumber);
            if (!content)
                return content.error();
            return DocumentPrinting::Printable { AcceptanceReceipt::title(content->kase),
                AcceptanceReceipt::fileName(content->kase),
                AcceptanceReceipt::html(*content),
                {} };
        });
}
