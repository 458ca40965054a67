#include "widgets/CaseActionBar.h"

#include "domain/CaseStateMachine.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>

CaseActionBar::CaseActionBar(StationLevel level, QWidget* parent)
    : QWidget(parent)
    , m_level(level)
    , m_escalate(new QPushButton(tr("Escalate to the city…"), this))
    , m_close(new QPushButton(tr("Close with an answer…"), this))
    , m_reopen(new QPushButton(tr("Reopen…"), this))
{
    m_escalate->setObjectName(QStringLiteral("escalateButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_escalate->setToolTip(tr("4.3: pass the case to the city platform, with the reason"));
    m_close->setToolTip(tr("7.2.2: record the answer given to the client and close the case"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_escalate);
    layout->addWidget(m_close);
    layout->addWidget(m_reopen);
    layout->addStretch(1);
    connect(m_escalate, &QPushButton::clicked, this, [this] { ask(Action::Escalate); });
    connect(m_close, &QPushButton::clicked, this, [this] { ask(Action::Close); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { ask(Action::Reopen); });
    showNothing();
}

void CaseActionBar::showCase(const CaseRecord& c)
{
    m_number = c.number;
    m_answer = c.answer;
    // 4.3: escalation goes up to the city; the city itself dispatches instead.
    m_escalate->setVisible(m_level != StationLevel::City);
    m_escalate->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::Escalated));
    m_close->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::Closed));
    m_reopen->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::Reopened));
}

void CaseActionBar::showNothing()
{
    m_number.clear();
    for (QPushButton* b : { m_escalate, m_close, m_reopen })
        b->setEnabled(false);
}

void CaseActionBar::ask(Action action)
{
    if (m_number.isEmpty())
        return;
    const QString title = action == Action::Escalate ? tr("Escalate %1 to the city platform").arg(m_number)
        : action == Action::Close                    ? tr("Close %1").arg(m_number)
                                                     : tr("Reopen %1").arg(m_number);
    const QString label = action == Action::Escalate ? tr("Why the city platform should take it over:")
        : action == Action::Close                    ? tr("The answer given to the client:")
                                                     : tr("Why it is reopened:");
    bool ok = false;
    const QString text
        = QInputDialog::getMultiLineText(this, title, label, action == Action::Close ? m_answer : QString(), &ok);
    if (ok)
        emit requested(m_number, action, text);
}
