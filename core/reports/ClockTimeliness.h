#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

class Catalog;
class Database;
class ReportDays;
struct ReportPeriod;

// Issue 20: how cases kept their own time limits in the period. A case closed in the period counts
// as on time when closed on or before its due date, which paused working days and approved
// extensions have moved: paused time does not count against it.
struct ClockRow
{
    QString key; // category code, or the login of the clerk who received the cases
    QString label; // the category's name, or the clerk's
    qint64 closed = 0; // closed in the period, with a time limit
    qint64 onTime = 0;
    qint64 extensions = 0; // approved in the period
    qint64 urgings = 0; // made in the period
    qint64 returns = 0; // handoffs returned by the agency in the period
};

// An agency's handoffs in the period: finished (on time against the handoff's own due date),
// returned, signed for late, urged.
struct AgencyClockRow
{
    QString name;
    qint64 handedOff = 0; // handed to it in the period
    qint64 lateSignFors = 0; // of those: signed for after their day, or not by the period's end
    qint64 finished = 0; // results recorded in the period
    qint64 onTime = 0;
    qint64 returns = 0; // returned in the period
    qint64 urgings = 0; // urgings of its handoffs in the period
};

struct ClockTimeliness
{
    QList<ClockRow> byCategory; // all twelve, in catalog order
    QList<ClockRow> byStaff; // those with anything to count, most cases first
    QList<AgencyClockRow> byAgency; // those with anything to count, by name

    // The day-count figures (migrations 28 and 29) it reads, for the caller to read with its own.
    static const QList<QByteArray> kFigures;
    // `days`: the period's counts of kFigures at the station (0: all); `names`: logins to people's
    // names, for the staff rows.
    static Result<ClockTimeliness> compute(Database& db,
        const Catalog& catalog,
        const ReportPeriod& period,
        qint64 stationSeq,
        const ReportDays& days,
        const QHash<QString, QString>& names);
};
