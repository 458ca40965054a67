#pragma once

#include "domain/CaseClock.h"
#include "domain/Knowledge.h"
#include "domain/Records.h"
#include "domain/Visit.h"

#include <QJsonObject>

// The payloads of ops: records as the other side stores them, by UUID (never local seqs).
namespace SyncPayload {
QJsonObject client(const Client& c);
QJsonObject caseRecord(const CaseRecord& c, const Station& station);
QJsonObject caseEvent(const QString& caseId, const CaseEvent& e);
// A fact of a case's clock (issue 20), and back.
QJsonObject clockEvent(const QString& caseId, const ClockEvent& e);
ClockEvent clockEventOf(const QJsonObject& p);
// A signed visit; its signature and photos travel as blobs, named here by SHA-256.
QJsonObject visit(const QString& caseId, const Visit& v);
// A version of a city knowledge entry (issue 21): written at the city, taken read-only by every
// station. Each version is a record of its own (`knowledgeRecordId`), never changed once sent, so
// stations converge on the highest version whatever order they come in. `authorName` is shown at
// stations that do not know the city's logins.
QJsonObject knowledgeVersion(const KnowledgeEntry& e, const QString& authorName);
KnowledgeEntry knowledgeEntryOf(const QJsonObject& p);
QString knowledgeRecordId(const QString& entryId, int version);
// Where a record of this entity comes in the order a station applies records in: clients, then
// cases, then what hangs on cases (events, visits).
int applyOrder(const QString& entity);
// The blobs a visit payload names.
QStringList blobsOf(const QJsonObject& visitPayload);
} // namespace SyncPayload
