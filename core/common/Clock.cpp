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
    // What QDateTime::toString(Qt::ISODateWithMs) gives for UTC, written here: a pull stores
    // thousands of instants, and Qt's formatting cost more than storing the rows (issue 22).
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    int year = 0, month = 0, day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    char out[24];
    auto digits = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char('0' + value % 10);
    };
    digits(0, year, 4);
    out[4] = '-';
    digits(5, month, 2);
    out[7] = '-';
    digits(8, day, 2);
    out[10] = 'T';
    digits(11, time.hour(), 2);
    out[13] = ':';
    digits(14, time.minute(), 2);
    out[16] = ':';
    digits(17, time.second(), 2);
    out[19] = '.';
    digits(20, time.msec(), 3);
    out[23] = 'Z';
    return QString::fromLatin1(out, 24);
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
