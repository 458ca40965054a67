#include "AttentionDialog.h"

#include "common/Clock.h"
#include "domain/CaseStatus.h"
#include "storage/DatabaseWorker.h"
#include "storage/OutboxStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

void AttentionModel::setOps(QList<OutboxOp> ops)
{
    beginResetModel();
    m_ops = std::move(ops);
    endResetModel();
}

int AttentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ops.size());
}

const OutboxOp* AttentionModel::opAt(int row) const
{
    return row >= 0 && row < m_ops.size() ? &m_ops.at(row) : nullptr;
}

int AttentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString statusLabel(const QJsonValue& key)
{
    const auto status = CaseStatuses::fromKey(key.toString());
    return status ? CaseStatuses::label(*status).local : key.toString();
}
} // namespace

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const OutboxOp& op = m_ops.at(index.row());
    const bool transition = op.kind == QLatin1String("transition");
    const bool conflict = op.state == QLatin1String("conflict");
    switch (index.column()) {
    case Saved:
        return Clock::displayDateTime(op.deviceTime);
    case Record: {
        const QString number = op.payload.value(QStringLiteral("number")).toString();
        const QString name = op.payload.value(QStringLiteral("name")).toString();
        return !number.isEmpty() ? number : !name.isEmpty() ? name : op.recordId;
    }
    case Change:
        if (transition)
            return tr("Status: %1 → %2")
                .arg(statusLabel(op.payload.value(QStringLiteral("from"))),
                    statusLabel(op.payload.value(QStringLiteral("to"))));
        return op.entity == QLatin1String("case")  ? tr("New case")
            : op.entity == QLatin1String("client") ? tr("New client")
                                                   : tr("Timeline entry");
    case Reason:
        if (conflict && transition)
            return tr("Changed at the platform meanwhile: the case is %1 there.")
                .arg(
                    statusLabel(op.result.value(QStringLiteral("current")).toObject().value(QStringLiteral("status"))));
        return op.result.value(QStringLiteral("message")).toString();
    case WhatToDo:
        if (conflict)
            return tr("Open the case and read its timeline: both changes are on it. If yours still applies, "
                      "make it again from where the case stands; then mark this item dealt with.");
        return tr("Call the city platform's administrator with the record and reason shown here; the record "
                  "stays on this computer. Mark the item dealt with once it is settled.");
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Saved:
        return tr("Saved");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    case Reason:
        return tr("What happened");
    case WhatToDo:
        return tr("What to do");
    }
    return {};
}

AttentionDialog::AttentionDialog(DatabaseWorker* worker, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_actor(actor)
    , m_model(new AttentionModel(this))
    , m_view(new QTableView(this))
    , m_resolve(new QPushButton(tr("Mark as dealt with"), this))
{
    setWindowTitle(tr("Needs attention"));
    resize(1100, 460);
    m_view->setObjectName(QStringLiteral("attentionTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->setColumnWidth(AttentionModel::Saved, 130);
    m_view->setColumnWidth(AttentionModel::Record, 180);
    m_view->setColumnWidth(AttentionModel::Change, 170);
    m_view->setColumnWidth(AttentionModel::Reason, 260);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* help = new QLabel(tr("The city platform did not take these changes. They are kept on this computer exactly "
                               "as they were saved; nothing was overwritten."),
        this);
    help->setWordWrap(true);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resolve, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolve, &QPushButton::clicked, this, &AttentionDialog::resolveCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        m_resolve->setEnabled(m_model->opAt(i.row()) != nullptr);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    load();
}

void AttentionDialog::load()
{
    m_worker->post<QList<OutboxOp>>(
        this,
        [](Database& db) {
            auto ops = OutboxStore::needingAttention(db);
            return ops ? ops.value() : QList<OutboxOp>();
        },
        [this](QList<OutboxOp> ops) {
            m_model->setOps(std::move(ops));
            m_view->resizeRowsToContents();
            m_resolve->setEnabled(false);
        });
}

void AttentionDialog::resolveCurrent()
{
    const OutboxOp* op = m_model->opAt(m_view->currentIndex().row());
    if (!op)
        return;
    const qint64 seq = op->seq;
    const Actor actor = m_actor;
    m_worker->post<Status>(
        this,
        [seq, actor](Database& db) { return OutboxStore::resolve(db, seq, actor); },
        [this](Status s) {
            if (!s)
                QMessageBox::warning(this, tr("Not done"), s.error().message.local);
            load();
            emit resolved();
        });
}
