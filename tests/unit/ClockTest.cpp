#include "common/Clock.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

TEST_CASE("an instant is stored as Qt writes it in ISO 8601 with milliseconds, UTC", "[clock]")
{
    QRandomGenerator random(22);
    const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2200, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(from + qint64(random.bounded(double(to - from))), Qt::UTC);
        INFO(t.toMSecsSinceEpoch());
        REQUIRE(Clock::toStorage(t) == t.toString(Qt::ISODateWithMs));
        REQUIRE(Clock::fromStorage(Clock::toStorage(t)) == t);
    }
    // Another zone's instant is the same instant in UTC.
    const QDateTime china(QDate(2026, 12, 1), QTime(7, 30, 5, 42), QTimeZone(8 * 3600));
    CHECK(Clock::toStorage(china) == QStringLiteral("2026-11-30T23:30:05.042Z"));
    CHECK(Clock::toStorage(QDateTime()).isEmpty());
    const QDateTime farOff(QDate(12000, 1, 1), QTime(0, 0), Qt::UTC);
    CHECK(Clock::toStorage(farOff) == farOff.toString(Qt::ISODateWithMs));
}
