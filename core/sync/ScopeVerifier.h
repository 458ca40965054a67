#pragma once

#include "sync/SyncHttp.h"

#include <functional>

class ChangeApplier;

// Convergence checked at the end of every sync round (DESIGN.md §6; issue 17), as PowerSync checks
// its buckets: the station asks the platform for the digest of the records its pull serves it
// (ScopeDigest) and compares it with its own (LocalScope). Where a bucket differs it fetches that
// bucket's records and takes from the platform each one that is missing or different here (a case's
// status, answer and revision), logged; what is held back or dismissed here (needs attention) is
// counted apart, and records only here are reported. A platform that has moved on since the pull
// (it says the station is behind) is pulled from again first.
class ScopeVerifier
{
public:
    ScopeVerifier(Database& db, httplib::SSLClient& http, const httplib::Headers& auth, const SyncEndpoint& ep);
    // `pullUp` pulls the changes after the stored cursor.
    Status run(ChangeApplier& applier, SyncReport& report, const std::function<Status()>& pullUp);

private:
    // Takes from the platform what differs in these buckets; how many records it took.
    Result<int> repair(const QStringList& buckets, ChangeApplier& applier, SyncReport& report);

    Database& m_db;
    httplib::SSLClient& m_http;
    const httplib::Headers& m_auth;
    const SyncEndpoint& m_endpoint;
};
