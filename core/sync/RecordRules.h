#pragma once

#include "common/Result.h"

#include <QJsonObject>

class Catalog;

// The rules a synchronised record must meet, the same on both sides (DESIGN.md §6, convergence):
// the platform refuses an op whose record breaks them, so nothing invalid is stored or served; a
// station checks what it pulls against them before applying it, and holds back (quarantines) what
// fails instead of stopping its pull. They are the rules the station's own forms apply (the lengths
// of Registration, ClientArchive and VisitRecording, the catalog's items, the channels and states)
// plus the database's own limits, so a record that passes them is one the station can store.
namespace RecordRules {
// `entity` is client, case, case_event, visit, clock_event or kb_version; `payload` the record as
// synchronised. BadInput naming the field and why. Items are those of the built-in catalog (the
// same on every side).
Status check(const QString& entity, const QJsonObject& payload);
Status check(const QString& entity, const QJsonObject& payload, const Catalog& catalog);
// A case's number belongs to the station that registered it: LZ-LN-20261124-0007 to LZ-LN.
bool numberOfStation(const QString& number, const QString& station);
} // namespace RecordRules
