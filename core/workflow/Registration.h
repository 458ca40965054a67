#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Catalog.h"
#include "domain/Records.h"

#include <QList>
#include <functional>
#include <optional>

class Database;

// Registering a request at the counter (7.2): either answered on the spot and closed (7.2.2), or
// registered and classified for follow-up (7.2.3). One transaction: the case with its number,
// timeline events, search entry and audit record, or nothing at all.
class Registration
{
public:
    Registration(Database& db, const Catalog& catalog);

    // With `newClient`, the client is validated with the case and added in the same transaction.
    // Refused input is named by its first problem (registerCase) …
    // `alongside` runs in the registration's transaction once the case is in (accepting an online
    // request writes what became of it): its failure leaves nothing.
    Result<CaseRecord> registerCase(const NewCase& input,
        const Actor& actor,
        const std::optional<NewClient>& newClient = std::nullopt,
        const std::function<Status(const CaseRecord&)>& alongside = {});
    // … or by all of them, in the form's order, for a form that shows each by its field (issue 18).
    // Only the input is checked here; what the database decides (a client already archived under
    // that credit code, say) comes from registerCase.
    static QList<Error> problems(
        const Catalog& catalog, const NewCase& input, const std::optional<NewClient>& newClient = std::nullopt);

private:
    Database& m_db;
    const Catalog& m_catalog;
};
