#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
}

void IdleLock::start(int minutes)
{
    m_timer.setInterval(std::max(1, minutes) * 60 * 1000);
    qApp->removeEventFilter(this);
    qApp->installEventFilter(this);
    m_timer.start();
}

void IdleLock::pause()
{
    m_timer.stop();
    qApp->removeEventFilter(this);
}

void IdleLock::resume()
{
    qApp->installEventFilter(this);
    m_timer.start();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_timer.start(); // restarts the quiet period
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
