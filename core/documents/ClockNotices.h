#pragma once

#include "common/Result.h"
#include "domain/CaseClock.h"
#include "domain/Catalog.h"
#include "domain/Records.h"

class Database;

// Issue 20: the papers of a case's clock, in Chinese, laid out by PagedDocument.
// - 暂停计时告知书: tells the applicant in writing that the clock of their request stands still,
//   why, since when, and what lets it run again (the paused working days do not count).
// - 催办通知: a supervisor's urging, to the clerk who has the case, with the date it is due by.
namespace ClockNotices {
struct Content
{
    CaseRecord kase;
    Station station;
    QString itemName;
    ClockEvent fact; // the pause or the urging printed
    QString actorName; // who paused or urged it, by name
    QString staffName; // 经办人: who registered the case
    QDate dueClose; // as the clock stands
    SupervisionContacts contacts;
};

// The latest pause (kind "pause") or urging ("urged") of the case numbered `number`; NotFound
// when it has none.
Result<Content> gather(Database& db, const Catalog& catalog, const QString& number, const QString& kind);
QString pauseNotice(const Content& c);
QString urgeNotice(const Content& c);
QString title(const Content& c); // "暂停计时告知书 LZ-LN-…" / "催办通知 LZ-LN-…"
} // namespace ClockNotices
