#include "HandoffDialog.h"

#include "AppContext.h"
#include "KeyFlow.h"
#include "ScreenFit.h"
#include "common/Clock.h"
#include "models/AgencyCandidateModel.h"
#include "storage/AgencyStore.h"
#include "storage/DatabaseWorker.h"
#include "workflow/Handoff.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

HandoffDialog::HandoffDialog(AppContext& ctx, const CaseRecord& kase, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_case(kase)
    , m_model(new AgencyCandidateModel(ctx.catalog(), this))
    , m_table(new QTableView(this))
    , m_showAll(new QCheckBox(tr("Also show agencies not offered for this item (a reason is then required)"), this))
    , m_days(new QSpinBox(this))
    , m_due(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_dueReason(new QLineEdit(this))
    , m_override(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Hand %1 to a service agency").arg(kase.number));
    ScreenFit::resize(this, { 960, 560 });
    if (const CatalogItem* item = ctx.catalog().item(kase.itemCode))
        m_usualDays = item->handoffDays;
    m_table->setObjectName(QStringLiteral("handoffCandidates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AgencyCandidateModel::Name, 240);
    m_table->setColumnWidth(AgencyCandidateModel::Scope, 120);
    m_table->setColumnWidth(AgencyCandidateModel::Qualification, 220);
    m_table->setColumnWidth(AgencyCandidateModel::Load, 120);
    m_showAll->setObjectName(QStringLiteral("handoffShowAll"));
    m_days->setObjectName(QStringLiteral("handoffDays"));
    m_days->setRange(1, 120);
    m_days->setValue(m_usualDays);
    m_days->setSuffix(tr(" working days"));
    m_due->setObjectName(QStringLiteral("handoffDue"));
    m_dueReason->setObjectName(QStringLiteral("handoffDueReason"));
    m_dueReason->setPlaceholderText(
        tr("Required when the limit differs from the usual %n working days", nullptr, m_usualDays));
    m_override->setObjectName(QStringLiteral("handoffOverride"));
    m_override->setEnabled(false);
    m_error->setObjectName(QStringLiteral("handoffError"));
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_hint->setObjectName(QStringLiteral("handoffHint"));
    m_hint->setStyleSheet(QStringLiteral("color:#9a5b00"));
    m_hint->setWordWrap(true);
    m_hint->hide();

    auto* form = new QFormLayout;
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_days);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Time limit"), dueRow);
    form->addRow(tr("Reason for another limit"), m_dueReason);
    form->addRow(tr("Reason for an agency not offered"), m_override);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* ok = buttons->addButton(tr("Hand off"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("handoffOk"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok, &QPushButton::clicked, this, &HandoffDialog::handOff);
    connect(m_showAll, &QCheckBox::toggled, m_model, &AgencyCandidateModel::setShowAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HandoffDialog::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HandoffDialog::selectionChanged);
    connect(m_days, &QSpinBox::valueChanged, this, &HandoffDialog::dueChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Agencies for %1, best first: in scope with a valid qualification, fewest open "
                                    "handoffs first.")
                                     .arg(itemName()),
        this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_showAll);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    dueChanged();
    KeyFlow::enterMovesOn(this, ok); // Enter moves on; the button or Ctrl+Enter saves

    const QString item = kase.itemCode;
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    ctx.reader()->post<QList<AgencyCandidate>>(
        this,
        [item, today](Database& db) {
            auto agencies = AgencyStore::list(db);
            return agencies ? AgencyMatching::rank(*agencies, item, today) : QList<AgencyCandidate>();
        },
        [this, item, today](QList<AgencyCandidate> candidates) {
            const bool none = candidates.isEmpty();
            const bool noneOffered = std::none_of(
                candidates.cbegin(), candidates.cend(), [](const AgencyCandidate& c) { return c.offered; });
            m_model->setCandidates(std::move(candidates), item, today);
            if (none) {
                m_hint->setText(tr("The agency archive is empty. A station administrator adds agencies or imports "
                                   "them on the Agencies page (Ctrl+4); until then the case can be answered, "
                                   "noticed or escalated instead."));
            } else if (noneOffered) {
                m_hint->setText(tr("No agency serves %1 with a valid qualification. Tick the box below to choose "
                                   "another one with a reason, or ask a station administrator to add one.")
                                    .arg(itemName()));
            }
            m_hint->setVisible(none || noneOffered);
            if (m_model->rowCount() > 0)
                m_table->selectRow(0);
        });
}

void HandoffDialog::selectionChanged()
{
    const AgencyCandidate* c = m_model->candidateAt(m_table->currentIndex().row());
    const bool needsReason = c && !c->offered;
    m_override->setEnabled(needsReason);
    m_override->setPlaceholderText(needsReason ? c->whyNotOffered.local : QString());
    warnOfQualification();
}

QString HandoffDialog::itemName() const
{
    const CatalogItem* item = m_ctx.catalog().item(m_case.itemCode);
    return item ? item->displayName() : m_case.itemCode;
}

QDate HandoffDialog::dueDate() const
{
    return m_ctx.calendar().addWorkingDays(Clock::chinaDate(Clock::nowUtc()), m_days->value());
}

void HandoffDialog::warnOfQualification()
{
    const AgencyCandidate* c = m_model->candidateAt(m_table->currentIndex().row());
    if (!c || !c->offered)
        return;
    const QDate until = c->agency.qualifiedUntil(m_case.itemCode, Clock::chinaDate(Clock::nowUtc()));
    const bool endsEarly = until.isValid() && until < dueDate();
    if (endsEarly)
        m_hint->setText(tr("%1's qualification is valid until %2, before this handoff is due (%3). Make sure it "
                           "can finish in time, or choose another agency.")
                            .arg(c->agency.name,
                                QLocale().toString(until, QLocale::LongFormat),
                                QLocale().toString(dueDate(), QLocale::LongFormat)));
    m_hint->setVisible(endsEarly);
}

void HandoffDialog::dueChanged()
{
    m_due->setText(tr("due %1").arg(QLocale().toString(dueDate(), QLocale::LongFormat)));
    m_dueReason->setEnabled(m_days->value() != m_usualDays);
    warnOfQualification();
}

void HandoffDialog::handOff()
{
    const AgencyCandidate* c = m_model->candidateAt(m_table->currentIndex().row());
    if (!c) {
        m_error->setText(tr("Choose an agency."));
        m_error->show();
        return;
    }
    HandoffRequest request { m_case.number,
        c->agency.id,
        m_days->value() == m_usualDays ? 0 : m_days->value(),
        m_dueReason->text(),
        m_override->text() };
    const Actor actor = m_ctx.actor();
    const Catalog* catalog = &m_ctx.catalog();
    const WorkCalendar* calendar = &m_ctx.calendar();
    setEnabled(false);
    m_ctx.writer()->post<Result<CaseRecord>>(
        this,
        [request, actor, catalog, calendar](
            Database& db) { return Handoff(db, *catalog, *calendar).handOff(request, actor); },
        [this](Result<CaseRecord> r) {
            setEnabled(true);
            if (!r) {
                m_error->setText(r.error().message.local);
                m_error->show();
                if (r.error().field == QLatin1String("override"))
                    m_override->setFocus();
                else if (r.error().field == QLatin1String("reason"))
                    m_dueReason->setFocus();
                return;
            }
            m_result = r.value();
            accept();
        });
}
