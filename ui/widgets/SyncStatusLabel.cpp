#include "widgets/SyncStatusLabel.h"

#include "common/Clock.h"
#include "sync/SyncScheduler.h"

#include <QMouseEvent>

SyncStatusLabel::SyncStatusLabel(SyncScheduler& scheduler, QWidget* parent)
    : QLabel(parent)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("syncStatus"));
    setCursor(Qt::PointingHandCursor);
    connect(&scheduler, &SyncScheduler::changed, this, &SyncStatusLabel::refresh);
    refresh();
}

void SyncStatusLabel::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QLabel::mouseReleaseEvent(event);
}

void SyncStatusLabel::refresh()
{
    const qint64 pending = m_scheduler.pending();
    const qint64 attention = m_scheduler.needsAttention();
    QString text;
    QString style;
    switch (m_scheduler.state()) {
    case SyncScheduler::State::NotConfigured:
        text = tr("Sync: not set up");
        break;
    case SyncScheduler::State::Waiting:
        text = tr("Sync: starting…");
        break;
    case SyncScheduler::State::Syncing:
        text = tr("Sync: syncing…");
        break;
    case SyncScheduler::State::Idle:
        text = tr("Sync: synced at %1").arg(Clock::displayDateTime(m_scheduler.lastSynced()).mid(11));
        break;
    case SyncScheduler::State::Offline:
        text = tr("Sync: offline, next try at %1").arg(Clock::displayDateTime(m_scheduler.nextAttempt()).mid(11));
        style = QStringLiteral("color: #8a5a00;");
        break;
    case SyncScheduler::State::Failed:
        text = tr("Sync failed");
        style = QStringLiteral("color: #b00020;");
        break;
    }
    if (pending > 0)
        text += tr(" · %1 to send").arg(pending);
    if (attention > 0) {
        text += tr(" · %1 need attention").arg(attention);
        style = QStringLiteral("color: #b00020; font-weight: bold;");
    }
    // Times recorded here (receipts, visits) would be wrong: said on every page, not only in a tooltip.
    if (qAbs(m_scheduler.clockOffsetSeconds()) > SyncReport::kClockWarningSeconds) {
        text += tr(" · this computer's clock is %1 minutes off the platform's: correct it")
                    .arg(qAbs(m_scheduler.clockOffsetSeconds()) / 60);
        style = QStringLiteral("color: #b00020; font-weight: bold;");
    }
    setText(text);
    setStyleSheet(style);
    setToolTip(m_scheduler.lastMessage().isEmpty() ? tr("Click to synchronise now (F5)") : m_scheduler.lastMessage());
}
