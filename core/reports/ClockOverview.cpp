#include "reports/ClockOverview.h"

#include "domain/CaseClock.h"
#include "domain/WorkCalendar.h"
#include "search/CaseQuery.h"

Result<ClockOverview> ClockOverview::count(Database& db, const QDate& today, const WorkCalendar& calendar)
{
    auto running = [&](const QDate& by) -> Result<qint64> {
        CaseFilter f;
        f.closeDueBy = by;
        return CaseQuery::count(db, f);
    };
    CaseFilter paused;
    paused.pausedOnly = true;
    auto p = CaseQuery::count(db, paused);
    auto late = running(today.addDays(-1));
    auto soon = running(calendar.addWorkingDays(today, CaseClock::kDueSoonDays));
    auto all = running(QDate(9999, 12, 31));
    for (const Result<qint64>* r : { &p, &late, &soon, &all })
        if (!*r)
            return r->error();
    return ClockOverview { *all - *soon, *soon - *late, *late, *p };
}
