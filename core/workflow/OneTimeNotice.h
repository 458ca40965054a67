#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Notice.h"

class Catalog;
class Database;
class WorkCalendar;
struct CaseRecord;

// 7.2.3 一次性告知: from a registered case, the notice of everything still missing (the service
// item's typical materials and what the clerk adds), why it cannot be done now, the next step, where
// and whom to contact and by when; numbered per station and year, dated and signed by the clerk, in
// one transaction with the case's move to "notice given", its timeline event and the audit entry.
// "Tell everything once": a second notice for the same case needs its reason, which is kept.
class OneTimeNotice
{
public:
    OneTimeNotice(Database& db, const Catalog& catalog, const WorkCalendar& calendar);
    // The wording a notice takes where the clerk wrote none (a notice is a Chinese document whatever
    // language the program shows), and its usual deadline.
    static QString usualReason();
    static QString usualNextStep();
    static QString usualContact(const QString& stationName, const QString& clerk);
    static constexpr int kUsualDeadlineDays = 10;
    Result<Notice> issue(const NewNotice& input, const Actor& actor);
    // How it reached the applicant: paper (handed over), sms or phone.
    Result<Notice> recordDelivery(const QString& noticeNumber, const QString& how, const Actor& actor);

private:
    // Inside the step's transaction, on the case read in it.
    Result<Notice> issueOn(const CaseRecord& kase, const NewNotice& input, const Actor& actor);

    Database& m_db;
    const Catalog& m_catalog;
    const WorkCalendar& m_calendar;
};
