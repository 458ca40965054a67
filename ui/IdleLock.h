#pragma once

#include <QObject>
#include <QTimer>

// Locks the window after a time without keyboard or mouse input (issue 6; the minutes are a station
// setting). It watches the whole application's input events and emits idle() once per quiet period.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject* parent = nullptr);
    void start(int minutes);
    void pause(); // while locked
    void resume();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};
