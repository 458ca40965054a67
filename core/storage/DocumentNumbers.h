#pragma once

#include "common/Result.h"
#include "domain/Records.h"

class Database;

// The numbers papers are filed under: city, station, kind, year and a yearly sequence,
// "LZ-LN-GZ-2026-0001". Kinds: GZ 一次性告知书, SM 上门服务记录单. Counted in the caller's transaction,
// so a number is taken only with the record that carries it.
namespace DocumentNumbers {
inline const QString kNotice = QStringLiteral("GZ");
inline const QString kVisit = QStringLiteral("SM");
Result<QString> take(Database& db, const Station& station, const QString& kind, int year);
} // namespace DocumentNumbers
