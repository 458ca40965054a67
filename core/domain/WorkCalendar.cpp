#include "domain/WorkCalendar.h"

#include "common/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
Error malformed(const QString& where, const QString& why)
{
    return Error::badInput(QStringLiteral("holidays"),
        UiText::of("Calendar", QT_TRANSLATE_NOOP("Calendar", "The holiday calendar is not valid at %1: %2"))
            .arg(where, why));
}

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}
} // namespace

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("offset %1").arg(pe.offset), pe.errorString());
    if (doc.object().value(QStringLiteral("format")).toInt() != 1)
        return malformed(QStringLiteral("format"), QStringLiteral("only format 1 is known"));
    WorkCalendar calendar;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("years")).toArray()) {
        const QJsonObject o = v.toObject();
        const int number = o.value(QStringLiteral("year")).toInt();
        const QString where = QStringLiteral("year %1").arg(number);
        if (number < 2000 || number > 2100)
            return malformed(where, QStringLiteral("the year must be between 2000 and 2100"));
        Year year;
        year.source = o.value(QStringLiteral("source")).toString();
        year.provisional = o.value(QStringLiteral("provisional")).toBool();
        for (const QJsonValue& h : o.value(QStringLiteral("days_off")).toArray()) {
            const QJsonObject holiday = h.toObject();
            const QString name = holiday.value(QStringLiteral("name")).toString();
            const QDate from = QDate::fromString(holiday.value(QStringLiteral("from")).toString(), Qt::ISODate);
            const QDate to = QDate::fromString(holiday.value(QStringLiteral("to")).toString(), Qt::ISODate);
            if (name.isEmpty() || !from.isValid() || !to.isValid() || to < from || from.addDays(31) < to)
                return malformed(where,
                    QStringLiteral("a day off needs a name and from/to dates (YYYY-MM-DD), at most a month apart"));
            if (from.year() != number && to.year() != number)
                return malformed(where, QStringLiteral("%1 is not in that year").arg(name));
            for (QDate d = from; d <= to; d = d.addDays(1))
                year.daysOff.insert(d, name);
        }
        for (const QJsonValue& w : o.value(QStringLiteral("working_weekends")).toArray()) {
            const QDate d = QDate::fromString(w.toString(), Qt::ISODate);
            if (!d.isValid() || !isWeekend(d))
                return malformed(where, QStringLiteral("%1 is not a Saturday or Sunday").arg(w.toString()));
            if (year.daysOff.contains(d))
                return malformed(where, QStringLiteral("%1 is both a day off and a working day").arg(w.toString()));
            year.workingWeekends.insert(d);
        }
        calendar.m_years.insert(number, year);
    }
    return calendar;
}

const WorkCalendar& WorkCalendar::standard()
{
    static const WorkCalendar calendar = [] {
        auto withExtra = load(adminFile());
        if (withExtra)
            return withExtra.value();
        auto shipped = load();
        return shipped ? shipped.value() : WorkCalendar();
    }();
    return calendar;
}

Result<WorkCalendar> WorkCalendar::load(const QString& extraFile)
{
    QFile shipped(QStringLiteral(":/calendar/holidays.json"));
    if (!shipped.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("the shipped holiday calendar is missing"));
    auto calendar = fromJson(shipped.readAll());
    if (!calendar)
        return calendar.error();
    if (extraFile.isEmpty() || !QFile::exists(extraFile))
        return calendar;
    QFile extra(extraFile);
    if (!extra.open(QIODevice::ReadOnly))
        return malformed(extraFile, extra.errorString());
    auto added = fromJson(extra.readAll());
    if (!added)
        return added.error();
    WorkCalendar merged = std::move(calendar).value();
    for (auto it = added->m_years.cbegin(); it != added->m_years.cend(); ++it)
        merged.m_years.insert(it.key(), it.value());
    qCInfo(lcWorkflow) << "holiday calendar: years" << added->years() << "from" << extraFile;
    return merged;
}

QString WorkCalendar::adminFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/holidays.json");
}

QList<int> WorkCalendar::years() const
{
    QList<int> list = m_years.keys();
    std::sort(list.begin(), list.end());
    return list;
}

bool WorkCalendar::isWorkingDay(const QDate& day) const
{
    // A holiday may begin in December of the year before (a Spring Festival never does, but a year's
    // days off are looked up by the day's own year and the one it may spill from).
    for (int y : { day.year(), day.year() - 1 }) {
        auto it = m_years.constFind(y);
        if (it == m_years.constEnd())
            continue;
        if (it->daysOff.contains(day))
            return false;
        if (it->workingWeekends.contains(day))
            return true;
    }
    return !isWeekend(day);
}

QString WorkCalendar::holidayOn(const QDate& day) const
{
    for (int y : { day.year(), day.year() - 1 })
        if (auto it = m_years.constFind(y); it != m_years.constEnd() && it->daysOff.contains(day))
            return it->daysOff.value(day);
    return {};
}

QDate WorkCalendar::addWorkingDays(const QDate& from, int days) const
{
    QDate d = from;
    for (int counted = 0; counted < days;) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

QDate WorkCalendar::workingDaysBefore(const QDate& from, int days) const
{
    QDate d = from;
    for (int counted = 0; counted < days;) {
        d = d.addDays(-1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}
