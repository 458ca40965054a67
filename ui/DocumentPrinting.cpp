#include "DocumentPrinting.h"

#include "ScreenFit.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolBar>

void DocumentPrinting::preview(const Printable& document, QWidget* parent)
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(document.title);
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("documentPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("DocumentPrinting", "Print preview: %1").arg(document.title));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [document](QPrinter* p) {
        QTextDocument doc;
        PagedDocument::setUp(doc, document.html, document.images);
        PagedDocument::print(doc, *p);
    });
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    if (auto* bar = dialog->findChild<QToolBar*>()) {
        QAction* save = bar->addAction(QCoreApplication::translate("DocumentPrinting", "Save as PDF…"));
        save->setObjectName(QStringLiteral("documentSavePdf"));
        QObject::connect(save, &QAction::triggered, dialog, [document, dialog] { saveAsPdf(document, dialog); });
    }
    ScreenFit::resize(dialog, { 900, 1000 }); // an A4 page, as tall as the screen allows
    dialog->open();
}

void DocumentPrinting::saveAsPdf(const Printable& document, QWidget* parent)
{
    const QString suggested
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + document.fileName;
    const QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("DocumentPrinting", "Save as PDF"),
        suggested,
        QStringLiteral("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = PagedDocument::writePdf(document.html, path, document.title, document.images);
    if (!written)
        QMessageBox::warning(
            parent, QCoreApplication::translate("DocumentPrinting", "Not saved"), written.error().message.local);
}
