#include "ComplaintStepDialog.h"

#include "AppContext.h"
#include "KeyFlow.h"
#include "ScreenFit.h"
#include "domain/ComplaintStateMachine.h"
#include "storage/DatabaseWorker.h"
#include "widgets/KeyedComboBox.h"
#include "workflow/Complaints.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ComplaintStepDialog::ComplaintStepDialog(AppContext& ctx, const Complaint& complaint, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_complaint(complaint)
    , m_to(new QComboBox(this))
    , m_verdict(new QWidget(this))
    , m_valid(new QButtonGroup(this))
    , m_category(new QComboBox(this))
    , m_forwardedTo(new QLineEdit(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Complaint %1: next step").arg(complaint.number));
    ScreenFit::resize(this, { 520, 420 });
    m_to->setObjectName(QStringLiteral("nextStateBox"));
    // From acknowledged the verdict decides what follows, so the assessment itself is offered.
    for (ComplaintState s : ComplaintStateMachine::nextFrom(complaint.state, complaint.valid))
        m_to->addItem(kComplaintStates.label(s).local, kComplaintStates.key(s));
    auto* validYes = new QRadioButton(tr("Valid"), m_verdict);
    auto* validNo = new QRadioButton(tr("Not valid"), m_verdict);
    validYes->setObjectName(QStringLiteral("validButton"));
    validNo->setObjectName(QStringLiteral("notValidButton"));
    m_valid->addButton(validYes, 1);
    m_valid->addButton(validNo, 0);
    auto* verdictLayout = new QHBoxLayout(m_verdict);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    verdictLayout->addWidget(validYes);
    verdictLayout->addWidget(validNo);
    verdictLayout->addStretch(1);
    fillKeyedComboBox(m_category, kComplaintCategories);
    m_category->setCurrentIndex(m_category->findData(kComplaintCategories.key(complaint.category)));
    m_forwardedTo->setText(complaint.agencyName);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* summary = new QLabel(
        tr("%1 — now: %2\n%3").arg(complaint.number, kComplaintStates.label(complaint.state).local, complaint.summary),
        this);
    summary->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Next step"), m_to);
    form->addRow(tr("Verdict"), m_verdict);
    form->addRow(tr("Class"), m_category);
    form->addRow(tr("Forwarded to"), m_forwardedTo);
    form->addRow(m_noteLabel, m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_to->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ComplaintStepDialog::targetChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    KeyFlow::enterMovesOn(
        this, buttons->button(QDialogButtonBox::Save)); // Enter moves on; the button or Ctrl+Enter saves
    targetChanged();
}

void ComplaintStepDialog::targetChanged()
{
    const auto to = kComplaintStates.fromKey(m_to->currentData().toString());
    const bool assessing = to == ComplaintState::Assessed;
    m_verdict->setEnabled(assessing);
    m_category->setEnabled(assessing);
    m_forwardedTo->setEnabled(to == ComplaintState::Forwarded);
    QString label = tr("Note");
    if (to == ComplaintState::Assessed)
        label = tr("Reason for the verdict");
    else if (to == ComplaintState::Investigated)
        label = tr("What the investigation found");
    else if (to == ComplaintState::Handled)
        label = tr("How the institution handled it");
    else if (to == ComplaintState::Answered)
        label = tr("The answer given to the complainant");
    else if (to == ComplaintState::Reopened)
        label = tr("Why it is reopened");
    m_noteLabel->setText(label);
}

void ComplaintStepDialog::save()
{
    ComplaintStep step;
    step.to = m_to->currentData().toString();
    step.note = m_note->toPlainText();
    if (m_verdict->isEnabled() && m_valid->checkedId() >= 0)
        step.valid = m_valid->checkedId() == 1;
    if (m_category->isEnabled())
        step.category = m_category->currentData().toString();
    if (m_forwardedTo->isEnabled())
        step.forwardedTo = m_forwardedTo->text();
    const QString number = m_complaint.number;
    const Actor actor = m_ctx.actor();
    const WorkCalendar* calendar = &m_ctx.calendar();
    setEnabled(false);
    m_ctx.writer()->post<Result<Complaint>>(
        this,
        [number, step, actor, calendar](
            Database& db) { return Complaints(db, *calendar).advance(number, step, actor); },
        [this](Result<Complaint> r) {
            setEnabled(true);
            if (!r) {
                m_error->setText(r.error().message.local);
                m_error->show();
                return;
            }
            m_result = r.value();
            accept();
        });
}
