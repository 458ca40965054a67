#pragma once

#include "common/Result.h"

#include <QString>
#include <functional>

class Database;

// Where and as whom a station synchronises.
struct SyncEndpoint
{
    QString url; // https://host:port
    QString caFile; // the city's CA (PEM): the only one trusted for this server
    QString token; // the station's credential
    // Bounds every wait on the server: connecting, the TLS handshake, each answer (a blackholed
    // connection fails after this long, once).
    int timeoutSeconds = 30;
};

struct SyncReport
{
    int pushed = 0; // ops the server applied now
    int duplicates = 0; // ops it had applied before (their answer had been lost)
    int refused = 0; // ops rejected or in conflict: they wait in "needs attention"
    int waitingForBlobs = 0; // ops the platform will take once their blobs are whole (next round)
    int pulled = 0; // changes received
    int added = 0; // of those, records new here
    int held = 0; // of those, records that could not be applied: held back (QuarantineStore)
    int reoffered = 0; // ops sent again because the platform's history went back (a restore)
    int blobsUploaded = 0; // files (signatures, photos) the platform now holds whole
    qint64 blobBytesSent = 0; // of their bytes, sent in this round (an upload cut before resumes)
    // Where the time went, for the benchmark: the whole push and pull phases, and of those the time
    // spent waiting for the server's answers (the network and the server's own work).
    qint64 pushMs = 0;
    qint64 pullMs = 0;
    qint64 waitPushMs = 0;
    qint64 waitPullMs = 0;
    // Verification after the pull (ScopeVerifier): this station's records in its scope compared with
    // the platform's, by digest, and those that differed here taken from the platform.
    bool verified = false; // the comparison was made
    bool matches = false; // and found the same records (after any repair), set-aside ones apart
    qint64 compared = 0; // records in this station's scope on the platform
    int repaired = 0; // records that were different or missing here, taken from the platform
    int setAside = 0; // of the platform's records, those held back or dismissed here, or with a change to
                      // send or refused (needs attention)
    int onlyHere = 0; // records here, settled with the platform, that it does not hold
    qint64 verifyMs = 0;
    qint64 clockOffsetSeconds = 0; // this device's clock minus the server's (data only: never used to order)

    static constexpr qint64 kClockWarningSeconds = 300;
    bool clockFarOff() const { return qAbs(clockOffsetSeconds) > kClockWarningSeconds; }
};

// One full round (DESIGN.md §6): upload the blobs the platform lacks, in chunks, resuming where an
// earlier upload stopped; push the outbox in order, in batches, each answered op marked in
// one transaction with its answer; then pull pages after the stored cursor, each page applied and
// the cursor stored in one transaction. Runs on the caller's thread: call it from a worker.
// Network and certificate failures are Error::Network (CLI exit 5), a credential the platform
// refuses is ErrorCode::Credential (exit 7), a CA file that cannot be read BadInput "ca" (exit 2);
// the outbox stays intact.
class SyncClient
{
public:
    SyncClient(Database& db, SyncEndpoint endpoint);
    Result<SyncReport> runOnce();
    // Called once the platform has answered the first (status) request, so has accepted the
    // endpoint's credential: where a newly given credential is stored, so that a wrong one never
    // replaces the good one. A failure here ends the round before anything is sent.
    void onCredentialAccepted(std::function<Status()> accepted) { m_accepted = std::move(accepted); }
    // Verification (ScopeVerifier) runs after every round in which anything moved either way, when
    // the last one did not match, and at least hourly; a round after which nothing here or in the
    // station's scope on the platform changed since a matching verification within the hour keeps
    // its verdict (its digest would be the same, and at a million records it costs seconds).
    // Always: compare whatever happened (sync verify).
    void verifyAlways(bool always) { m_verifyAlways = always; }

    static constexpr int kPushBatch = 1000;
    static constexpr int kPullPage = 2000;
    static constexpr qint64 kBlobChunk = 1 << 20;
    static constexpr int kVerifyAtLeastEverySeconds = 3600;

private:
    Database& m_db;
    SyncEndpoint m_endpoint;
    std::function<Status()> m_accepted;
    bool m_verifyAlways = false;
};
