#include "ReceiptPreview.h"

#include "AppContext.h"
#include "DocumentPrinting.h"
#include "documents/AcceptanceReceipt.h"
#include "storage/DatabaseWorker.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

void ReceiptPreview::open(AppContext& ctx, const QString& caseNumber, QWidget* parent)
{
    const Catalog* catalog = &ctx.catalog();
    const WorkCalendar* calendar = &ctx.calendar();
    ctx.reader()->post<Result<DocumentPrinting::Printable>>(
        parent,
        [catalog, calendar, caseNumber](Database& db) -> Result<DocumentPrinting::Printable> {
            auto content = AcceptanceReceipt::gather(db, *catalog, *calendar, caseNumber);
            if (!content)
                return content.error();
            return DocumentPrinting::Printable { AcceptanceReceipt::title(content->kase),
                AcceptanceReceipt::fileName(content->kase),
                AcceptanceReceipt::html(*content),
                {} };
        },
        [parent](Result<DocumentPrinting::Printable> receipt) {
            if (!receipt) {
                QMessageBox::warning(parent,
                    QCoreApplication::translate("ReceiptPreview", "Acceptance receipt"),
                    receipt.error().message.local);
                return;
            }
            DocumentPrinting::preview(*receipt, parent);
        });
}
