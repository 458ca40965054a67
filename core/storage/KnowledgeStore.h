#pragma once

#include "common/Result.h"
#include "domain/Knowledge.h"

#include <optional>

class Database;

// The knowledge base's rows (migration 26): entries with every version kept, their search index,
// the proposals from answered cases and which entry a case's answer used. Writes run inside the
// caller's transaction.
namespace KnowledgeStore {
// A new entry (version 1) or, with `entry.seq` set, its next version (a retirement is one too); its
// items, version row and search tokens with it.
Status write(Database& db, KnowledgeEntry& entry);
// A version of a city entry pulled from the platform (ChangeApplier): the entry takes it when it is
// later than the one here, and every version is kept. Whether anything was added.
Result<bool> take(Database& db, KnowledgeEntry entry);
Result<KnowledgeEntry> find(Database& db, const QString& numberOrId);
// Newest first; retired ones too when asked.
Result<QList<KnowledgeEntry>> list(Database& db, bool withRetired, int limit);
// What the user typed (every part must match, as the case search), those applying to `itemCode`
// first, current ones only unless asked.
Result<QList<KnowledgeEntry>> search(
    Database& db, const QString& query, const QString& itemCode, const QDate& today, bool currentOnly, int limit);
// Entries sharing the most with a whole request, best first, current only: what the registration
// page offers while the clerk types.
Result<QList<KnowledgeEntry>> suggest(
    Database& db, const QString& request, const QString& itemCode, const QDate& today, int limit);

// The entry and version a case's answer was taken from; nothing when the entry is not here (another
// station's own) or the case has its use recorded already (pulled again).
Status recordUse(Database& db, qint64 caseSeq, const KnowledgeUse& use, const QDateTime& at);
Result<std::optional<KnowledgeUse>> useOf(Database& db, qint64 caseSeq);

Status insertProposal(Database& db, KnowledgeProposal& proposal, qint64 caseSeq);
Result<KnowledgeProposal> proposal(Database& db, const QString& numberOrId);
Result<QList<KnowledgeProposal>> openProposals(Database& db);
Status decideProposal(Database& db,
    qint64 seq,
    const QString& state,
    const QString& by,
    const QDateTime& at,
    const QString& note,
    std::optional<qint64> entrySeq);
} // namespace KnowledgeStore
