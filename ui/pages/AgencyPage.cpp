#include "pages/AgencyPage.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "models/AgencyListModel.h"
#include "security/Permissions.h"
#include "storage/AgencyStore.h"
#include "storage/DatabaseWorker.h"
#include "workflow/AgencyArchive.h"
#include "workflow/AgencyImport.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

AgencyPage::AgencyPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_model(new AgencyListModel(ctx.catalog(), this))
    , m_table(new QTableView(this))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("agencyPage"));
    auto* add = new QPushButton(tr("Add an agency…"), this);
    add->setObjectName(QStringLiteral("agencyAdd"));
    auto* import = new QPushButton(tr("Import from CSV…"), this);
    import->setObjectName(QStringLiteral("agencyImport"));
    m_importHelp = tr("A file saved from Excel as CSV (UTF-8 or GBK) with a header row: 名称, 服务事项, "
                      "统一社会信用代码, 资质名称, 有效期起, 有效期止, …");
    m_warnings->setObjectName(QStringLiteral("agencyWarnings"));
    m_warnings->setStyleSheet(QStringLiteral("color:#c00000"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(import);
    bar->addStretch(1);
    bar->addWidget(m_warnings);
    m_table->setObjectName(QStringLiteral("agencyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AgencyListModel::Name, 260);
    m_table->setColumnWidth(AgencyListModel::Scope, 140);
    m_table->setColumnWidth(AgencyListModel::Qualifications, 380);
    m_table->setColumnWidth(AgencyListModel::Load, 120);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &AgencyPage::addAgency);
    // Offered only to whoever may keep the archive (core refuses the others too), with the reason.
    auto followRole = [this, add, import](const Actor& actor) {
        const bool may = Permissions::allowed(actor.role, Permission::ManageAgencies) && !m_ctx.isArchive();
        const QString why = may ? QString() : tr("Only a station administrator adds or imports service agencies.");
        add->setEnabled(may);
        import->setEnabled(may);
        add->setToolTip(why);
        import->setToolTip(may ? m_importHelp : why);
    };
    followRole(ctx.actor());
    connect(&ctx, &AppContext::actorChanged, this, followRole);
    connect(import, &QPushButton::clicked, this, [this]() {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import agencies"), {}, tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            importFile(path);
    });
}

// Agencies change elsewhere too (an import on the command line, a sync, the load of each handoff).
void AgencyPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AgencyPage::reload()
{
    m_ctx.reader()->post<QList<Agency>>(
        this,
        [](Database& db) {
            auto all = AgencyStore::list(db);
            return all ? all.value() : QList<Agency>();
        },
        [this](QList<Agency> agencies) {
            const QDate today = Clock::chinaDate(Clock::nowUtc());
            int renew = 0;
            for (const Agency& a : agencies)
                renew += a.needingRenewal(today).isEmpty() ? 0 : 1;
            m_warnings->setText(renew == 0
                    ? QString()
                    : tr("%n agency(ies) with a qualification expired or expiring within 30 days", nullptr, renew));
            m_model->setAgencies(std::move(agencies), today);
        });
}

void AgencyPage::addAgency()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a service agency"));
    auto* name = new QLineEdit(&dialog);
    auto* uscc = new QLineEdit(&dialog);
    auto* items = new QLineEdit(&dialog);
    items->setPlaceholderText(QStringLiteral("5.1.2, 5.4"));
    auto* contact = new QLineEdit(&dialog);
    auto* phone = new QLineEdit(&dialog);
    auto* capability = new QPlainTextEdit(&dialog);
    capability->setMaximumHeight(70);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color:#b00020"));
    error->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name);
    form->addRow(tr("Unified social credit code"), uscc);
    form->addRow(tr("Service items"), items);
    form->addRow(tr("Contact person"), contact);
    form->addRow(tr("Phone"), phone);
    form->addRow(tr("Technical capability"), capability);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        NewAgency a;
        a.name = name->text();
        a.uscc = uscc->text();
        a.items = items->text().split(QRegularExpression(QStringLiteral("[,，;；、\\s]+")), Qt::SkipEmptyParts);
        a.contactName = contact->text();
        a.phone = phone->text();
        a.capability = capability->toPlainText();
        // A single small insert: run on the writer and wait for it, the dialog stays responsive.
        const Actor actor = m_ctx.actor();
        const Catalog* catalog = &m_ctx.catalog();
        m_ctx.writer()->post<Result<Agency>>(
            &dialog,
            [a, actor, catalog](Database& db) { return AgencyArchive(db, *catalog).add(a, actor); },
            [&](Result<Agency> r) {
                if (!r) {
                    error->setText(r.error().message.local);
                    return;
                }
                dialog.accept();
            });
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AgencyPage::importFile(const QString& path)
{
    const Actor actor = m_ctx.actor();
    const Catalog* catalog = &m_ctx.catalog();
    m_ctx.writer()->post<Result<ImportReport>>(
        this,
        [path, actor, catalog](Database& db) { return AgencyImport(db, *catalog).importFile(path, actor); },
        [this](Result<ImportReport> r) {
            if (!r) {
                QMessageBox::warning(this, tr("Import agencies"), r.error().message.local);
                return;
            }
            QStringList lines;
            for (const ImportRow& row : r->rows)
                if (!row.accepted)
                    lines << tr("Line %1 (%2): %3").arg(row.line).arg(row.name, row.message.local);
            auto* box = new QMessageBox(r->imported ? QMessageBox::Information : QMessageBox::Warning,
                tr("Import agencies"),
                r->imported ? tr("%n agency(ies) imported (%1).", nullptr, r->agencies).arg(r->encoding)
                            : tr("Nothing was imported: %1 of %2 rows were rejected. Correct them in the file and "
                                 "import it again.")
                                  .arg(r->rejected())
                                  .arg(r->rows.size()),
                QMessageBox::Ok,
                this);
            box->setObjectName(QStringLiteral("importReport"));
            box->setDetailedText(lines.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            if (r->imported)
                reload();
        });
}
