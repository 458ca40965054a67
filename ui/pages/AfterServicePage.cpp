#include "pages/AfterServicePage.h"

#include "AppContext.h"
#include "Clauses.h"
#include "ComplaintDialog.h"
#include "ComplaintStepDialog.h"
#include "ReturnVisitDialog.h"
#include "common/Clock.h"
#include "pages/ImprovementTab.h"
#include "security/Permissions.h"
#include "storage/ComplaintStore.h"
#include "storage/DatabaseWorker.h"
#include "widgets/DateTimeFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int kLookBackDays = 90; // closed in the last three months

QDate today()
{
    return Clock::chinaDate(Clock::nowUtc());
}

template<typename Table>
QStringList labelsOf(const Table& table)
{
    QStringList labels;
    for (const auto value : table.all())
        labels << table.label(value).local;
    return labels;
}

ListTableModel<ComplaintCount>* countModel(const QString& first, QObject* parent)
{
    return new ListTableModel<ComplaintCount>(
        {
            { first, [](const ComplaintCount& c) { return c.label; } },
            { AfterServicePage::tr("Received"), [](const ComplaintCount& c) { return QString::number(c.received); } },
            { AfterServicePage::tr("Valid"), [](const ComplaintCount& c) { return QString::number(c.valid); } },
            { AfterServicePage::tr("Not valid"), [](const ComplaintCount& c) { return QString::number(c.invalid); } },
        },
        {},
        parent);
}
} // namespace

AfterServicePage::AfterServicePage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_due(new ListTableModel<DueReturnVisit>(
          {
              { tr("Case"), [](const DueReturnVisit& d) { return d.caseNumber; } },
              { tr("Client"), [](const DueReturnVisit& d) { return d.clientName; } },
              { tr("Phone"), [](const DueReturnVisit& d) { return d.phone; } },
              { tr("Closed"), [](const DueReturnVisit& d) { return Clock::displayDateTime(d.closedAt); } },
              { tr("Visit by"), [](const DueReturnVisit& d) { return d.due.toString(Qt::ISODate); } },
              { tr("Why"),
                  [](const DueReturnVisit& d) {
                      return d.complained ? tr("The client complained") : tr("Picked by the plan");
                  } },
          },
          [](const DueReturnVisit& d) { return d.due < today(); },
          this))
    , m_complaints(new ListTableModel<Complaint>(
          {
              { tr("Number"), [](const Complaint& k) { return k.number; } },
              { tr("Received at"), [](const Complaint& k) { return Clock::displayDateTime(k.receivedAt); } },
              { tr("Channel"), [](const Complaint& k) { return kComplaintChannels.label(k.channel).local; } },
              { tr("Class"), [](const Complaint& k) { return kComplaintCategories.label(k.category).local; } },
              { tr("State"), [](const Complaint& k) { return kComplaintStates.label(k.state).local; } },
              { tr("Answer due"), [](const Complaint& k) { return k.answerDue.toString(Qt::ISODate); } },
              { tr("Complaint"), [](const Complaint& k) { return k.summary; } },
          },
          [](const Complaint& k) { return k.overdueOn(today()); },
          this))
    , m_byClass(countModel(tr("Class"), this))
    , m_byAgency(countModel(tr("Agency"), this))
    , m_byStaff(countModel(tr("Staff member"), this))
{
    // The widest a column may be, so an empty list is laid out as a full one will be (ColumnFit).
    const QStringList dateTime { Clock::displayDateTime(QDateTime(QDate(2026, 12, 28), QTime(20, 58), Qt::UTC)) };
    const QStringList date { QStringLiteral("2026-12-28") };
    m_due->setWidest(0, { QStringLiteral("LZ-LN-20261124-0007") });
    m_due->setWidest(2, { QStringLiteral("0772-12345678") });
    m_due->setWidest(3, dateTime);
    m_due->setWidest(4, date);
    m_due->setWidest(5, { tr("The client complained"), tr("Picked by the plan") });
    m_complaints->setWidest(0, { QStringLiteral("TS-LN-20261129-0001") });
    m_complaints->setWidest(1, dateTime);
    m_complaints->setWidest(2, labelsOf(kComplaintChannels));
    m_complaints->setWidest(3, labelsOf(kComplaintCategories));
    m_complaints->setWidest(4, labelsOf(kComplaintStates));
    m_complaints->setWidest(5, date);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("afterServiceTabs"));
    // The labels say what each tab is; the clause it serves is in its tooltip (issue 18).
    tabs->setTabToolTip(tabs->addTab(buildReturnVisits(), tr("Return visits due")), clauseTip("7.4.2"));
    tabs->setTabToolTip(tabs->addTab(buildComplaints(), tr("Complaints")), clauseTip("7.5"));
    tabs->setTabToolTip(tabs->addTab(buildAssessment(), tr("Complaint statistics and assessment")), clauseTip("7.5.4"));
    m_improvement = new ImprovementTab(m_ctx, this);
    tabs->setTabToolTip(tabs->addTab(m_improvement, tr("Evaluation and improvement")), clauseTip("8"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    connect(&m_ctx, &AppContext::actorChanged, this, &AfterServicePage::reload);
    reload();
}

QWidget* AfterServicePage::buildReturnVisits()
{
    auto* page = new QWidget(this);
    m_dueView = listTableView(m_due, page);
    m_dueView->setObjectName(QStringLiteral("dueTable"));
    m_dueCount = new QLabel(page);
    m_recordVisit = new QPushButton(tr("Record the return visit…"), page);
    m_recordVisit->setObjectName(QStringLiteral("recordVisitButton"));
    m_recordVisit->setEnabled(false);
    connect(m_recordVisit, &QPushButton::clicked, this, &AfterServicePage::recordReturnVisit);
    connect(m_dueView, &QTableView::doubleClicked, this, &AfterServicePage::recordReturnVisit);
    connect(m_dueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        m_recordVisit->setEnabled(m_due->rowAt(i.row()) != nullptr
            && Permissions::allowed(m_ctx.actor().role, Permission::RecordAfterService) && !m_ctx.isArchive());
    });
    m_plan = new QPushButton(tr("Return-visit plan…"), page);
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_plan->setToolTip(tr("Which closed cases get a return visit, and within how many working days"));
    connect(m_plan, &QPushButton::clicked, this, &AfterServicePage::editPlan);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_dueCount, 1);
    bar->addWidget(m_plan);
    bar->addWidget(m_recordVisit);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_dueView, 1);
    return page;
}

QWidget* AfterServicePage::buildComplaints()
{
    auto* page = new QWidget(this);
    m_complaintView = listTableView(m_complaints, page);
    m_complaintView->setObjectName(QStringLiteral("complaintTable"));
    m_complaintFilter = new QComboBox(page);
    m_complaintFilter->setObjectName(QStringLiteral("complaintFilter"));
    m_complaintFilter->addItem(tr("Open complaints"), QStringLiteral("open"));
    m_complaintFilter->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_complaintFilter->addItem(tr("All, newest first"), QStringLiteral("all"));
    m_complaintDetail = new QTextBrowser(page);
    m_complaintDetail->setObjectName(QStringLiteral("complaintDetail"));
    m_registerComplaint = new QPushButton(tr("Register a complaint…"), page);
    m_registerComplaint->setObjectName(QStringLiteral("registerComplaintButton"));
    m_advance = new QPushButton(tr("Next step…"), page);
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    m_advance->setEnabled(false);
    connect(m_complaintFilter, &QComboBox::currentIndexChanged, this, &AfterServicePage::loadComplaints);
    connect(m_registerComplaint, &QPushButton::clicked, this, &AfterServicePage::registerComplaint);
    connect(m_advance, &QPushButton::clicked, this, &AfterServicePage::advanceComplaint);
    connect(
        m_complaintView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
            showComplaint(i.row());
        });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_complaintFilter);
    bar->addStretch(1);
    bar->addWidget(m_registerComplaint);
    bar->addWidget(m_advance);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_complaintView);
    split->addWidget(m_complaintDetail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    return page;
}

QWidget* AfterServicePage::buildAssessment()
{
    auto* page = new QWidget(this);
    m_assessFrom = new DateField(QDate(today().year(), 1, 1), page);
    m_assessTo = new DateField(today(), page);
    for (QDateEdit* e : { m_assessFrom, m_assessTo }) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
        connect(e, &QDateEdit::dateChanged, this, &AfterServicePage::loadAssessment);
    }
    m_assessSummary = new QLabel(page);
    m_assessSummary->setObjectName(QStringLiteral("assessmentSummary"));
    m_assessSummary->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Received from"), page));
    bar->addWidget(m_assessFrom);
    bar->addWidget(new QLabel(tr("to"), page));
    bar->addWidget(m_assessTo);
    bar->addStretch(1);
    auto* tables = new QHBoxLayout;
    for (auto* model : { m_byClass, m_byAgency, m_byStaff }) {
        QTableView* view = listTableView(model, page);
        if (model == m_byStaff)
            view->setObjectName(QStringLiteral("staffAssessmentTable"));
        tables->addWidget(view);
    }
    auto* note = new QLabel(tr("Only complaints assessed as valid count in a staff member's or an agency's "
                               "assessment (7.5.4); complaints not yet assessed count in neither column."),
        page);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_assessSummary);
    layout->addLayout(tables, 1);
    layout->addWidget(note);
    return page;
}

void AfterServicePage::reload()
{
    const Role role = m_ctx.actor().role;
    m_registerComplaint->setEnabled(Permissions::allowed(role, Permission::RegisterComplaint) && !m_ctx.isArchive());
    m_plan->setEnabled(Permissions::allowed(role, Permission::PlanReturnVisits) && !m_ctx.isArchive());
    loadDue();
    loadComplaints();
    loadAssessment();
    if (m_improvement)
        m_improvement->reload();
}

void AfterServicePage::loadAssessment()
{
    const Actor actor = m_ctx.actor();
    const QDate from = m_assessFrom->date(), to = m_assessTo->date();
    m_ctx.reader()->post<Result<ComplaintFigures>>(
        this,
        [actor, from, to](Database& db) { return ComplaintStatistics::compute(db, from, to, {}, today(), actor); },
        [this](Result<ComplaintFigures> f) {
            if (!f) { // supervisors and administrators only
                m_assessSummary->setText(f.error().message.local);
                for (auto* model : { m_byClass, m_byAgency, m_byStaff })
                    model->setRows({});
                return;
            }
            m_assessSummary->setText(
                tr("%1 complaints received: %2 valid, %3 not valid, %4 not yet assessed; %5 answered; %6 overdue.")
                    .arg(f->received)
                    .arg(f->valid)
                    .arg(f->invalid)
                    .arg(f->unassessed)
                    .arg(f->answered)
                    .arg(f->overdue));
            m_byClass->setRows(f->byCategory);
            m_byAgency->setRows(f->byAgency);
            m_byStaff->setRows(f->byStaff);
        });
}

void AfterServicePage::editPlan()
{
    m_ctx.reader()->post<Result<ReturnVisitPlan>>(
        this,
        [](Database& db) { return ReturnVisits::plan(db); },
        [this](Result<ReturnVisitPlan> current) {
            if (!current)
                return;
            QDialog dialog(this);
            dialog.setWindowTitle(tr("Return-visit plan"));
            auto* share = new QSpinBox(&dialog);
            share->setRange(0, 100);
            share->setSuffix(QStringLiteral(" %"));
            share->setValue(current->sharePercent);
            auto* complaints = new QCheckBox(tr("Every case with a complaint as well"), &dialog);
            complaints->setChecked(current->everyComplaint);
            auto* within = new QSpinBox(&dialog);
            within->setRange(1, 60);
            within->setValue(current->withinWorkingDays);
            auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
            connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            auto* form = new QFormLayout(&dialog);
            form->addRow(tr("Share of closed cases visited again"), share);
            form->addRow(complaints);
            form->addRow(tr("Within (working days of closing)"), within);
            form->addRow(buttons);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const ReturnVisitPlan plan { share->value(), complaints->isChecked(), within->value() };
            const Actor actor = m_ctx.actor();
            m_ctx.writer()->post<Status>(
                this,
                [plan, actor](Database& db) { return ReturnVisits::setPlan(db, plan, actor); },
                [this](Status s) {
                    if (!s)
                        QMessageBox::warning(this, tr("Not done"), s.error().message.local);
                    loadDue();
                });
        });
}

void AfterServicePage::loadDue()
{
    const Actor actor = m_ctx.actor();
    const WorkCalendar* calendar = &m_ctx.calendar();
    m_ctx.reader()->post<Result<QList<DueReturnVisit>>>(
        this,
        [actor, calendar](Database& db) { return ReturnVisits(db, *calendar).due(today(), kLookBackDays, actor); },
        [this](Result<QList<DueReturnVisit>> rows) {
            if (!rows) {
                m_due->setRows({});
                m_dueCount->setText(rows.error().message.local);
                return;
            }
            qsizetype late = 0;
            for (const DueReturnVisit& d : *rows)
                late += d.due < today() ? 1 : 0;
            m_dueCount->setText(tr("%1 return visits due from cases closed in the last %2 days; %3 past their date.")
                                    .arg(rows->size())
                                    .arg(kLookBackDays)
                                    .arg(late));
            m_recordVisit->setEnabled(false);
            replaceRowsKeepingChoice<DueReturnVisit>(
                m_due, m_dueView, rows.value(), [](const DueReturnVisit& d) { return d.caseNumber; });
            m_dueView->resizeColumnsToContents();
            ColumnFit::fit(m_dueView);
        });
}

void AfterServicePage::loadComplaints()
{
    ComplaintStore::Filter f;
    const QString which = m_complaintFilter->currentData().toString();
    f.openOnly = which == QLatin1String("open");
    f.overdueOnly = which == QLatin1String("overdue");
    f.today = today();
    m_ctx.reader()->post<Result<QList<Complaint>>>(
        this,
        [f](Database& db) { return ComplaintStore::list(db, f); },
        [this](Result<QList<Complaint>> rows) {
            m_complaintDetail->clear();
            m_advance->setEnabled(false);
            if (!rows)
                m_complaintDetail->setPlainText(
                    tr("The complaints could not be read: %1").arg(rows.error().message.local));
            replaceRowsKeepingChoice<Complaint>(
                m_complaints, m_complaintView, rows ? rows.value() : QList<Complaint>(), [](const Complaint& k) {
                    return k.number;
                });
            m_complaintView->resizeColumnsToContents();
            ColumnFit::fit(m_complaintView);
        });
}

void AfterServicePage::showComplaint(int row)
{
    const Complaint* k = m_complaints->rowAt(row);
    m_advance->setEnabled(
        k && Permissions::allowed(m_ctx.actor().role, Permission::HandleComplaint) && !m_ctx.isArchive());
    if (!k)
        return;
    const QString number = k->number;
    m_ctx.reader()->post<Result<Complaint>>(
        this,
        [number](Database& db) { return ComplaintStore::find(db, number); },
        [this](Result<Complaint> full) {
            if (!full)
                return;
            const Complaint& c = *full;
            QString h = QStringLiteral("<p><b>%1</b>　%2　%3</p><p>%4</p>")
                            .arg(c.number.toHtmlEscaped(),
                                kComplaintStates.label(c.state).local.toHtmlEscaped(),
                                tr("Acknowledge by %1, answer by %2")
                                    .arg(c.ackDue.toString(Qt::ISODate), c.answerDue.toString(Qt::ISODate))
                                    .toHtmlEscaped(),
                                c.summary.toHtmlEscaped());
            h += QStringLiteral("<p>%1</p>")
                     .arg(tr("Complainant: %1 %2; about: %3 %4; case: %5")
                              .arg(c.complainant,
                                  c.contact,
                                  kComplaintSubjects.label(c.subject).local,
                                  c.agencyName + c.staffLogin,
                                  c.caseNumber)
                              .toHtmlEscaped());
            h += QStringLiteral("<table cellpadding='3'>");
            for (const ComplaintEvent& e : c.events)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(Clock::displayDateTime(e.at),
                             e.actor.toHtmlEscaped(),
                             kComplaintStates.label(kComplaintStates.fromKey(e.to).value_or(ComplaintState::Received))
                                 .local.toHtmlEscaped(),
                             e.note.toHtmlEscaped());
            m_complaintDetail->setHtml(h + QStringLiteral("</table>"));
        });
}

void AfterServicePage::recordReturnVisit()
{
    const DueReturnVisit* d = m_due->rowAt(m_dueView->currentIndex().row());
    if (!d || !m_recordVisit->isEnabled())
        return;
    auto* dialog = new ReturnVisitDialog(m_ctx, d->caseNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AfterServicePage::loadDue);
    dialog->open();
}

void AfterServicePage::registerComplaint()
{
    auto* dialog = new ComplaintDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { loadComplaints(); });
    dialog->open();
}

void AfterServicePage::advanceComplaint()
{
    const Complaint* k = m_complaints->rowAt(m_complaintView->currentIndex().row());
    if (!k)
        return;
    auto* dialog = new ComplaintStepDialog(m_ctx, *k, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { loadComplaints(); });
    dialog->open();
}
