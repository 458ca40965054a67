#pragma once

#include "common/Result.h"
#include "domain/Notice.h"

#include <optional>

class Database;

// Rows of one-time notices and the yearly document counters. Writers expect the caller's transaction.
namespace NoticeStore {
// The next number of `kind` ("GZ" for notices) for a station and year, counted in the transaction.
Result<int> takeNumber(Database& db, qint64 stationSeq, const QString& kind, int year);
Result<Notice> insert(Database& db, Notice n, qint64 caseSeq);
Result<std::optional<Notice>> byNumber(Database& db, const QString& number);
Result<QList<Notice>> forCase(Database& db, qint64 caseSeq);
Status markDelivered(Database& db, qint64 noticeSeq, const QString& how, const QDateTime& at);
} // namespace NoticeStore
