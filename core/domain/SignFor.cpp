#include "domain/SignFor.h"

#include "common/Clock.h"
#include "domain/WorkCalendar.h"

QDate SignFor::due(const QDateTime& handedAtUtc, const WorkCalendar& calendar)
{
    return calendar.addWorkingDays(Clock::chinaDate(handedAtUtc), kWorkingDays);
}
