#include "TimeLimitsDialog.h"

#include "AppContext.h"
#include "ScreenFit.h"
#include "models/TimeLimitModel.h"
#include "storage/DatabaseWorker.h"
#include "storage/UserStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
struct Loaded
{
    QList<TimeLimits::Limit> limits;
    QHash<QString, QString> staffNames;
};
} // namespace

TimeLimitsDialog::TimeLimitsDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_model(new TimeLimitModel(this))
    , m_view(new QTableView(this))
    , m_response(new QSpinBox(this))
    , m_close(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save for this item"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Time limits"));
    setObjectName(QStringLiteral("timeLimitsDialog"));
    m_view->setObjectName(QStringLiteral("timeLimitsView"));
    m_response->setObjectName(QStringLiteral("responseDays"));
    m_close->setObjectName(QStringLiteral("closeDays"));
    m_reason->setObjectName(QStringLiteral("limitReason"));
    m_save->setObjectName(QStringLiteral("saveLimit"));
    m_status->setObjectName(QStringLiteral("limitsStatus"));
    m_status->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // Kept as the platform's rules keep them (migration 24): 1 to 240 working days.
    for (QSpinBox* box : { m_response, m_close }) {
        box->setRange(1, 240);
        box->setSuffix(tr(" working days"));
    }
    m_reason->setPlaceholderText(tr("why the station's limits differ, e.g. 市局要求提速"));
    m_reason->setMaxLength(500);

    auto* form = new QFormLayout;
    form->addRow(tr("First response within"), m_response);
    form->addRow(tr("Closed within"), m_close);
    form->addRow(tr("Reason"), m_reason);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TimeLimitsDialog::save);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimeLimitsDialog::showSelected);

    auto* note
        = new QLabel(tr("New cases are registered under these limits; cases already registered keep theirs."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    showSelected();
    ScreenFit::resize(this, { 900, 560 });
    reload();
}

void TimeLimitsDialog::reload()
{
    const Catalog* catalog = &m_ctx.catalog();
    QHash<QString, QString> itemNames;
    for (const CatalogCategory& c : catalog->categories())
        for (const CatalogItem& i : c.items)
            itemNames.insert(i.code, i.displayName());
    const int row = m_view->currentIndex().row();
    m_ctx.reader()->post<Result<Loaded>>(
        this,
        [catalog](Database& db) -> Result<Loaded> {
            auto limits = TimeLimits(db, *catalog).all();
            if (!limits)
                return limits.error();
            auto names = UserStore::names(db);
            if (!names)
                return names.error();
            return Loaded { *limits, *names };
        },
        [this, itemNames, row](Result<Loaded> loaded) {
            if (!loaded) {
                m_status->setText(loaded.error().message.local);
                return;
            }
            m_model->setLimits(loaded->limits, itemNames, loaded->staffNames);
            m_view->resizeColumnsToContents();
            m_view->selectRow(std::max(row, 0));
        });
}

void TimeLimitsDialog::showSelected()
{
    const TimeLimits::Limit* l = m_model->limitAt(m_view->currentIndex().row());
    for (QWidget* w : std::initializer_list<QWidget*> { m_response, m_close, m_reason, m_save })
        w->setEnabled(l != nullptr);
    if (!l)
        return;
    m_response->setValue(l->responseDays);
    m_close->setValue(l->closeDays);
    m_reason->clear();
}

void TimeLimitsDialog::save()
{
    const TimeLimits::Limit* l = m_model->limitAt(m_view->currentIndex().row());
    if (!l)
        return;
    const Catalog* catalog = &m_ctx.catalog();
    const QString item = l->itemCode;
    const int response = m_response->value(), close = m_close->value();
    const QString reason = m_reason->text();
    const Actor actor = m_ctx.actor();
    m_save->setEnabled(false);
    m_ctx.writer()->post<Result<TimeLimits::Limit>>(
        this,
        [=](Database& db) { return TimeLimits(db, *catalog).set(item, response, close, reason, actor); },
        [this](Result<TimeLimits::Limit> r) {
            m_save->setEnabled(true);
            if (!r) {
                m_status->setText(r.error().message.local);
                return;
            }
            m_status->setText(tr("Saved: new cases of this item are due in %1 and %2 working days.")
                                  .arg(r->responseDays)
                                  .arg(r->closeDays));
            reload();
            emit saved();
        });
}
