#pragma once

// A peer that closes a TLS connection while we write to it must give us a write error, not the
// default SIGPIPE that ends the whole process (OpenSSL writes with plain write(), which raises it).
// Found when a server killed mid-push took the syncing client down with it. Every executable of
// QSDesk calls this first thing in main().
namespace BrokenPipes {
void ignore();
}
