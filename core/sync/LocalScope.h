#pragma once

#include "common/Result.h"
#include "sync/ScopeDigest.h"

#include <QSet>
#include <functional>

class Database;

// The records this station holds that the platform should hold the same (ScopeDigest): its
// clients, cases, case events, visits and versions of the city's knowledge entries, less those with
// a change still to be sent or refused by the platform (their local state is not the platform's
// yet, or will never be: "needs attention" shows them; a refused change of a record that a person
// has dealt with no longer counts).
namespace LocalScope {
// Every such record, or those of one bucket, handed to `each`.
Status forEach(Database& db, const QString& bucket, const std::function<void(const ScopeDigest::Entry&)>& each);
Result<ScopeDigest::Buckets> digest(Database& db);
// "entity/record id" of the records left out so.
Result<QSet<QString>> unsettled(Database& db);
} // namespace LocalScope
