#pragma once

#include "domain/Records.h"

#include <QJsonObject>

// The payloads of ops: records as the other side stores them, by UUID (never local seqs).
namespace SyncPayload {
QJsonObject client(const Client& c);
QJsonObject caseRecord(const CaseRecord& c, const Station& station);
QJsonObject caseEvent(const QString& caseId, const CaseEvent& e);
} // namespace SyncPayload
