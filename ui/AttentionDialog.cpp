#include "AttentionDialog.h"

#include "common/Clock.h"
#include "storage/DatabaseWorker.h"
#include "storage/OutboxStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
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

int AttentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const OutboxOp& op = m_ops.at(index.row());
    switch (index.column()) {
    case 0:
        return Clock::displayDateTime(op.deviceTime);
    case 1:
        return op.entity == QLatin1String("case")  ? tr("Case")
            : op.entity == QLatin1String("client") ? tr("Client")
                                                   : tr("Case event");
    case 2: {
        const QString number = op.payload.value(QStringLiteral("number")).toString();
        const QString name = op.payload.value(QStringLiteral("name")).toString();
        return !number.isEmpty() ? number : !name.isEmpty() ? name : op.recordId;
    }
    case 3:
        return op.result.value(QStringLiteral("message")).toString();
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers { tr("Saved"), tr("Kind"), tr("Record"), tr("Reason given by the platform") };
    return headers.value(section);
}

AttentionDialog::AttentionDialog(DatabaseWorker* worker, QWidget* parent)
    : QDialog(parent)
    , m_model(new AttentionModel(this))
{
    setWindowTitle(tr("Needs attention"));
    resize(900, 420);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("attentionTable"));
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(0, 130);
    view->setColumnWidth(2, 200);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* help = new QLabel(tr("The city platform refused these changes. They are kept on this computer exactly as "
                               "they were saved. Check the reason; where it names another station or an unknown "
                               "record, call the city platform's administrator with the record shown here."),
        this);
    help->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    worker->post<QList<OutboxOp>>(
        this,
        [](Database& db) {
            auto ops = OutboxStore::needingAttention(db);
            return ops ? ops.value() : QList<OutboxOp>();
        },
        [this](QList<OutboxOp> ops) { m_model->setOps(std::move(ops)); });
}
