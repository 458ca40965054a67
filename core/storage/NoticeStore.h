#pragma once

#include "common/Result.h"
#include "domain/Notice.h"

#include <optional>

class Database;

// Rows of one-time notices. Writers expect the caller's transaction.
namespace NoticeStore {
Result<Notice> insert(Database& db, Notice n, qint64 caseSeq);
Result<std::optional<Notice>> byNumber(Database& db, const QString& number);
Result<QList<Notice>> forCase(Database& db, qint64 caseSeq);
Status markDelivered(Database& db, qint64 noticeSeq, const QString& how, const QDateTime& at);
} // namespace NoticeStore
