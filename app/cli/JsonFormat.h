#pragma once

#include "domain/Catalog.h"
#include "domain/Records.h"

#include <QJsonObject>

// The --json shapes of the CLI (a stable contract, DESIGN.md §7). Times are UTC ISO-8601.
namespace JsonFormat {
QJsonObject client(const Client& c);
QJsonObject caseRecord(const CaseRecord& c, const Catalog* catalog);
QString toText(const QJsonValue& v);
} // namespace JsonFormat
