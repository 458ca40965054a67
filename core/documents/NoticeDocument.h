#pragma once

#include "domain/Notice.h"
#include "domain/Records.h"

// 7.2.3: the one-time notice as a Chinese government notice: the issuing station's heading, title,
// number, applicant, the items one by one, the next step, contact and deadline, the clerk's
// signature and date, and a receipt line for the applicant. HTML for PagedDocument.
namespace NoticeDocument {
QString html(const Notice& notice,
    const CaseRecord& kase,
    const Station& station,
    const QString& itemName,
    const SupervisionContacts& supervision = {});
}
