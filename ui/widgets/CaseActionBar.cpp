#include "widgets/CaseActionBar.h"

#include "Clauses.h"
#include "KeyFlow.h"
#include "domain/AfterService.h"
#include "domain/CaseClock.h"
#include "domain/CaseStateMachine.h"
#include "domain/ReturnReason.h"
#include "security/Permissions.h"
#include "widgets/FlowLayout.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

CaseActionBar::CaseActionBar(StationLevel level, QWidget* parent)
    : QWidget(parent)
    , m_level(level)
    , m_notice(new QPushButton(tr("One-time notice…"), this))
    , m_handoff(new QPushButton(tr("Hand off…"), this))
    , m_visit(new QPushButton(tr("On-site visit…"), this))
    , m_instruct(new QPushButton(tr("Ask for instruction…"), this))
    , m_instructed(new QPushButton(tr("Instruction received…"), this))
    , m_escalate(new QPushButton(tr("Escalate to the city…"), this))
    , m_close(new QPushButton(tr("Close with an answer…"), this))
    , m_reopen(new QPushButton(tr("Reopen…"), this))
    , m_feedback(new QPushButton(tr("Feedback…"), this))
    , m_returnVisit(new QPushButton(tr("Return visit…"), this))
    , m_receipt(new QPushButton(tr("Acceptance receipt…"), this))
    , m_progress(new QPushButton(tr("Handoff progress"), this))
    , m_clock(new QPushButton(tr("Time limit"), this))
    , m_more(new QPushButton(tr("More"), this))
{
    m_feedback->setObjectName(QStringLiteral("feedbackButton"));
    m_feedback->setToolTip(tr("7.4.1: record how the client was told that the service has ended"));
    m_returnVisit->setObjectName(QStringLiteral("returnVisitButton"));
    m_returnVisit->setToolTip(tr("7.4.2: record a return visit with the client's ratings"));
    m_receipt->setObjectName(QStringLiteral("caseReceiptButton"));
    m_receipt->setToolTip(tr("Print the acceptance receipt for the applicant again"));
    m_notice->setObjectName(QStringLiteral("noticeButton"));
    m_handoff->setObjectName(QStringLiteral("handoffButton"));
    m_visit->setObjectName(QStringLiteral("visitButton"));
    m_visit->setToolTip(tr("7.3.3: record an on-site visit, confirmed by the client's signature"));
    m_instruct->setObjectName(QStringLiteral("instructButton"));
    m_instructed->setObjectName(QStringLiteral("instructedButton"));
    m_notice->setToolTip(tr("7.2.3: tell the applicant everything still missing, at once, on a printed notice"));
    m_handoff->setToolTip(tr("7.2.4: hand the case to a service agency or expert team, with a deadline"));
    m_instruct->setToolTip(tr("7.2.3: the case needs an instruction from above"));
    m_escalate->setObjectName(QStringLiteral("escalateButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_escalate->setToolTip(tr("4.3: pass the case to the city platform, with the reason"));
    m_close->setToolTip(tr("7.2.2: record the answer given to the client and close the case"));
    // The three moves of a clerk's day have keys (the initials of 告知, 交接 and 办结 in pinyin),
    // shown in the tooltips; they work wherever the focus is on the case list page.
    const QList<QPair<QPushButton*, QKeySequence>> keys { { m_notice, QKeySequence(Qt::CTRL | Qt::Key_G) },
        { m_handoff, QKeySequence(Qt::CTRL | Qt::Key_J) },
        { m_close, QKeySequence(Qt::CTRL | Qt::Key_B) } };
    for (const auto& [button, key] : keys) {
        button->setShortcut(key);
        button->setToolTip(KeyFlow::withShortcut(button->toolTip(), key));
    }
    auto* layout = new FlowLayout(this); // wraps onto a second line on a narrow screen or with large text
    layout->setContentsMargins(0, 0, 0, 0);
    // A push button with a menu leaves room for its arrow (a tool button drew it over 交接进展).
    m_progress->setObjectName(QStringLiteral("progressButton"));
    auto* menu = new QMenu(m_progress);
    const QList<QPair<QString, QString>> ways { { QStringLiteral("paper"), tr("Client told in writing") },
        { QStringLiteral("sms"), tr("Client told by SMS") },
        { QStringLiteral("phone"), tr("Client told by phone") } };
    for (const auto& way : ways)
        menu->addAction(way.second, this, [this, how = way.first] {
            CaseStep step { CaseStep::Kind::ClientTold, m_number };
            step.how = how;
            emit stepRequested(step);
        });
    menu->addSeparator();
    menu->addAction(tr("Accepted by the agency"), this, [this] {
        emit stepRequested({ CaseStep::Kind::Accepted, m_number });
    });
    menu->addAction(tr("Returned by the agency…"), this, [this] { ask(CaseStep::Kind::Returned); });
    menu->addAction(tr("Declined by the agency…"), this, [this] { ask(CaseStep::Kind::Declined); });
    menu->addAction(tr("The agency's result…"), this, [this] { ask(CaseStep::Kind::ServiceResult); });
    menu->addSeparator();
    menu->addAction(tr("Follow-up record…"), this, [this] { ask(CaseStep::Kind::FollowUp); });
    m_progress->setMenu(menu);
    // Issue 20: the case's clock.
    m_clock->setObjectName(QStringLiteral("clockButton"));
    m_clock->setToolTip(tr("Pause the case's clock, let it run again, ask for or decide an extension, urge the case"));
    auto* clockMenu = new QMenu(m_clock);
    m_pause = clockMenu->addAction(tr("Pause the clock…"), this, [this] { ask(CaseStep::Kind::PauseClock); });
    m_resume = clockMenu->addAction(tr("Let the clock run again"), this, [this] {
        // After a one-time notice the clock stands for the applicant's materials (art. 32): their
        // arrival is what lets it run, and the timeline says so.
        const bool materials = m_shown && m_shown->status == CaseStatus::Noticed;
        emit stepRequested(
            { CaseStep::Kind::ResumeClock, m_number, materials ? QStringLiteral("材料已补齐") : QString() });
    });
    clockMenu->addSeparator();
    m_extend = clockMenu->addAction(tr("Ask for an extension…"), this, [this] { ask(CaseStep::Kind::AskExtension); });
    m_approve
        = clockMenu->addAction(tr("Approve the extension…"), this, [this] { ask(CaseStep::Kind::ApproveExtension); });
    m_refuse
        = clockMenu->addAction(tr("Refuse the extension…"), this, [this] { ask(CaseStep::Kind::RefuseExtension); });
    clockMenu->addSeparator();
    m_urge = clockMenu->addAction(tr("Urge…"), this, [this] { ask(CaseStep::Kind::Urge); });
    clockMenu->addSeparator();
    clockMenu->addAction(
        tr("Print the pause notice…"), this, [this] { emit requested(m_number, Action::PauseNotice); });
    clockMenu->addAction(
        tr("Print the urging notice…"), this, [this] { emit requested(m_number, Action::UrgeNotice); });
    clockMenu->addAction(
        tr("Print the extension notice…"), this, [this] { emit requested(m_number, Action::ExtensionNotice); });
    m_clock->setMenu(clockMenu);
    // Issue 21: an answer worth keeping goes to the knowledge base; a request registered twice is
    // merged into the case shown.
    m_more->setObjectName(QStringLiteral("moreButton"));
    auto* moreMenu = new QMenu(m_more);
    m_propose = moreMenu->addAction(tr("Propose the answer as knowledge"), this, [this] {
        emit stepRequested({ CaseStep::Kind::ProposeKnowledge, m_number });
    });
    m_propose->setObjectName(QStringLiteral("proposeKnowledgeAction"));
    m_merge = moreMenu->addAction(
        tr("Merge a duplicate request into this case…"), this, [this] { ask(CaseStep::Kind::MergeDuplicate); });
    m_merge->setObjectName(QStringLiteral("mergeAction"));
    m_more->setMenu(moreMenu);
    layout->addWidget(m_notice);
    layout->addWidget(m_handoff);
    layout->addWidget(m_visit);
    layout->addWidget(m_instruct);
    layout->addWidget(m_instructed);
    layout->addWidget(m_progress);
    layout->addWidget(m_clock);
    layout->addWidget(m_escalate);
    layout->addWidget(m_close);
    layout->addWidget(m_reopen);
    layout->addWidget(m_feedback);
    layout->addWidget(m_returnVisit);
    layout->addWidget(m_receipt);
    layout->addWidget(m_more);
    connect(m_notice, &QPushButton::clicked, this, [this] { emit requested(m_number, Action::Notice); });
    connect(m_handoff, &QPushButton::clicked, this, [this] { emit requested(m_number, Action::Handoff); });
    connect(m_visit, &QPushButton::clicked, this, [this] { emit requested(m_number, Action::Visit); });
    connect(m_instruct, &QPushButton::clicked, this, [this] { ask(CaseStep::Kind::AskInstruction); });
    connect(m_instructed, &QPushButton::clicked, this, [this] { ask(CaseStep::Kind::RecordInstruction); });
    connect(m_escalate, &QPushButton::clicked, this, [this] { ask(CaseStep::Kind::Escalate); });
    connect(m_close, &QPushButton::clicked, this, [this] { ask(CaseStep::Kind::Close); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { ask(CaseStep::Kind::Reopen); });
    connect(m_feedback, &QPushButton::clicked, this, [this] { ask(CaseStep::Kind::Feedback); });
    connect(m_returnVisit, &QPushButton::clicked, this, [this] { emit requested(m_number, Action::ReturnVisit); });
    // 4.3: escalation goes up to the city; the city itself dispatches instead.
    m_escalate->setVisible(m_level != StationLevel::City);
    connect(m_receipt, &QPushButton::clicked, this, [this] { emit requested(m_number, Action::Receipt); });
    showNothing();
}

void CaseActionBar::showCase(const CaseRecord& c)
{
    m_shown = c;
    m_number = c.number;
    m_answer = c.answer;
    m_notice->setEnabled(c.status == CaseStatus::Noticed || CaseStateMachine::allows(c.status, CaseStatus::Noticed));
    m_handoff->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::HandedOff));
    m_visit->setEnabled(c.status != CaseStatus::Closed);
    m_instruct->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::AwaitingInstruction));
    // Every button keeps its place whatever the case's state: what the state does not allow is off.
    m_instructed->setEnabled(c.status == CaseStatus::AwaitingInstruction);
    m_progress->setEnabled(c.status == CaseStatus::HandedOff || c.status == CaseStatus::InService);
    m_escalate->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::Escalated));
    m_close->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::Closed));
    m_reopen->setEnabled(CaseStateMachine::allows(c.status, CaseStatus::Reopened));
    // After the service (7.4): once something has been done for the client.
    const bool served = c.status == CaseStatus::Answered || c.status == CaseStatus::HandedOff
        || c.status == CaseStatus::InService || c.status == CaseStatus::FeedbackGiven || c.status == CaseStatus::Closed;
    m_feedback->setEnabled(served);
    m_returnVisit->setEnabled(served && c.status != CaseStatus::HandedOff);
    m_receipt->setEnabled(true); // only reads: also on an archive, for any role
    const bool clocked = c.status != CaseStatus::Closed && c.dueClose.isValid();
    const bool paused = c.pausedSince.isValid();
    m_clock->setEnabled(clocked && !m_readOnly);
    m_pause->setEnabled(!paused && Permissions::allowed(m_role, Permission::PauseClock));
    m_resume->setEnabled(paused && Permissions::allowed(m_role, Permission::PauseClock));
    m_resume->setText(c.status == CaseStatus::Noticed ? tr("Materials complete: let the clock run again")
                                                      : tr("Let the clock run again"));
    m_extend->setEnabled(Permissions::allowed(m_role, Permission::AskExtension));
    m_approve->setEnabled(Permissions::allowed(m_role, Permission::DecideExtension));
    m_refuse->setEnabled(Permissions::allowed(m_role, Permission::DecideExtension));
    m_urge->setEnabled(Permissions::allowed(m_role, Permission::UrgeCase));
    m_more->setEnabled(!m_readOnly);
    m_propose->setEnabled(!c.answer.trimmed().isEmpty() && Permissions::allowed(m_role, Permission::ProposeKnowledge));
    m_merge->setEnabled(Permissions::allowed(m_role, Permission::MergeCases));
    const QList<QPair<QAbstractButton*, Permission>> needs = { { m_notice, Permission::IssueNotice },
        { m_handoff, Permission::HandOff },
        { m_visit, Permission::RecordVisit },
        { m_instruct, Permission::AskInstruction },
        { m_instructed, Permission::AnswerInstruction },
        { m_progress, Permission::FollowHandoff },
        { m_escalate, Permission::Escalate },
        { m_close, Permission::CloseCase },
        { m_reopen, Permission::ReopenCase },
        { m_feedback, Permission::RecordAfterService },
        { m_returnVisit, Permission::RecordAfterService } };
    for (const auto& [button, permission] : needs)
        if (m_readOnly || !Permissions::allowed(m_role, permission))
            button->setEnabled(false);
}

QWidget* CaseActionBar::firstEnabled() const
{
    for (int i = 0; i < layout()->count(); ++i)
        if (QWidget* w = layout()->itemAt(i)->widget();
            w && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    return nullptr;
}

void CaseActionBar::setWorker(Role role, bool readOnly)
{
    m_role = role;
    m_readOnly = readOnly;
    if (m_shown)
        showCase(*m_shown);
}

void CaseActionBar::showNothing()
{
    m_shown.reset();
    m_number.clear();
    for (QPushButton* b : { m_notice,
             m_handoff,
             m_visit,
             m_instruct,
             m_instructed,
             m_escalate,
             m_close,
             m_reopen,
             m_feedback,
             m_returnVisit,
             m_progress,
             m_clock,
             m_more,
             m_receipt })
        b->setEnabled(false);
}

void CaseActionBar::ask(CaseStep::Kind kind)
{
    if (m_number.isEmpty())
        return;
    using Kind = CaseStep::Kind;
    QString title, label;
    switch (kind) {
    case Kind::Escalate:
        title = tr("Escalate %1 to the city platform").arg(m_number);
        label = tr("Why the city platform should take it over:");
        break;
    case Kind::Close:
        title = tr("Close %1").arg(m_number);
        label = tr("The answer given to the client:");
        break;
    case Kind::Reopen:
        title = tr("Reopen %1").arg(m_number);
        label = tr("Why it is reopened:");
        break;
    case Kind::AskInstruction:
        title = tr("Ask for instruction on %1").arg(m_number);
        label = tr("The question:");
        break;
    case Kind::RecordInstruction:
        title = tr("Instruction on %1").arg(m_number);
        label = tr("The instruction received:");
        break;
    case Kind::Declined:
        title = tr("Declined: %1").arg(m_number);
        label = tr("Why the agency declined:");
        break;
    case Kind::ServiceResult:
        title = tr("Result of %1").arg(m_number);
        label = tr("The agency's result:");
        break;
    case Kind::FollowUp:
        title = tr("Follow-up on %1").arg(m_number);
        label = tr("What was done or learned:");
        break;
    case Kind::Feedback:
        title = tr("Feedback to the client: %1").arg(m_number);
        label = tr("What the client was told:");
        break;
    case Kind::Returned:
        title = tr("Returned: %1").arg(m_number);
        label = tr("A note on the return (optional):");
        break;
    case Kind::PauseClock:
        title = tr("Pause the clock of %1").arg(m_number);
        label = tr("A note (optional):");
        break;
    case Kind::AskExtension:
        title = tr("Ask for an extension of %1").arg(m_number);
        label = tr("Why it needs longer:");
        break;
    case Kind::ApproveExtension:
        title = tr("Approve the extension of %1").arg(m_number);
        label = tr("A note (optional):");
        // What is being decided: the latest request on the case's record.
        if (m_shown)
            for (const CaseEvent& e : m_shown->events)
                if (e.kind == QLatin1String("extension_asked"))
                    label = tr("Asked for: %1\n\nA note (optional):").arg(e.detail);
        break;
    case Kind::RefuseExtension:
        title = tr("Refuse the extension of %1").arg(m_number);
        label = tr("Why it is refused:");
        break;
    case Kind::MergeDuplicate:
        title = tr("Merge into %1").arg(m_number);
        label = tr("The number of the same request registered again (it is closed and points here):");
        break;
    case Kind::Urge:
        title = tr("Urge %1").arg(m_number);
        label = tr("What the clerk is urged to do:");
        break;
    case Kind::ClientTold:
    case Kind::Accepted:
    case Kind::ResumeClock:
    case Kind::ProposeKnowledge:
        return; // nothing to ask
    }
    CaseStep step { kind, m_number };
    bool ok = false;
    if (kind == Kind::Feedback) {
        QStringList ways;
        for (FeedbackChannel c : kFeedbackChannels.all())
            ways << kFeedbackChannels.label(c).local;
        const QString way = QInputDialog::getItem(this, title, tr("Told by:"), ways, 1, false, &ok);
        if (!ok)
            return;
        step.how = kFeedbackChannels.key(kFeedbackChannels.all().at(ways.indexOf(way)));
    }
    if (kind == Kind::PauseClock || kind == Kind::Returned) {
        // A reason from the fixed list, by its words.
        QStringList labels, keys;
        if (kind == Kind::PauseClock)
            for (PauseReason r : PauseReasons::all())
                labels << PauseReasons::label(r).local, keys << PauseReasons::key(r);
        else
            for (ReturnReason r : ReturnReasons::all())
                labels << ReturnReasons::label(r).local, keys << ReturnReasons::key(r);
        const QString picked = QInputDialog::getItem(this, title, tr("Reason:"), labels, 0, false, &ok);
        if (!ok)
            return;
        step.how = keys.at(labels.indexOf(picked));
    }
    if (kind == Kind::AskExtension) {
        step.days = QInputDialog::getInt(this, title, tr("Working days wanted:"), 5, 1, 60, 1, &ok);
        if (!ok)
            return;
    }
    if (kind == Kind::MergeDuplicate) {
        step.text = QInputDialog::getText(this, title, label, QLineEdit::Normal, QString(), &ok).trimmed();
        if (ok)
            emit stepRequested(step);
        return;
    }
    step.text = QInputDialog::getMultiLineText(this, title, label, kind == Kind::Close ? m_answer : QString(), &ok);
    if (!ok)
        return;
    if (kind == Kind::ApproveExtension) {
        // Art. 42: the applicant is told of the extension; in writing prints the notice at once.
        const QList<QPair<QString, QString>> ways = { { QStringLiteral("paper"), tr("In writing (print the notice)") },
            { QStringLiteral("sms"), tr("By SMS") },
            { QStringLiteral("phone"), tr("By phone") },
            { QString(), tr("Not yet") } };
        QStringList labels;
        for (const auto& w : ways)
            labels << w.second;
        const QString picked
            = QInputDialog::getItem(this, title, tr("How the applicant is told:"), labels, 0, false, &ok);
        if (!ok)
            return;
        step.how = ways.at(labels.indexOf(picked)).first;
    }
    if (kind == Kind::AskInstruction) {
        // Of whom: the usual addressees offered, anything else typed.
        step.whom = QInputDialog::getItem(this,
            title,
            tr("Asked of:"),
            { QStringLiteral("站点负责人"), QStringLiteral("市级平台"), QStringLiteral("市场监督管理局业务科室") },
            0,
            true,
            &ok);
        if (!ok)
            return;
    }
    emit stepRequested(step);
}
