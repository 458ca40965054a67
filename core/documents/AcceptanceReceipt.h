#pragma once

#include "common/Result.h"
#include "domain/Catalog.h"
#include "domain/Records.h"

class Database;
class WorkCalendar;

// The acceptance receipt (受理回执) of a registered request, in Chinese whatever the UI language:
// the unit, the case number, client and the person who came, the item by its name, the request,
// when it was received, by when it is answered in working days, how to ask about progress and
// whom to complain to (7.5.2), the 经办人 by name, and the seal and date. HTML for PagedDocument.
namespace AcceptanceReceipt {
struct Content
{
    CaseRecord kase;
    Station station;
    QString itemName; // the catalog item's Chinese name
    QString staffName; // 经办人: the person who registered it, not the login
    int workingDays = CatalogItem::kDefaultHandoffDays;
    QDate answerBy; // the workingDays-th working day after the day it was received
    SupervisionContacts contacts; // 7.5.2
};

QString html(const Content& content);
QString title(const CaseRecord& kase); // "受理回执 LZ-LN-20261202-0001"
QString fileName(const CaseRecord& kase); // "受理回执-LZ-LN-20261202-0001.pdf"
// What the receipt of the case numbered `number` says, read from the station's database.
Result<Content> gather(Database& db, const Catalog& catalog, const WorkCalendar& calendar, const QString& number);
} // namespace AcceptanceReceipt
