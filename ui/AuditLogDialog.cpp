#include "AuditLogDialog.h"

#include "AppContext.h"
#include "ScreenFit.h"
#include "common/Clock.h"
#include "models/AuditLogModel.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseWorker.h"
#include "widgets/DateTimeFields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_model(new AuditLogModel(ctx.reader(), ctx.actor(), this))
    , m_user(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_record(new QLineEdit(this))
    , m_period(new QCheckBox(tr("Period"), this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditLogDialog"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_user->setPlaceholderText(tr("User, e.g. zhangli"));
    m_action->setPlaceholderText(tr("Action, e.g. case. or user.login"));
    m_record->setPlaceholderText(tr("Record id or login"));
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    connect(m_period, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_period, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_record);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    auto* search = new QPushButton(tr("Filter"), this);
    search->setDefault(true);
    filters->addWidget(search);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    auto* verifyButton = buttons->addButton(tr("Check the chain"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    verifyButton->setObjectName(QStringLiteral("auditVerify"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(search, &QPushButton::clicked, this, &AuditLogDialog::applyFilter);
    for (QLineEdit* e : { m_user, m_action, m_record })
        connect(e, &QLineEdit::returnPressed, this, &AuditLogDialog::applyFilter);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this,
            tr("Export the audit log"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/审计日志.csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(m_model, &AuditLogModel::failed, m_status, &QLabel::setText);
    connect(m_model, &AuditLogModel::loaded, this, [this]() {
        if (m_model->rowCount() <= 200) // the first page: fit the columns once, not on every scroll
            for (int c = 0; c < AuditLogModel::Details; ++c)
                m_view->resizeColumnToContents(c);
        m_status->setText(
            tr("%n entries shown, newest first; scroll down for older ones.", nullptr, m_model->rowCount()));
    });
    ScreenFit::resize(this, { 1100, 640 });
    applyFilter();
}

void AuditLogDialog::applyFilter()
{
    AuditFilter f;
    f.actor = m_user->text();
    f.action = m_action->text();
    f.entityId = m_record->text();
    if (m_period->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    m_model->setFilter(f);
}

void AuditLogDialog::exportTo(const QString& path)
{
    const AuditFilter filter = m_model->filter();
    const Actor actor = m_ctx.actor();
    m_status->setText(tr("Exporting…"));
    // A write (the export is itself audited), so on the writer's thread.
    m_ctx.writer()->post<Result<qint64>>(
        this,
        [filter, path, actor](Database& db) { return AuditQuery::exportCsv(db, filter, path, actor); },
        [this, path](Result<qint64> rows) {
            if (!rows) {
                m_status->setText(rows.error().message.local);
                return;
            }
            m_status->setText(tr("%n entries exported to %1.", nullptr, int(*rows)).arg(path));
            emit exported(*rows);
        });
}

void AuditLogDialog::verify()
{
    m_status->setText(tr("Checking every entry…"));
    m_ctx.reader()->post<Result<AuditLog::Verification>>(
        this,
        [](Database& db) { return AuditLog::verify(db); },
        [this](Result<AuditLog::Verification> v) {
            if (!v)
                m_status->setText(v.error().message.local);
            else if (v->holds())
                m_status->setText(
                    tr("The audit log holds: %n entries, none edited, removed or moved.", nullptr, int(v->entries)));
            else
                m_status->setText(v->problem.local);
        });
}
