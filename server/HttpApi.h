#pragma once

#include <QString>

class PlatformStore;
namespace httplib {
class SSLServer;
}

struct ServerLimits
{
    int threads = 8; // bounded worker pool
    std::size_t maxBodyBytes = 16u << 20; // larger bodies are refused with 413 before being read
    int readTimeoutSeconds = 10; // one read that waits longer than this ends the connection
    // A request not fully received (headers and body) this long after it began is dropped, however
    // slowly it trickles in (ConnectionGuard).
    int requestDeadlineSeconds = 10;
    int keepAliveSeconds = 5; // an idle kept-alive connection is closed after this
    int writeTimeoutSeconds = 10;
};

// The /v1 endpoints (server/PROTOCOL.md) on an httplib server. Each worker thread opens its own
// connection to the platform's database on first use.
namespace HttpApi {
void install(httplib::SSLServer& server, const QString& dbPath, const ServerLimits& limits);
// This thread's connection to the platform's store, opened on first use; null if it cannot be.
PlatformStore* storeFor(const QString& dbPath);
} // namespace HttpApi
