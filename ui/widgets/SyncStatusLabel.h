#pragma once

#include <QLabel>

class SyncScheduler;

// The status bar's word on sync: not set up, syncing, synced at …, offline until …, failed; with
// what waits to be sent and what needs a person. Clicking it syncs now.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(SyncScheduler& scheduler, QWidget* parent = nullptr);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void refresh();
    SyncScheduler& m_scheduler;
};
