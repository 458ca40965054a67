// Working days with the Chinese public-holiday calendar (DESIGN.md §4): holidays, adjusted working
// weekends (调休), year boundaries, and a calendar file an administrator adds.
#include "domain/WorkCalendar.h"

#include "support/QtCatch.h"

#include <QTemporaryDir>

namespace {
WorkCalendar shipped()
{
    auto c = WorkCalendar::load();
    REQUIRE(c.ok());
    return c.value();
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

TEST_CASE("holidays are days off and adjusted weekends are working days", "[calendar]")
{
    const WorkCalendar c = shipped();
    CHECK(c.years() == QList<int> { 2025, 2026, 2027 });
    CHECK_FALSE(c.isWorkingDay(d(2026, 2, 16))); // 春节, a Monday
    CHECK(c.holidayOn(d(2026, 2, 16)) == QStringLiteral("春节"));
    CHECK(c.isWorkingDay(d(2026, 2, 14))); // a Saturday made a working day
    CHECK(c.isWorkingDay(d(2026, 2, 28)));
    CHECK_FALSE(c.isWorkingDay(d(2026, 2, 21))); // an ordinary Saturday inside the holiday
    CHECK(c.holidayOn(d(2026, 3, 7)).isEmpty()); // an ordinary weekend is no holiday
    CHECK_FALSE(c.isWorkingDay(d(2026, 3, 7)));
    CHECK(c.isWorkingDay(d(2026, 3, 9)));
    CHECK(c.isWorkingDay(d(2025, 4, 27))); // 劳动节 2025: Sunday 27 April worked
    CHECK_FALSE(c.isWorkingDay(d(2025, 10, 8)));
    CHECK(c.isWorkingDay(d(2025, 10, 11)));
}

TEST_CASE("a deadline in working days skips holidays and counts adjusted weekends", "[calendar]")
{
    const WorkCalendar c = shipped();
    // Friday before the 2025 Spring Festival: Sunday the 26th is worked, then the holiday.
    CHECK(c.addWorkingDays(d(2025, 1, 24), 1) == d(2025, 1, 26));
    CHECK(c.addWorkingDays(d(2025, 1, 24), 2) == d(2025, 1, 27));
    CHECK(c.addWorkingDays(d(2025, 1, 24), 3) == d(2025, 2, 5));
    // Across the new year into 2026: 1-3 January off, Sunday the 4th worked.
    CHECK(c.addWorkingDays(d(2025, 12, 31), 1) == d(2026, 1, 4));
    // Before the 2026 National Day: Sunday 20 September worked; 1-7 October off; Saturday 10 worked.
    CHECK(c.addWorkingDays(d(2026, 9, 18), 1) == d(2026, 9, 20));
    CHECK(c.addWorkingDays(d(2026, 9, 30), 1) == d(2026, 10, 8));
    CHECK(c.addWorkingDays(d(2026, 9, 30), 3) == d(2026, 10, 10));
    // Five working days from an ordinary Monday is the next Monday.
    CHECK(c.addWorkingDays(d(2026, 11, 23), 5) == d(2026, 11, 30));
    CHECK(c.addWorkingDays(d(2026, 11, 23), 0) == d(2026, 11, 23));
    CHECK(c.workingDaysBetween(d(2026, 9, 30), d(2026, 10, 10)) == 3);
    CHECK(c.workingDaysBetween(d(2026, 10, 10), d(2026, 9, 30)) == -3);
}

TEST_CASE("a year not in the calendar counts weekends only, and says so", "[calendar]")
{
    const WorkCalendar c = shipped();
    CHECK_FALSE(c.covers(2030));
    CHECK(c.isWorkingDay(d(2030, 10, 1))); // a Tuesday; the 2030 holidays are not known here
    CHECK(c.isProvisional(2027));
    CHECK_FALSE(c.isProvisional(2026));
}

TEST_CASE("an administrator's file adds or replaces a year; a malformed one is refused with where", "[calendar]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("holidays.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": 1, "years": [{"year": 2027, "source": "国办通知", "provisional": false,
        "days_off": [{"name": "春节", "from": "2027-02-05", "to": "2027-02-12"}],
        "working_weekends": ["2027-02-20"]}]})");
    f.close();
    auto c = WorkCalendar::load(path);
    REQUIRE(c.ok());
    CHECK_FALSE(c->isProvisional(2027));
    CHECK_FALSE(c->isWorkingDay(d(2027, 2, 10)));
    CHECK(c->isWorkingDay(d(2027, 2, 20)));
    CHECK(c->isWorkingDay(d(2027, 10, 1))); // the file's 2027 replaced the shipped one whole
    CHECK_FALSE(c->isWorkingDay(d(2026, 10, 1))); // other years stay

    auto badWeekend = WorkCalendar::fromJson(
        R"({"format": 1, "years": [{"year": 2028, "days_off": [], "working_weekends": ["2028-03-01"]}]})");
    REQUIRE_FALSE(badWeekend.ok());
    CHECK(badWeekend.error().field == QStringLiteral("holidays"));
    CHECK(badWeekend.error().message.english.contains(QStringLiteral("2028")));
    CHECK(badWeekend.error().message.english.contains(QStringLiteral("Saturday or Sunday")));
    CHECK_FALSE(WorkCalendar::fromJson("{not json").ok());
    CHECK_FALSE(WorkCalendar::fromJson(R"({"format": 2, "years": []})").ok());
    CHECK_FALSE(WorkCalendar::fromJson(
        R"({"format": 1, "years": [{"year": 2028, "days_off": [{"name": "x", "from": "2028-05-05", "to": "2028-05-01"}]}]})")
                    .ok());
}
