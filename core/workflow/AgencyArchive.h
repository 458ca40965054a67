#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Agency.h"

class Catalog;
class Database;

// 7.6.2: adds service agencies and expert teams to the archive. Each input is checked field by field
// (name, credit code, scope items against the catalog, qualification dates); an agency is added in
// one transaction with its audit entry, and a credit code already archived is refused.
class AgencyArchive
{
public:
    AgencyArchive(Database& db, const Catalog& catalog);
    // The agency as it will be stored, or the first field at fault.
    Result<Agency> prepare(const NewAgency& input) const;
    Result<Agency> add(const NewAgency& input, const Actor& actor);
    // BadInput when its credit code is archived already (under any name).
    Status checkNotArchived(const Agency& a);
    // Inside the caller's transaction (an import adds many in one).
    Result<Agency> insertPrepared(const Agency& a, const Actor& actor);

private:
    Database& m_db;
    const Catalog& m_catalog;
};
