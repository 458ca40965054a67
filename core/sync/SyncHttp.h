#pragma once

#include "common/Result.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <httplib.h>
#include <memory>

class Database;

// The HTTPS side of a station's sync: the connection to the platform and what its failures mean
// to the person syncing (DESIGN.md §6, §7: Network exit 5, Credential exit 7).
namespace SyncHttp {
// "Synchronisation failed: WHAT Nothing local was lost; it will be sent later."
Error network(const UiText& what);
// Why a request failed, in the user's words. `http`, when given, is the connection the request went
// over: it knows why a certificate was refused.
Error failureOf(const httplib::Result& res, const SyncEndpoint& ep, const httplib::SSLClient* http = nullptr);
// A kept-alive connection trusting only the endpoint's CA, every wait bounded by its timeout.
std::unique_ptr<httplib::SSLClient> clientFor(const SyncEndpoint& ep);
// The blobs the visits among `changes` name and this station lacks, fetched and checked against their
// SHA-256 before the changes are applied (a visit row refers to its blobs), over a connection of
// their own (the main one may be fetching the next page meanwhile).
Status downloadBlobs(Database& db, const QJsonArray& changes, const SyncEndpoint& ep, const httplib::Headers& auth);
} // namespace SyncHttp
