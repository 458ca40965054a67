#include "sync/SyncScheduler.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/DatabaseWorker.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "sync/SyncState.h"

#include <QRandomGenerator>

SyncScheduler::SyncScheduler(DatabaseWorker* worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::start);
}

int SyncScheduler::backoffSeconds(int failures, double jitter01)
{
    const int base = std::min(3600, 30 << std::min(failures - 1, 7));
    return std::max(1, int(base * (0.5 + jitter01)));
}

void SyncScheduler::setEndpoint(const SyncEndpoint& endpoint)
{
    m_endpoint = endpoint;
    m_failures = 0;
    if (m_endpoint.url.isEmpty()) {
        m_timer.stop();
        m_state = State::NotConfigured;
        emit changed();
        return;
    }
    m_state = State::Waiting;
    schedule(1);
    emit changed();
}

void SyncScheduler::syncNow()
{
    m_failures = 0;
    schedule(0);
}

void SyncScheduler::localChange()
{
    if (m_state == State::NotConfigured)
        return;
    ++m_pending;
    // Soon, unless a retry after a failure is already due later: the network is still away.
    if (m_state != State::Offline && (!m_timer.isActive() || m_timer.remainingTime() > kSoonSeconds * 1000))
        schedule(kSoonSeconds);
    emit changed();
}

void SyncScheduler::schedule(int seconds)
{
    if (m_endpoint.url.isEmpty())
        return;
    m_nextAttempt = Clock::nowUtc().addSecs(seconds);
    m_timer.start(seconds * 1000);
}

void SyncScheduler::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_state = State::Syncing;
    emit changed();
    const SyncEndpoint endpoint = m_endpoint;
    m_worker->post<Outcome>(
        this,
        [endpoint](Database& db) {
            Outcome o;
            o.report = SyncClient(db, endpoint).runOnce();
            // The counts shown beside the sync state; a database error reading them is that sync's
            // outcome (shown, and tried again), never an abort on this thread.
            const Result<qint64> pending = OutboxStore::count(db, OutboxState::Pending);
            Result<qint64> attention = OutboxStore::attentionCount(db);
            if (const Result<qint64> held = QuarantineStore::heldCount(db); attention && held)
                attention = *attention + *held;
            else if (!held)
                attention = held.error();
            o.counted = pending && attention;
            if (const Result<QString> offset = SyncState::value(db, QStringLiteral("clock_offset_seconds")); offset)
                o.clockOffset = offset->toLongLong();
            if (o.counted) {
                o.pending = *pending;
                o.attention = *attention;
            } else if (o.report) {
                o.report = pending ? attention.error() : pending.error();
            }
            return o;
        },
        [this](Outcome o) { finished(o); });
}

void SyncScheduler::finished(const Outcome& o)
{
    m_running = false;
    if (o.counted) {
        m_pending = o.pending;
        m_attention = o.attention;
    }
    m_clockOffset = o.clockOffset;
    if (o.report) {
        m_failures = 0;
        m_state = State::Idle;
        m_lastSynced = Clock::nowUtc();
        m_lastMessage = o.report->clockFarOff()
            ? UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "This computer's clock is %1 minutes off the platform's."))
                  .arg(o.report->clockOffsetSeconds / 60)
                  .local
            : QString();
        schedule(m_again ? 0 : kPeriodSeconds);
    } else {
        ++m_failures;
        m_state = o.report.error().code == ErrorCode::Network ? State::Offline : State::Failed;
        m_lastMessage = o.report.error().message.local;
        schedule(backoffSeconds(m_failures, QRandomGenerator::global()->generateDouble()));
        qCInfo(lcSync) << "sync failed, attempt" << m_failures << "next in" << m_timer.remainingTime() / 1000 << "s";
    }
    m_again = false;
    emit changed();
}

void SyncScheduler::attentionResolved()
{
    m_attention = std::max<qint64>(0, m_attention - 1);
    emit changed();
}
