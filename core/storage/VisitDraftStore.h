#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

class Database;

// A visit form as it is being typed (on site, offline, possibly for days), saved every few seconds
// so that a killed program loses at most those seconds; offered back at the next start. Each save
// is one statement, so a draft is always either the old one or the new one, never half of each.
struct VisitDraft
{
    QString id;
    QString caseNumber;
    QJsonObject content; // the form's fields
    QDateTime updatedAt;
};

namespace VisitDraftStore {
Status save(Database& db, const VisitDraft& draft);
Result<QList<VisitDraft>> all(Database& db); // newest first
Status discard(Database& db, const QString& id);
} // namespace VisitDraftStore
