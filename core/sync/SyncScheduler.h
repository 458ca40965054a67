#pragma once

#include "sync/SyncClient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class DatabaseWorker;

// Runs sync in the background (DESIGN.md §6): every few minutes, soon after a local change, and on
// demand; while the platform cannot be reached it waits longer each time (exponential back-off with
// jitter, so a station's laptops do not all knock at once). The rounds run on a database worker of
// their own, so a long pull never delays a clerk's save by more than one batch.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotConfigured, // no server set up for this station
        Waiting, // set up; the first round has not run yet
        Idle, // last round succeeded
        Syncing,
        Offline, // the last round could not reach the server; retrying later
        Failed, // the server refused us (bad credential, certificate, …)
    };

    explicit SyncScheduler(DatabaseWorker* worker, QObject* parent = nullptr);

    void setEndpoint(const SyncEndpoint& endpoint); // an empty url means not configured
    void syncNow();
    void localChange(); // something was saved: sync soon
    void attentionResolved(); // a person dealt with an item of "needs attention"

    State state() const { return m_state; }
    QDateTime lastSynced() const { return m_lastSynced; }
    QString lastMessage() const { return m_lastMessage; }
    qint64 needsAttention() const { return m_attention; }
    qint64 pending() const { return m_pending; }
    // This computer's clock minus the platform's at the last sync that reached it (kept across
    // failed syncs and restarts): the window warns the clerk while it is far off.
    qint64 clockOffsetSeconds() const { return m_clockOffset; }
    QDateTime nextAttempt() const { return m_nextAttempt; }

    static int backoffSeconds(int failures, double jitter01); // 30 s, 60 s, … capped at an hour, ×0.5–1.5

    static constexpr int kPeriodSeconds = 300;
    static constexpr int kSoonSeconds = 10;

signals:
    void changed();

private:
    struct Outcome
    {
        Result<SyncReport> report = Error { ErrorCode::Internal, {}, {} };
        qint64 pending = 0;
        qint64 attention = 0;
        bool counted = false; // pending and attention could be read
        qint64 clockOffset = 0;
    };
    void start();
    void finished(const Outcome& outcome);
    void schedule(int seconds);

    DatabaseWorker* m_worker;
    SyncEndpoint m_endpoint;
    State m_state = State::NotConfigured;
    QDateTime m_lastSynced;
    QDateTime m_nextAttempt;
    QString m_lastMessage;
    qint64 m_attention = 0;
    qint64 m_pending = 0;
    qint64 m_clockOffset = 0;
    int m_failures = 0;
    bool m_running = false;
    bool m_again = false;
    QTimer m_timer;
};
