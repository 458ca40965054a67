#pragma once

#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

// Working days in mainland China (DESIGN.md §4; deadlines of 7.2.4 and 7.5): Monday to Friday,
// except the public holidays the State Council announces each year, plus the weekend days it makes
// working days (调休). The years come from resources/calendar/holidays.json, and an administrator may
// add or correct a year in a file of the same format (docs/holidays.md); a year not covered counts
// weekends only, and callers can say so.
class WorkCalendar
{
public:
    // The shipped years, with those of `extraFile` (if it exists) replacing or adding to them.
    static Result<WorkCalendar> load(const QString& extraFile = {});
    // The shipped years with the administrator's, loaded once for the process (a broken extra
    // file is passed over, as at start-up); weekends only if even the shipped file fails.
    static const WorkCalendar& standard();
    // Where an administrator puts the extra years: holidays.json in the program's data folder.
    static QString adminFile();
    // One file's years; BadInput naming the year and the reason for a malformed one.
    static Result<WorkCalendar> fromJson(const QByteArray& json);

    bool covers(int year) const { return m_years.contains(year); }
    bool isProvisional(int year) const { return m_years.value(year).provisional; }
    QList<int> years() const;
    bool isWorkingDay(const QDate& day) const;
    // The holiday's name for a day off that is not an ordinary weekend, else empty.
    QString holidayOn(const QDate& day) const;
    // The `days`-th working day after `from` (`from` itself not counted): a deadline of `days`
    // working days from a handoff on `from`.
    QDate addWorkingDays(const QDate& from, int days) const;
    // The `days`-th working day before `from`: five working days ago.
    QDate workingDaysBefore(const QDate& from, int days) const;
    // Working days after `from` up to and including `to`; negative when `to` is before `from`.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    struct Year
    {
        QString source;
        bool provisional = false;
        QHash<QDate, QString> daysOff; // day -> holiday name
        QSet<QDate> workingWeekends;
    };
    QHash<int, Year> m_years;
};
