#pragma once

#include <chrono>
#include <string>

namespace httplib {
class SSLServer;
struct Request;
} // namespace httplib

// What the bundled server holds against hostile clients beyond cpp-httplib's per-read timeout
// (server/PROTOCOL.md, "Limits"). httplib times each read on its own, so a client sending a byte
// every few seconds keeps a worker for as long as it likes; the guard gives every request a whole
// deadline instead: its line and headers within 3 s of the start of the TLS handshake (or of the end
// of the keep-alive wait after the previous answer), its body within the request deadline after
// them. A real client sends its headers at once; a slow one holds a worker for 3 s, not 10. A connection past
// its deadline is shut down, which wakes the worker blocked on it. The guard also closes a connection
// after an answer sent before its body was read (a refused credential, a body too large), so that
// the unread body is never taken for the next request.
//
// Connections are known by the peer's address and port (what httplib puts in the Request) and tied
// to their SSL object: the entry goes when OpenSSL frees it, before httplib closes the socket, so a
// reused descriptor is never shut down by mistake. One guard per process.
namespace ConnectionGuard {
// Hooks the guard into the server's TLS context and starts its watch thread.
void install(httplib::SSLServer& server, std::chrono::milliseconds requestDeadline, std::chrono::seconds keepAlive);
// The request's headers have arrived (and were admitted): its body has the request deadline.
void headersIn(const httplib::Request& req);
// The request's headers and body have arrived: its handler is working, no deadline.
void received(const httplib::Request& req);
// The answer has been written: the next request on the connection has a new deadline, or, if
// closeAfterAnswer() was called for this one, the connection is closed.
void answered(const httplib::Request& req);
// Close the connection once this request's answer is out (its body was not read).
void closeAfterAnswer(const httplib::Request& req);
// Connections dropped for missing their deadline, since start (for the log and the tests).
int dropped();
} // namespace ConnectionGuard
