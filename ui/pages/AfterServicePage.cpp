#include "pages/AfterServicePage.h"

#include "AppContext.h"
#include "ComplaintDialog.h"
#include "ComplaintStepDialog.h"
#include "ReturnVisitDialog.h"
#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/ComplaintStore.h"
#include "storage/DatabaseWorker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int kLookBackDays = 90; // closed in the last three months

QTableView* listView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    return view;
}

QDate today()
{
    return Clock::chinaDate(Clock::nowUtc());
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
              { tr("Received"), [](const Complaint& k) { return Clock::displayDateTime(k.receivedAt); } },
              { tr("Channel"), [](const Complaint& k) { return kComplaintChannels.label(k.channel).local; } },
              { tr("Class"), [](const Complaint& k) { return kComplaintCategories.label(k.category).local; } },
              { tr("State"), [](const Complaint& k) { return kComplaintStates.label(k.state).local; } },
              { tr("Answer due"), [](const Complaint& k) { return k.answerDue.toString(Qt::ISODate); } },
              { tr("Complaint"), [](const Complaint& k) { return k.summary; } },
          },
          [](const Complaint& k) { return k.overdueOn(today()); },
          this))
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("afterServiceTabs"));
    tabs->addTab(buildReturnVisits(), tr("Return visits due (7.4.2)"));
    tabs->addTab(buildComplaints(), tr("Complaints (7.5)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    connect(&m_ctx, &AppContext::actorChanged, this, &AfterServicePage::reload);
    reload();
}

QWidget* AfterServicePage::buildReturnVisits()
{
    auto* page = new QWidget(this);
    m_dueView = listView(m_due, page);
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
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_dueCount, 1);
    bar->addWidget(m_recordVisit);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_dueView, 1);
    return page;
}

QWidget* AfterServicePage::buildComplaints()
{
    auto* page = new QWidget(this);
    m_complaintView = listView(m_complaints, page);
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

void AfterServicePage::reload()
{
    const Role role = m_ctx.actor().role;
    m_registerComplaint->setEnabled(Permissions::allowed(role, Permission::RegisterComplaint) && !m_ctx.isArchive());
    loadDue();
    loadComplaints();
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
            m_due->setRows(rows.value());
            m_dueView->resizeColumnsToContents();
            m_recordVisit->setEnabled(false);
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
            m_complaints->setRows(rows ? rows.value() : QList<Complaint>());
            m_complaintView->resizeColumnsToContents();
            m_complaintDetail->clear();
            m_advance->setEnabled(false);
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
