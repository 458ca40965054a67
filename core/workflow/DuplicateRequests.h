#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// A request that may have been registered already (issue 21): a warning at registration, never a
// block. Two reasons: the same client has an open case on the same item, or one of the client's
// requests of the last 30 days reads very like this one.
//
// "Very like" is the Dice coefficient of the two texts' sets of character bigrams, the unit the
// search index is made of (SearchTokens): 2·|A∩B| / (|A|+|B|) ≥ 0.5. It needs no dictionary, holds
// for Chinese without word breaks and costs a few microseconds a pair; only the client's own cases
// of 30 days are compared, found through the cases_client index.
namespace DuplicateRequests {
struct Candidate
{
    QString number;
    QString summary;
    QDateTime receivedAt;
    bool sameItemOpen = false;
    double similarity = 0; // 0…1
};
inline constexpr double kVeryLike = 0.5;
inline constexpr int kDays = 30;

Result<QList<Candidate>> find(Database& db, const QString& clientId, const QString& itemCode, const QString& summary);
double similarity(const QString& a, const QString& b);
} // namespace DuplicateRequests
