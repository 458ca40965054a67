#include "pages/ImprovementTab.h"

#include "AppContext.h"
#include "Clauses.h"
#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/BlobStore.h"
#include "storage/DatabaseWorker.h"
#include "widgets/DateTimeFields.h"
#include "widgets/KeyedComboBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A small form with OK and Cancel; true when accepted.
bool askForm(QDialog& dialog, const QString& title, const QList<QPair<QString, QWidget*>>& rows)
{
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    for (const auto& [label, widget] : rows)
        form->addRow(label, widget);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    return dialog.exec() == QDialog::Accepted;
}

QDateEdit* dateEdit(const QDate& d, QWidget* parent)
{
    auto* e = new DateField(d, parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    return e;
}
} // namespace

ImprovementTab::ImprovementTab(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_evaluations(new ListTableModel<Evaluation>(
          {
              { tr("Kind"), [](const Evaluation& e) { return kEvaluationKinds.label(e.kind).local; } },
              { tr("Period"),
                  [](const Evaluation& e) {
                      return QStringLiteral("%1 – %2").arg(e.from.toString(Qt::ISODate), e.to.toString(Qt::ISODate));
                  } },
              { tr("Evaluator"), [](const Evaluation& e) { return e.evaluator; } },
              { tr("Score"),
                  [](const Evaluation& e) { return e.score < 0 ? QStringLiteral("—") : QString::number(e.score); } },
              { tr("Report"), [](const Evaluation& e) { return e.reportName; } },
              { tr("Conclusion"), [](const Evaluation& e) { return e.conclusion; } },
          },
          {},
          this))
    , m_plans(new ListTableModel<ImprovementPlan>(
          {
              { tr("Due"), [](const ImprovementPlan& p) { return p.due.toString(Qt::ISODate); } },
              { tr("Status"), [](const ImprovementPlan& p) { return kPlanStatuses.label(p.status).local; } },
              { tr("Owner"), [](const ImprovementPlan& p) { return p.owner; } },
              { tr("Problem"), [](const ImprovementPlan& p) { return p.problem; } },
              { tr("Measure"), [](const ImprovementPlan& p) { return p.measure; } },
              { tr("From"),
                  [](const ImprovementPlan& p) {
                      return p.complaintNumber.isEmpty() ? p.finding : p.complaintNumber;
                  } },
              { tr("Review"), [](const ImprovementPlan& p) { return p.reviewResult; } },
          },
          [](const ImprovementPlan& p) {
              return p.status != PlanStatus::Done && p.status != PlanStatus::Reviewed
                  && p.due < Clock::chinaDate(Clock::nowUtc());
          },
          this))
    , m_evaluationView(listTableView(m_evaluations, this))
    , m_planView(listTableView(m_plans, this))
    , m_addEvaluation(new QPushButton(tr("Record an evaluation…"), this))
    , m_saveReport(new QPushButton(tr("Save its report as…"), this))
    , m_addPlan(new QPushButton(tr("New improvement plan…"), this))
    , m_updatePlan(new QPushButton(tr("Update the plan…"), this))
{
    m_planView->setObjectName(QStringLiteral("planTable"));
    m_addPlan->setObjectName(QStringLiteral("addPlanButton"));
    m_updatePlan->setObjectName(QStringLiteral("updatePlanButton"));
    connect(m_addEvaluation, &QPushButton::clicked, this, &ImprovementTab::addEvaluation);
    connect(m_saveReport, &QPushButton::clicked, this, &ImprovementTab::saveReport);
    connect(m_addPlan, &QPushButton::clicked, this, &ImprovementTab::addPlan);
    connect(m_updatePlan, &QPushButton::clicked, this, &ImprovementTab::updatePlan);
    auto* evaluationBar = new QHBoxLayout;
    auto* evaluations = new QLabel(tr("<b>Evaluations</b>"), this);
    evaluations->setToolTip(clauseTip("8.1.2"));
    evaluationBar->addWidget(evaluations, 1);
    evaluationBar->addWidget(m_saveReport);
    evaluationBar->addWidget(m_addEvaluation);
    auto* planBar = new QHBoxLayout;
    auto* plans = new QLabel(tr("<b>Improvement plans</b>"), this);
    plans->setToolTip(clauseTip("8.2"));
    planBar->addWidget(plans, 1);
    planBar->addWidget(m_updatePlan);
    planBar->addWidget(m_addPlan);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(evaluationBar);
    layout->addWidget(m_evaluationView, 2);
    layout->addLayout(planBar);
    layout->addWidget(m_planView, 3);
}

void ImprovementTab::reload()
{
    const bool may = Permissions::allowed(m_ctx.actor().role, Permission::ManageImprovement) && !m_ctx.isArchive();
    for (QPushButton* b : { m_addEvaluation, m_addPlan, m_updatePlan })
        b->setEnabled(may);
    m_ctx.reader()->post<QPair<QList<Evaluation>, QList<ImprovementPlan>>>(
        this,
        [](Database& db) {
            Improvement improvement(db);
            auto evaluations = improvement.evaluations();
            auto plans = improvement.plans();
            return qMakePair(evaluations ? evaluations.value() : QList<Evaluation>(),
                plans ? plans.value() : QList<ImprovementPlan>());
        },
        [this](QPair<QList<Evaluation>, QList<ImprovementPlan>> rows) {
            m_evaluations->setRows(rows.first);
            m_plans->setRows(rows.second);
            m_evaluationView->resizeColumnsToContents();
            m_planView->resizeColumnsToContents();
        });
}

void ImprovementTab::addEvaluation()
{
    QDialog dialog(this);
    auto* kind = new QComboBox(&dialog);
    fillKeyedComboBox(kind, kEvaluationKinds);
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    auto* from = dateEdit(QDate(today.year(), 1, 1), &dialog);
    auto* to = dateEdit(today, &dialog);
    auto* evaluator = new QLineEdit(&dialog);
    auto* conclusion = new QPlainTextEdit(&dialog);
    auto* score = new QDoubleSpinBox(&dialog);
    score->setRange(-1, 100);
    score->setSpecialValueText(tr("none"));
    score->setValue(-1);
    auto* report = new QLineEdit(&dialog);
    auto* browse = new QPushButton(tr("Choose…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, report] {
        const QString f = QFileDialog::getOpenFileName(&dialog, tr("The written report"));
        if (!f.isEmpty())
            report->setText(f);
    });
    auto* reportRow = new QWidget(&dialog);
    auto* reportLayout = new QHBoxLayout(reportRow);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(report, 1);
    reportLayout->addWidget(browse);
    if (!askForm(dialog,
            tr("Record an evaluation"),
            { { tr("Kind"), kind },
                { tr("From"), from },
                { tr("To"), to },
                { tr("Evaluator"), evaluator },
                { tr("Conclusion"), conclusion },
                { tr("Score"), score },
                { tr("Report"), reportRow } }))
        return;
    const NewEvaluation e { kind->currentData().toString(),
        from->date(),
        to->date(),
        evaluator->text(),
        conclusion->toPlainText(),
        score->value(),
        report->text().trimmed() };
    const Actor actor = m_ctx.actor();
    m_ctx.writer()->post<Result<Evaluation>>(
        this,
        [e, actor](Database& db) { return Improvement(db).addEvaluation(e, actor); },
        [this](Result<Evaluation> r) {
            if (!r)
                QMessageBox::warning(this, tr("Not recorded"), r.error().message.local);
            reload();
        });
}

void ImprovementTab::saveReport()
{
    const Evaluation* e = m_evaluations->rowAt(m_evaluationView->currentIndex().row());
    if (!e || e->reportSha256.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), e->reportName);
    if (path.isEmpty())
        return;
    const QString sha = e->reportSha256;
    m_ctx.reader()->post<Result<QByteArray>>(
        this,
        [sha](Database& db) { return BlobStore::get(db, sha); },
        [this, path](Result<QByteArray> bytes) {
            QFile f(path);
            if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
                QMessageBox::warning(this, tr("Not saved"), bytes ? f.errorString() : bytes.error().message.local);
        });
}

void ImprovementTab::addPlan()
{
    QDialog dialog(this);
    auto* problem = new QPlainTextEdit(&dialog);
    auto* measure = new QPlainTextEdit(&dialog);
    auto* owner = new QLineEdit(&dialog);
    auto* due = dateEdit(Clock::chinaDate(Clock::nowUtc()).addMonths(1), &dialog);
    auto* complaint = new QLineEdit(&dialog);
    complaint->setPlaceholderText(QStringLiteral("TS-LN-20261129-0001"));
    auto* finding = new QLineEdit(&dialog);
    if (!askForm(dialog,
            tr("New improvement plan"),
            { { tr("Problem"), problem },
                { tr("Measure"), measure },
                { tr("Owner"), owner },
                { tr("Due"), due },
                { tr("From complaint"), complaint },
                { tr("From survey finding"), finding } }))
        return;
    const NewImprovementPlan p {
        problem->toPlainText(), measure->toPlainText(), owner->text(), due->date(), complaint->text(), finding->text()
    };
    const Actor actor = m_ctx.actor();
    m_ctx.writer()->post<Result<ImprovementPlan>>(
        this,
        [p, actor](Database& db) { return Improvement(db).addPlan(p, actor); },
        [this](Result<ImprovementPlan> r) {
            if (!r)
                QMessageBox::warning(this, tr("Not recorded"), r.error().message.local);
            reload();
        });
}

void ImprovementTab::updatePlan()
{
    const ImprovementPlan* plan = m_plans->rowAt(m_planView->currentIndex().row());
    if (!plan)
        return;
    QDialog dialog(this);
    auto* status = new QComboBox(&dialog);
    fillKeyedComboBox(status, kPlanStatuses);
    status->setCurrentIndex(status->findData(kPlanStatuses.key(plan->status)));
    auto* review = new QPlainTextEdit(plan->reviewResult, &dialog);
    if (!askForm(dialog,
            tr("Update the plan: %1").arg(plan->problem),
            { { tr("Status"), status }, { tr("Review"), review } }))
        return;
    const QString id = plan->id, to = status->currentData().toString(), text = review->toPlainText();
    const Actor actor = m_ctx.actor();
    m_ctx.writer()->post<Result<ImprovementPlan>>(
        this,
        [id, to, text, actor](Database& db) { return Improvement(db).updatePlan(id, to, text, actor); },
        [this](Result<ImprovementPlan> r) {
            if (!r)
                QMessageBox::warning(this, tr("Not recorded"), r.error().message.local);
            reload();
        });
}
