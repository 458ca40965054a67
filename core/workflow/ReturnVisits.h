#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/AfterService.h"

#include <QDate>
#include <QList>

class Database;
class WorkCalendar;

// Which closed cases get a return visit (7.4.2): a share of them, picked evenly by case rather than
// by who asks, and every case with a complaint; each within so many working days of closing. A
// supervisor sets it; it is kept in the station's settings.
struct ReturnVisitPlan
{
    int sharePercent = 20; // 0-100
    bool everyComplaint = true;
    int withinWorkingDays = 10; // 1-60
};

// One line of the staff's worklist.
struct DueReturnVisit
{
    QString caseNumber;
    QString clientName;
    QString phone;
    QString itemCode;
    QDateTime closedAt;
    QDate due;
    bool complained = false; // on the list because of a complaint
};

// 7.4.2 回访: records a return visit with the client's ratings on the four dimensions of 8.1.1, on
// the case's timeline, with its audit entry, in one transaction; lists the visits due.
class ReturnVisits
{
public:
    ReturnVisits(Database& db, const WorkCalendar& calendar);
    Result<ReturnVisit> record(const NewReturnVisit& input, const Actor& actor);
    // Closed cases of the last `lookBackDays` days that the plan picks and nobody has visited since
    // they closed, oldest first.
    Result<QList<DueReturnVisit>> due(const QDate& today, int lookBackDays, const Actor& actor);

    // A case's return visits, oldest first, corrections included.
    static Result<QList<ReturnVisit>> ofCase(Database& db, const QString& caseNumber);
    static Result<ReturnVisitPlan> plan(Database& db);
    static Status setPlan(Database& db, const ReturnVisitPlan& plan, const Actor& actor);

private:
    Database& m_db;
    const WorkCalendar& m_calendar;
};
