#include "common/Clock.h"

#include <QTimeZone>

namespace {
std::function<QDateTime()>& override()
{
    static std::function<QDateTime()> fn;
    return fn;
}
} // namespace

QDateTime Clock::nowUtc()
{
    if (override())
        return override()().toUTC();
    return QDateTime::currentDateTimeUtc();
}

void Clock::setForTesting(std::function<QDateTime()> now)
{
    override() = std::move(now);
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
