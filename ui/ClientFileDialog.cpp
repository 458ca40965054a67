#include "ClientFileDialog.h"

#include "AppContext.h"
#include "ScreenFit.h"
#include "models/ClientFileModel.h"
#include "models/ColumnFit.h"
#include "reports/ClientFileOutput.h"
#include "storage/DatabaseWorker.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ClientFileDialog::ClientFileDialog(AppContext& ctx, const QString& clientId, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_model(new ClientFileModel(this))
    , m_particulars(new QLabel(this))
    , m_status(new QLabel(tr("Reading the client's file…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_savePdf(new QPushButton(tr("Save as PDF…"), this))
    , m_openCase(new QPushButton(tr("Open the case"), this))
{
    setObjectName(QStringLiteral("clientFileDialog"));
    setWindowTitle(tr("Client file"));
    m_particulars->setObjectName(QStringLiteral("clientFileParticulars"));
    m_particulars->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_particulars->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("clientFileStatus"));
    m_status->setWordWrap(true);
    m_view = listTableView(m_model, this);
    m_view->setObjectName(QStringLiteral("clientFileView"));
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ClientFileModel::Summary, QHeaderView::Stretch);
    ColumnFit::fit(m_view);
    m_print->setObjectName(QStringLiteral("clientFilePrint"));
    m_savePdf->setObjectName(QStringLiteral("clientFileSavePdf"));
    m_openCase->setObjectName(QStringLiteral("clientFileOpenCase"));
    for (QPushButton* b : { m_print, m_savePdf, m_openCase }) {
        b->setEnabled(false);
        b->setAutoDefault(false);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openCase, QDialogButtonBox::ActionRole);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, [this]() { DocumentPrinting::preview(printable(), this); });
    connect(m_savePdf, &QPushButton::clicked, this, [this]() { DocumentPrinting::saveAsPdf(printable(), this); });
    connect(m_openCase, &QPushButton::clicked, this, [this]() { activateRow(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        m_openCase->setEnabled(m_model->rowAt(i.row()) != nullptr);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_particulars);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    ScreenFit::resize(this, { 1200, 720 });
    load(clientId);
}

void ClientFileDialog::load(const QString& clientId)
{
    const Catalog* catalog = &m_ctx.catalog();
    m_ctx.reader()->post<Result<ClientFileContent>>(
        this,
        [catalog, clientId](Database& db) { return ClientFile::collect(db, *catalog, clientId); },
        [this](Result<ClientFileContent> content) {
            m_loaded = true;
            if (!content)
                m_status->setText(content.error().message.local);
            else
                display(*content);
            emit loaded();
        });
}

void ClientFileDialog::display(const ClientFileContent& content)
{
    m_content = content;
    const Client& c = content.client;
    setWindowTitle(tr("Client file: %1").arg(c.name));
    QStringList lines { QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped()) };
    QStringList who;
    if (!c.uscc.isEmpty())
        who << tr("Unified social credit code: %1").arg(c.uscc);
    if (!c.contactName.isEmpty() || !c.phone.isEmpty())
        who << tr("Contact: %1 %2").arg(c.contactName.toHtmlEscaped(), c.phone.toHtmlEscaped()).trimmed();
    if (!c.address.isEmpty())
        who << tr("Address: %1").arg(c.address.toHtmlEscaped());
    if (!who.isEmpty())
        lines << who.join(QStringLiteral("　"));
    QStringList counts;
    for (const ClientFile::StatusCount& s : ClientFile::statusCounts(content.cases))
        counts << tr("%1 %n", nullptr, s.cases).arg(s.status.local);
    lines << tr("%n case(s)", nullptr, int(content.cases.size()))
            + (counts.isEmpty() ? QString() : tr(": %1").arg(counts.join(tr(", "))));
    m_particulars->setText(lines.join(QStringLiteral("<br>")));
    m_model->setEntries(content.entries);
    ColumnFit::fit(m_view); // the kinds of step and the staff are known now
    m_status->setText(content.entries.isEmpty()
            ? tr("Nothing has been recorded for this client yet.")
            : tr("%n entry(ies), oldest first.", nullptr, int(content.entries.size())));
    m_print->setEnabled(true);
    m_savePdf->setEnabled(true);
    // The latest steps are what the clerk looks for first; the file still reads from the top.
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, ClientFileModel::When));
        QTimer::singleShot(0, m_view, [view = m_view]() { view->scrollToBottom(); }); // once laid out
    }
    m_view->setFocus();
}

void ClientFileDialog::activateRow(int row)
{
    const ClientFileEntry* e = m_model->rowAt(row);
    if (!e || e->caseNumber.isEmpty())
        return;
    emit caseActivated(e->caseNumber);
    accept();
}

DocumentPrinting::Printable ClientFileDialog::printable() const
{
    const QString title = ClientFileOutput::title();
    return { QStringLiteral("%1 %2").arg(title, m_content.client.name),
        QStringLiteral("%1-%2.pdf").arg(title, m_content.client.name),
        ClientFileOutput::html(m_content, m_ctx.station().name, m_ctx.actor().displayName()),
        {} };
}
