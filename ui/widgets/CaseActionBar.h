#pragma once

#include "domain/Records.h"

#include <QWidget>

class QPushButton;

// The status moves staff make on the chosen case (escalate to the city, close with an answer,
// reopen), each enabled only where the state machine allows it. Asks for the reason or the answer
// and emits the request; the page runs it in core and shows the refusal, if any.
class CaseActionBar : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        Escalate,
        Close,
        Reopen,
    };

    CaseActionBar(StationLevel level, QWidget* parent = nullptr);
    void showCase(const CaseRecord& c);
    void showNothing();

signals:
    void requested(const QString& number, CaseActionBar::Action action, const QString& text);

private:
    void ask(Action action);

    StationLevel m_level;
    QString m_number;
    QString m_answer;
    QPushButton* m_escalate;
    QPushButton* m_close;
    QPushButton* m_reopen;
};
