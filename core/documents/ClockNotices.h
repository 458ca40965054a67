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
// - 延期办理告知书: tells the applicant that the time limit was extended, by how many working days,
//   why, and the new date (Administrative Licensing Law art. 42).
namespace ClockNotices {
struct Content
{
    CaseRecord kase;
    Station station;
    QString itemName;
    ClockEvent fact; // the pause, urging or approval printed
    ClockEvent request; // for an approval: the extension asked for
    QString actorName; // who paused or urged it, by name
    QString staffName; // 经办人: who registered the case
    QDate dueClose; // as the clock stands
    SupervisionContacts contacts;
};

// The latest pause (kind "pause"), urging ("urged") or approved extension ("extension_approved")
// of the case numbered `number`; NotFound when it has none.
Result<Content> gather(Database& db, const Catalog& catalog, const QString& number, const QString& kind);
QString pauseNotice(const Content& c);
QString urgeNotice(const Content& c);
QString extensionNotice(const Content& c);
QString html(const Content& c); // the notice of its fact's kind
QString title(const Content& c); // "暂停计时告知书 LZ-LN-…" / "催办通知 LZ-LN-…" / "延期办理告知书 LZ-LN-…"
} // namespace ClockNotices
