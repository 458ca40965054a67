#include "NoticePrinting.h"

#include "documents/NoticeDocument.h"
#include "documents/PagedDocument.h"
#include "domain/Catalog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolBar>

namespace {
QString htmlOf(const Notice& n, const CaseRecord& c, const Station& s, const Catalog& catalog)
{
    const CatalogItem* item = catalog.item(c.itemCode);
    return NoticeDocument::html(n, c, s, item ? item->nameZh : QString());
}
} // namespace

void NoticePrinting::preview(
    const Notice& notice, const CaseRecord& kase, const Station& station, const Catalog& catalog, QWidget* parent)
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(QStringLiteral("一次性告知书 %1").arg(notice.number));
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("noticePreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("NoticePrinting", "Print preview: %1").arg(notice.number));
    const QString html = htmlOf(notice, kase, station, catalog);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [html](QPrinter* p) {
        QTextDocument doc;
        PagedDocument::setUp(doc, html);
        PagedDocument::print(doc, *p);
    });
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    // Beside printing, the preview saves the very same pages as PDF (for e-mail or the archive).
    if (auto* bar = dialog->findChild<QToolBar*>()) {
        QAction* save = bar->addAction(QCoreApplication::translate("NoticePrinting", "Save as PDF…"));
        save->setObjectName(QStringLiteral("noticeSavePdf"));
        QObject::connect(
            save, &QAction::triggered, dialog, [=, &catalog] { saveAsPdf(notice, kase, station, catalog, dialog); });
    }
    dialog->resize(900, 1000);
    dialog->open();
}

void NoticePrinting::saveAsPdf(
    const Notice& notice, const CaseRecord& kase, const Station& station, const Catalog& catalog, QWidget* parent)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/一次性告知书-%1.pdf").arg(notice.number);
    const QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("NoticePrinting", "Save the notice as PDF"),
        suggested,
        QStringLiteral("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = PagedDocument::writePdf(htmlOf(notice, kase, station, catalog), path, notice.number);
    if (!written)
        QMessageBox::warning(
            parent, QCoreApplication::translate("NoticePrinting", "Not saved"), written.error().message.local);
}
