#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Database;

// Requests typed on the platform's public pages and routed to this station (issue 23), as its
// pull brings them: they wait as 待受理 (pending) until a clerk accepts or returns one.
struct OnlineRequest
{
    qint64 seq = 0;
    QString id;
    QString number;
    QString enterprise;
    QString uscc;
    QString contact;
    QString phone;
    QString email;
    QString itemCode;
    QString summary;
    QString division;
    bool sms = false;
    QDateTime receivedAt;
    QString state; // pending, accepted, returned
    QString returnReason;
    QString station; // the code of the station it was routed to; empty: the city's
};

namespace OnlineRequestStore {
// A pulled online_request record (checked by RecordRules); one already here is left as it is.
// Whether it was new.
Result<bool> take(Database& db, const QJsonObject& payload);
// Those waiting to be accepted, oldest first.
Result<QList<OnlineRequest>> pending(Database& db, int limit);
Result<std::optional<OnlineRequest>> byNumber(Database& db, const QString& number);
// What a clerk made of it (in the caller's transaction): accepted as case `caseSeq`, or returned.
Status markAccepted(Database& db, qint64 seq, qint64 caseSeq, const QString& by, const QDateTime& at);
Status markReturned(Database& db, qint64 seq, const QString& reason, const QString& by, const QDateTime& at);
} // namespace OnlineRequestStore
