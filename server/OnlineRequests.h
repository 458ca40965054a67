#pragma once

#include "PlatformStore.h"
#include "domain/Catalog.h"

#include <QDateTime>
#include <QStringList>

// Requests typed on the public pages (issue 23, standard 6 and 7.1.2: 平台网站 is a demand channel).
// A request is checked by the same rules as the desk's registration, routed to the station of the
// enterprise's administrative division (the one the applicant picks, else characters 3–8 of the
// credit code; none known: the city), numbered, and answered with a random query code that is kept
// only as a hash.
struct OnlineRequestForm
{
    QString enterprise;
    QString uscc;
    QString contact;
    QString phone;
    QString email; // optional
    QString item; // a catalog item's code
    QString district; // optional: a division code
    QString request;
    bool sms = false; // agreed to be texted (7.4.1)
};

struct OnlineReceipt
{
    QString number;
    QString code;
    QString stationName; // where it went; empty: the city
};

// What a look-up shows: where the request stands, in plain words, and nothing else of it or of
// other requests.
struct OnlineRequestView
{
    QString number;
    QString state; // pending, accepted, returned
    QString itemCode;
    QDateTime receivedAt;
    QString stationName;
    QString caseNumber; // accepted: the case it became, and where that stands
    QString caseStatus; // a case status key
    QString returnReason; // returned: why
};

namespace OnlineRequests {
// BadInput names the field (the form's name for it) and why, as the desk would say it.
Result<OnlineReceipt> submit(
    PlatformStore& store, const Catalog& catalog, const OnlineRequestForm& form, const QDateTime& now);
// The request with this number, if `code` is its query code; nothing otherwise (an unknown number
// and a wrong code look the same).
Result<std::optional<OnlineRequestView>> lookup(PlatformStore& store, const QString& number, const QString& code);
// A fresh query code: 8 characters no one misreads (no 0/O, 1/I).
QString newQueryCode();
} // namespace OnlineRequests
