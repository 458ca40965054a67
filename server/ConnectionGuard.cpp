#include "ConnectionGuard.h"

#include "common/Logging.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <condition_variable>
#include <httplib.h>
#include <map>
#include <mutex>
#include <netdb.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <thread>

namespace {
using SteadyClock = std::chrono::steady_clock;
using Peer = std::pair<std::string, int>; // address and port, as httplib gives them in a Request

struct Connection
{
    int fd = -1;
    SSL* ssl = nullptr;
    SteadyClock::time_point deadline = SteadyClock::time_point::max(); // max: a handler is working
    bool closeAfterAnswer = false;
};

struct Guard
{
    std::mutex mutex;
    std::condition_variable wake;
    std::map<Peer, Connection> connections;
    std::chrono::milliseconds requestDeadline { 10000 };
    // A request's line and headers come in one go from any real client; a connection that dribbles
    // them holds a worker, so it gets only this long (from its handshake, or after the keep-alive
    // wait) before its body's share of the request deadline starts.
    std::chrono::milliseconds headerDeadline { 3000 };
    std::chrono::seconds keepAlive { 5 };
    std::atomic_int dropped { 0 };
    int exIndex = -1;
};

Guard& guard()
{
    static Guard* g = new Guard; // outlives the workers at exit
    return *g;
}

bool peerOf(int fd, Peer& peer)
{
    sockaddr_storage addr {};
    socklen_t len = sizeof(addr);
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return false;
    char host[NI_MAXHOST];
    if (getnameinfo(reinterpret_cast<sockaddr*>(&addr), len, host, sizeof(host), nullptr, 0, NI_NUMERICHOST) != 0)
        return false;
    int port = 0;
    if (addr.ss_family == AF_INET)
        port = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
    else if (addr.ss_family == AF_INET6)
        port = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
    peer = { host, port };
    return true;
}

// OpenSSL frees a connection's SSL before httplib closes its socket: the entry goes with it.
void forget(void*, void* ptr, CRYPTO_EX_DATA*, int, long, void*)
{
    auto* peer = static_cast<Peer*>(ptr);
    if (!peer)
        return;
    {
        std::lock_guard lock(guard().mutex);
        guard().connections.erase(*peer);
    }
    delete peer;
}

// A new connection's handshake starts: its first request is due within the deadline.
void onInfo(const SSL* constSsl, int where, int)
{
    if (!(where & SSL_CB_HANDSHAKE_START))
        return;
    Guard& g = guard();
    SSL* ssl = const_cast<SSL*>(constSsl);
    if (SSL_get_ex_data(ssl, g.exIndex))
        return; // known already (a TLS 1.3 post-handshake message)
    const int fd = SSL_get_fd(ssl);
    Peer peer;
    if (fd < 0 || !peerOf(fd, peer))
        return;
    {
        std::lock_guard lock(g.mutex);
        g.connections[peer] = Connection { fd, ssl, SteadyClock::now() + g.headerDeadline, false };
    }
    SSL_set_ex_data(ssl, g.exIndex, new Peer(peer));
}

void watch()
{
    Guard& g = guard();
    std::unique_lock lock(g.mutex);
    for (;;) {
        g.wake.wait_for(lock, std::chrono::milliseconds(100));
        const auto now = SteadyClock::now();
        for (auto& [peer, c] : g.connections) {
            if (c.deadline > now)
                continue;
            c.deadline = SteadyClock::time_point::max();
            ::shutdown(c.fd, SHUT_RDWR); // wakes the worker waiting on it; httplib closes it
            ++g.dropped;
            qCWarning(lcSecurity) << "server: dropped a connection from" << peer.first.c_str()
                                  << "that did not send its request in time (headers within"
                                  << qint64(g.headerDeadline.count()) << "ms, the body within"
                                  << qint64(g.requestDeadline.count()) << "ms)";
        }
    }
}

template<typename F>
void withConnection(const httplib::Request& req, F f)
{
    std::lock_guard lock(guard().mutex);
    auto it = guard().connections.find({ req.remote_addr, req.remote_port });
    if (it != guard().connections.end())
        f(it->second);
}
} // namespace

void ConnectionGuard::install(
    httplib::SSLServer& server, std::chrono::milliseconds requestDeadline, std::chrono::seconds keepAlive)
{
    Guard& g = guard();
    g.requestDeadline = requestDeadline;
    g.headerDeadline = std::min(g.headerDeadline, requestDeadline);
    g.keepAlive = keepAlive;
    g.exIndex = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, forget);
    SSL_CTX_set_info_callback(server.ssl_context(), onInfo);
    std::thread(watch).detach();
}

void ConnectionGuard::received(const httplib::Request& req)
{
    withConnection(req, [](Connection& c) { c.deadline = SteadyClock::time_point::max(); });
}

void ConnectionGuard::closeAfterAnswer(const httplib::Request& req)
{
    withConnection(req, [](Connection& c) { c.closeAfterAnswer = true; });
}

void ConnectionGuard::answered(const httplib::Request& req)
{
    withConnection(req, [](Connection& c) {
        if (c.closeAfterAnswer) {
            // Called on the connection's own worker, after the answer was written: its next read
            // ends the connection at once instead of taking the unread body for a request.
            SSL_set_shutdown(c.ssl, SSL_get_shutdown(c.ssl) | SSL_RECEIVED_SHUTDOWN);
            ::shutdown(c.fd, SHUT_RD);
            c.deadline = SteadyClock::time_point::max();
            return;
        }
        c.deadline = SteadyClock::now() + guard().keepAlive + guard().headerDeadline;
    });
}

void ConnectionGuard::headersIn(const httplib::Request& req)
{
    withConnection(req, [](Connection& c) { c.deadline = SteadyClock::now() + guard().requestDeadline; });
}

int ConnectionGuard::dropped()
{
    return guard().dropped.load();
}
