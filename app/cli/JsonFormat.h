#pragma once

#include "domain/CaseClock.h"
#include "domain/Catalog.h"
#include "domain/Records.h"

#include <QJsonObject>

// The --json shapes of the CLI (a stable contract, DESIGN.md §7). Times are UTC ISO-8601.
namespace JsonFormat {
QJsonObject client(const Client& c);
QJsonObject caseRecord(const CaseRecord& c, const Catalog* catalog);
// With its clock (issue 20): due_response, due_close, paused_days, light, the pause, extensions
// and urgings. Dates are China dates (yyyy-MM-dd).
QJsonObject caseRecord(const CaseRecord& c, const Catalog* catalog, const CaseClock& clock);
QString toText(const QJsonValue& v);
} // namespace JsonFormat
