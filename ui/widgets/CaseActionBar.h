#pragma once

#include "domain/Records.h"
#include "domain/Role.h"
#include "workflow/CaseStep.h"

#include <QWidget>
#include <optional>

class QAction;
class QPushButton;

// What staff do with the chosen case: a one-time notice, a handoff, an instruction request and its
// answer, escalation to the city, closing with an answer, reopening; each enabled only where the
// state machine allows it; after the service, feedback to the client and a return visit. Asks for a reason, answer or
// question where one is needed and emits the request; the page runs it in core (or opens the notice and handoff
// dialogs) and shows any refusal.
class CaseActionBar : public QWidget
{
    Q_OBJECT

public:
    // What the page opens a form for; every other step is a CaseStep, run in core.
    enum class Action
    {
        Notice,
        Handoff,
        Visit,
        ReturnVisit, // 7.4.2
        Receipt, // the acceptance receipt (受理回执), printed again
        PauseNotice, // 暂停计时告知书 (issue 20)
        UrgeNotice, // 催办通知
        ExtensionNotice, // 延期办理告知书
    };

    CaseActionBar(StationLevel level, QWidget* parent = nullptr);
    void showCase(const CaseRecord& c);
    void showNothing();
    // Who works and on what: a button the role may not use, or any change on an archive, is off
    // (core refuses them anyway; this only saves a click that would be refused).
    void setWorker(Role role, bool readOnly);
    // The first button the chosen case allows, where Enter on the list takes the focus.
    QWidget* firstEnabled() const;

signals:
    void requested(const QString& number, CaseActionBar::Action action);
    void stepRequested(const CaseStep& step);

private:
    void ask(CaseStep::Kind kind);

    StationLevel m_level;
    Role m_role = Role::Clerk;
    bool m_readOnly = false;
    QString m_number;
    QString m_answer;
    std::optional<CaseRecord> m_shown; // shown again when who works changes (a take-over at the lock)
    QPushButton* m_notice;
    QPushButton* m_handoff;
    QPushButton* m_visit;
    QPushButton* m_instruct;
    QPushButton* m_instructed;
    QPushButton* m_escalate;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_feedback;
    QPushButton* m_returnVisit;
    QPushButton* m_receipt;
    QPushButton* m_progress; // after a handoff: told, accepted, declined, result, follow-up
    QPushButton* m_clock; // the case's clock (issue 20): pause, resume, extension, urging
    QPushButton* m_more; // issue 21: propose as knowledge, merge a duplicate into this case
    QAction* m_propose = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_extend = nullptr;
    QAction* m_approve = nullptr;
    QAction* m_refuse = nullptr;
    QAction* m_urge = nullptr;
};
