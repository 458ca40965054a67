#pragma once

#include <QString>

namespace httplib {
class Server;
}

struct ServerLimits
{
    int threads = 8; // bounded worker pool
    std::size_t maxBodyBytes = 16u << 20; // larger bodies are refused with 413 before being read
    int readTimeoutSeconds = 10; // a half-sent request is dropped after this
    int writeTimeoutSeconds = 10;
};

// The /v1 endpoints (server/PROTOCOL.md) on an httplib server. Each worker thread opens its own
// connection to the platform's database on first use.
namespace HttpApi {
void install(httplib::Server& server, const QString& dbPath, const ServerLimits& limits);
}
