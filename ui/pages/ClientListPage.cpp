#include "pages/ClientListPage.h"

#include "AppContext.h"
#include "ClientFileDialog.h"
#include "KeyFlow.h"
#include "common/Clock.h"
#include "models/CaseListModel.h"
#include "models/ClientListModel.h"
#include "models/ColumnFit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
void setUpTable(QTableView* t)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

ClientListPage::ClientListPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_clients(new ClientListModel(ctx.reader(), this))
    , m_cases(new CaseListModel(ctx.reader(), &ctx.catalog(), this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("clientListPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientArchiveSearch"));
    m_search->setPlaceholderText(tr("Search the archive: name, credit code, contact or phone"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_clients);
    setUpTable(m_table);
    m_table->setColumnWidth(ClientListModel::Name, 320);
    m_table->setColumnWidth(ClientListModel::Uscc, 190);
    m_table->setColumnWidth(ClientListModel::Contact, 90);
    m_table->setColumnWidth(ClientListModel::Phone, 130);

    m_detail = new QLabel(tr("Choose a client to see the details and cases."), this);
    m_detail->setObjectName(QStringLiteral("clientDetail"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_openFile = new QPushButton(tr("Client file…"), this);
    m_openFile->setObjectName(QStringLiteral("openClientFile"));
    m_openFile->setToolTip(tr("Every case, visit, notice, handoff, return visit and complaint of the client in one "
                              "list, to print (Enter on the client)"));
    m_openFile->setEnabled(false);
    m_caseTable = new QTableView(this);
    m_caseTable->setObjectName(QStringLiteral("clientCases"));
    m_caseTable->setModel(m_cases);
    setUpTable(m_caseTable);
    m_caseTable->setColumnWidth(CaseListModel::Item, 220);
    ColumnFit::fit(m_caseTable);
    m_caseTable->hideColumn(CaseListModel::Client);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_openFile, 0, Qt::AlignTop);
    lowerLayout->addLayout(detailRow);
    lowerLayout->addWidget(m_caseTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, [this]() { m_clients->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    KeyFlow::searchKeys(this, m_search, m_table); // Ctrl+F, ↓ into the results: as on every page
    connect(m_clients, &ClientListModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(total < 0 ? tr("Counting…") : tr("%1 clients").arg(QLocale().toString(total)));
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            currentRowChanged(current.row());
        });
    connect(m_table, &QTableView::activated, this, &ClientListPage::openClientFile);
    connect(m_openFile, &QPushButton::clicked, this, &ClientListPage::openClientFile);
    connect(m_caseTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const auto c = m_cases->caseAt(index.row()))
            emit caseActivated(c->number);
    });
    connect(&ctx, &AppContext::caseRegistered, this, [this]() { m_clients->reload(); });
    m_clients->setSearch(QString());
}

void ClientListPage::currentRowChanged(int row)
{
    const auto c = m_clients->clientAt(row);
    m_openFile->setEnabled(c.has_value());
    if (!c)
        return;
    QStringList lines { QStringLiteral("<b>%1</b>").arg(c->name.toHtmlEscaped()) };
    if (!c->uscc.isEmpty())
        lines << tr("Unified social credit code: %1").arg(c->uscc);
    if (!c->contactName.isEmpty() || !c->phone.isEmpty())
        lines << tr("Contact: %1 %2").arg(c->contactName.toHtmlEscaped(), c->phone);
    lines << tr("In the archive since %1").arg(Clock::displayDateTime(c->createdAt));
    m_detail->setText(lines.join(QStringLiteral("<br>")));
    CaseFilter f;
    f.clientSeq = c->seq;
    m_cases->setFilter(f);
}

void ClientListPage::openClientFile()
{
    const auto c = m_clients->clientAt(m_table->currentIndex().row());
    if (!c)
        return;
    auto* dialog = new ClientFileDialog(m_ctx, c->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientFileDialog::caseActivated, this, &ClientListPage::caseActivated);
    dialog->open();
}
