#include "common/Clock.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>
#include <atomic>

namespace {
// Worker threads (the database reader and writer, sync) read the clock while a test may set it:
// the override is guarded, and the common case (no override) takes no lock.
struct Override
{
    QMutex mutex;
    std::function<QDateTime()> now;
    std::atomic_bool active { false };
};

Override& override()
{
    static Override o;
    return o;
}
} // namespace

QDateTime Clock::nowUtc()
{
    Override& o = override();
    if (o.active.load(std::memory_order_acquire)) {
        std::function<QDateTime()> now;
        {
            QMutexLocker lock(&o.mutex);
            now = o.now;
        }
        if (now)
            return now().toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::chinaToday()
{
    return chinaDate(nowUtc());
}

void Clock::setForTesting(std::function<QDateTime()> now)
{
    Override& o = override();
    QMutexLocker lock(&o.mutex);
    o.active.store(bool(now), std::memory_order_release);
    o.now = std::move(now);
}

QString Clock::toStorage(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Clock::fromStorage(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QTimeZone Clock::chinaZone()
{
    // A fixed UTC+8 offset: China has no daylight saving time, and this needs no tz database.
    static const QTimeZone zone(8 * 3600);
    return zone;
}

QDate Clock::chinaDate(const QDateTime& t)
{
    return t.toTimeZone(chinaZone()).date();
}

QString Clock::displayDateTime(const QDateTime& t)
{
    return t.toTimeZone(chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
