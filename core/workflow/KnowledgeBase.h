#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Catalog.h"
#include "domain/Knowledge.h"

class Database;

// The knowledge base's workflows (issue 21, 7.2.2): entries written by supervisors, answered cases
// proposed by clerks (建议入库) and approved into entries, entries retired. Each is one transaction
// with its audit record. At a station the city's entries are read-only; the station's own are kept
// as local entries. The city's entries reach the platform by sync, each version as it is written.
class KnowledgeBase
{
public:
    KnowledgeBase(Database& db, const Catalog& catalog);

    Result<KnowledgeEntry> add(const NewKnowledgeEntry& input, const Actor& actor);
    // The entry's next version with what the form now says (the basis withdrawn among it); every
    // version is kept, and a case keeps the version its answer came from.
    Result<KnowledgeEntry> revise(const QString& entry, const NewKnowledgeEntry& input, const Actor& actor);
    Result<KnowledgeEntry> retire(const QString& entry, const QString& reason, const Actor& actor);
    Result<KnowledgeProposal> propose(const QString& caseNumber, const Actor& actor)
    {
        return proposeCase(m_db, caseNumber, actor);
    }
    static Result<KnowledgeProposal> proposeCase(Database& db, const QString& caseNumber, const Actor& actor);
    // Approving makes the proposal an entry for the case's item, written by the approver.
    Result<KnowledgeEntry> approve(const QString& proposal, const Actor& actor);
    Result<KnowledgeProposal> reject(const QString& proposal, const QString& note, const Actor& actor);

    // The entry, current on `today`, a registration's answer is taken from: refused by its field
    // (kb_entry) when unknown, retired, out of its days or on a withdrawn basis.
    static Result<KnowledgeEntry> usable(Database& db, const QString& entry, const QDate& today);

    static QList<Error> problems(const Catalog& catalog, const NewKnowledgeEntry& input);

private:
    Database& m_db;
    const Catalog& m_catalog;
};
