#include "AttentionDialog.h"

#include "ScreenFit.h"
#include "common/Clock.h"
#include "domain/CaseStatus.h"
#include "storage/DatabaseWorker.h"
#include "storage/OutboxStore.h"
#include "sync/ConflictChoice.h"
#include "sync/HeldRecords.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
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
// A held record as a person knows it: its kind, and the case number or the client's name.
QString heldRecordText(const HeldRecord& h)
{
    const QJsonObject p = h.change.value(QStringLiteral("payload")).toObject();
    const QString kind = h.entity == QLatin1String("case") ? AttentionDialog::tr("Case")
        : h.entity == QLatin1String("client")              ? AttentionDialog::tr("Client")
        : h.entity == QLatin1String("visit")               ? AttentionDialog::tr("On-site visit record")
                                                           : AttentionDialog::tr("Timeline entry");
    const QString number = p.value(QStringLiteral("number")).toString();
    const QString name = p.value(QStringLiteral("name")).toString();
    return QStringLiteral("%1 %2").arg(kind, !number.isEmpty() ? number : !name.isEmpty() ? name : h.recordId);
}

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
    const bool answerChoice = op.kind == QLatin1String("answer"); // a choice sent before, in conflict again
    const bool conflict = op.state == OutboxState::Conflict;
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
        if (answerChoice)
            return tr("Answer chosen after a conflict");
        return op.entity == QLatin1String("case")  ? tr("New case")
            : op.entity == QLatin1String("client") ? tr("New client")
                                                   : tr("Timeline entry");
    case Reason:
        if (conflict && (transition || answerChoice)) {
            const QJsonObject current = op.result.value(QStringLiteral("current")).toObject();
            const QString theirs = current.value(QStringLiteral("answer")).toString();
            const QString ours = op.payload.value(QStringLiteral("answer")).toString();
            QString text = tr("Changed at the platform meanwhile: the case is %1 there.")
                               .arg(statusLabel(current.value(QStringLiteral("status"))));
            if (!ours.isEmpty() && ours != theirs) // both answers, so a person can choose
                text += QLatin1Char('\n') + tr("The platform's answer: %1").arg(theirs) + QLatin1Char('\n')
                    + tr("This station's answer: %1").arg(ours);
            return text;
        }
        return op.result.value(QStringLiteral("message")).toString();
    case WhatToDo:
        if (conflict)
            return tr("Read both sides, then choose whose change stands: Keep the platform's (the case stays as it "
                      "is there), or Keep this station's (made again on top of the platform's, sent at the next "
                      "sync). Both stay on the case's timeline.");
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
    , m_keepPlatform(new QPushButton(tr("Keep the platform's"), this))
    , m_keepMine(new QPushButton(tr("Keep this station's"), this))
    , m_held(new ListTableModel<HeldRecord>(
          { { tr("Received"), [](const HeldRecord& h) { return Clock::displayDateTime(h.firstSeen); } },
              { tr("Record"), heldRecordText },
              { tr("Tries"), [](const HeldRecord& h) { return QString::number(h.attempts); } },
              { tr("Why it was not saved"), [](const HeldRecord& h) { return h.reason.local; } } },
          {},
          this))
    , m_retryHeld(new QPushButton(tr("Apply again"), this))
    , m_dismissHeld(new QPushButton(tr("Dismiss"), this))
{
    setWindowTitle(tr("Needs attention"));
    ScreenFit::resize(this, { 1100, 460 });
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
    m_keepPlatform->setObjectName(QStringLiteral("keepPlatformButton"));
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    for (QPushButton* b : { m_keepPlatform, m_keepMine, m_resolve }) {
        b->setEnabled(false);
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolve, &QPushButton::clicked, this, [this]() {
        settleCurrent([](Database& db, qint64 seq, const Actor& a) { return OutboxStore::resolve(db, seq, a); });
    });
    connect(m_keepPlatform, &QPushButton::clicked, this, [this]() {
        settleCurrent([](Database& db, qint64 seq, const Actor& a) {
            return ConflictChoice::settle(db, seq, ConflictChoice::Keep::Platform, a);
        });
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this]() {
        settleCurrent([](Database& db, qint64 seq, const Actor& a) {
            return ConflictChoice::settle(db, seq, ConflictChoice::Keep::Mine, a);
        });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        const OutboxOp* op = m_model->opAt(i.row());
        const bool conflict = op && op->state == OutboxState::Conflict && op->entity == QLatin1String("case");
        // A conflict is settled by a choice, a refusal by marking it dealt with.
        m_resolve->setEnabled(op && !conflict);
        m_keepPlatform->setEnabled(conflict);
        m_keepMine->setEnabled(conflict);
    });
    m_heldView = listTableView(m_held, this);
    m_heldView->setObjectName(QStringLiteral("heldTable"));
    m_heldView->setWordWrap(true);
    m_heldView->setColumnWidth(0, 130);
    m_heldView->setColumnWidth(1, 240);
    m_heldView->setColumnWidth(2, 70);
    auto* heldHelp = new QLabel(tr("Received from the city platform but not saved here: the rest of the sync went on "
                                   "without them. Apply one again once its cause is mended (what waited for it "
                                   "follows), or dismiss it."),
        this);
    heldHelp->setWordWrap(true);
    m_retryHeld->setObjectName(QStringLiteral("retryHeldButton"));
    m_dismissHeld->setObjectName(QStringLiteral("dismissHeldButton"));
    for (QPushButton* b : { m_retryHeld, m_dismissHeld })
        b->setEnabled(false);
    connect(m_retryHeld, &QPushButton::clicked, this, [this]() { settleHeld(true); });
    connect(m_dismissHeld, &QPushButton::clicked, this, [this]() { settleHeld(false); });
    connect(m_heldView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        for (QPushButton* b : { m_retryHeld, m_dismissHeld })
            b->setEnabled(m_held->rowAt(i.row()) != nullptr);
    });
    auto* heldButtons = new QHBoxLayout;
    heldButtons->addStretch(1);
    heldButtons->addWidget(m_retryHeld);
    heldButtons->addWidget(m_dismissHeld);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_view, 1);
    layout->addWidget(heldHelp);
    layout->addWidget(m_heldView, 1);
    layout->addLayout(heldButtons);
    layout->addWidget(buttons);
    load();
}

void AttentionDialog::settleHeld(bool retry)
{
    const HeldRecord* h = m_held->rowAt(m_heldView->currentIndex().row());
    if (!h)
        return;
    const qint64 seq = h->seq;
    const Actor actor = m_actor;
    m_worker->post<Status>(
        this,
        [seq, actor, retry](
            Database& db) { return retry ? HeldRecords::retry(db, seq, actor) : HeldRecords::dismiss(db, seq, actor); },
        [this](Status s) {
            if (!s)
                QMessageBox::warning(this, tr("Not done"), s.error().message.local);
            load();
            emit resolved();
        });
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
            for (QPushButton* b : { m_keepPlatform, m_keepMine, m_resolve })
                b->setEnabled(false);
        });
    m_worker->post<Result<QList<HeldRecord>>>(
        this,
        [](Database& db) { return QuarantineStore::held(db); },
        [this](Result<QList<HeldRecord>> held) {
            for (QPushButton* b : { m_retryHeld, m_dismissHeld })
                b->setEnabled(false);
            if (!held) {
                QMessageBox::warning(this, tr("Not done"), held.error().message.local);
                return;
            }
            replaceRowsKeepingChoice<HeldRecord>(
                m_held, m_heldView, held.value(), [](const HeldRecord& h) { return QString::number(h.seq); });
            m_heldView->resizeRowsToContents();
        });
}

void AttentionDialog::settleCurrent(std::function<Status(Database&, qint64, const Actor&)> settle)
{
    const OutboxOp* op = m_model->opAt(m_view->currentIndex().row());
    if (!op)
        return;
    const qint64 seq = op->seq;
    const Actor actor = m_actor;
    m_worker->post<Status>(
        this,
        [seq, actor, settle](Database& db) { return settle(db, seq, actor); },
        [this](Status s) {
            if (!s)
                QMessageBox::warning(this, tr("Not done"), s.error().message.local);
            load();
            emit resolved();
        });
}
