#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

// What the platform keeps, as the services above it need it (DESIGN.md §6). SQLite implements it
// (SqlitePlatformStore, one file, the default); a PostgreSQL store for a city that outgrows one
// machine implements the same calls, and nothing above this interface changes. One instance per
// thread; writers are serialised by begin(), so change numbers follow commit order.

struct PlatformStation
{
    QString code;
    QString name;
    QString level; // city, county, district, park
    QStringList divisions; // the administrative divisions it serves (filled by stations() only)
    bool isCity() const { return level == QLatin1String("city"); }
};

// A record in its latest form. `scope` is what visibility is granted by (a case and its events share
// the case's id; a client has its own); `owner` is the station that created it.
struct PlatformRecord
{
    QString entity;
    QString recordId;
    QString scope;
    QString owner;
    qint64 rev = 1;
    QByteArray payload; // compact JSON
};

// One entry of the change log, as a pull serves it. `owner` is the station whose scope it is.
struct PlatformChange
{
    qint64 seq = 0;
    QString entity;
    QString recordId;
    QString owner;
    qint64 rev = 1;
    QByteArray payload;
};

// A record as verification sees it (ScopeDigest): for a case its status and answer besides, read out
// of the payload by the store; the payload itself only when asked for.
struct PlatformScopeRow
{
    QString entity;
    QString recordId;
    QString owner;
    qint64 rev = 1;
    QString status;
    QString answer;
    QByteArray payload;
};

// A request typed on the public pages (issue 23), as the platform keeps it.
struct OnlineRequestRow
{
    QString id;
    QString number;
    QString codeHash; // of the query code; the code itself is shown once, to the applicant
    QString station; // where it was routed; empty: the city
    QByteArray payload; // the request as its station receives it, JSON
    QString state; // pending, accepted, returned
    QString createdAt;
    QString caseNumber; // once accepted
    QString returnReason; // once returned
};

// A blob being uploaded or held, addressed by its SHA-256 (hex).
struct BlobState
{
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
    QString station; // who started the upload
};

class PlatformStore
{
public:
    virtual ~PlatformStore() = default;

    // The owner of a change every station pulls (the city's knowledge base).
    static inline const QString kEveryStation = QStringLiteral("*");

    // A unit of work: everything between begin() and commit() lands together or not at all.
    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Set-up and stations
    virtual Result<std::optional<QString>> meta(const QString& key) = 0; // "city", "epoch"
    virtual Status setMeta(const QString& key, const QString& value) = 0;
    virtual Result<bool> hasStation(const QString& code) = 0;
    virtual Status addStation(const PlatformStation& station, const QString& tokenHash, const QString& at) = 0;
    virtual Result<std::optional<PlatformStation>> stationByTokenHash(const QString& tokenHash) = 0;
    // Every station, by code, with the divisions it serves.
    virtual Result<QList<PlatformStation>> stations() = 0;
    // The station serves the division from now on (again: nothing changes); BadInput if another
    // station serves it already.
    virtual Status addDivision(const QString& division, const QString& station) = 0;
    // Replaces the station's credential hash (the old credential is refused from the next request
    // on); false if there is no such station.
    virtual Result<bool> replaceTokenHash(const QString& code, const QString& tokenHash) = 0;

    // Push
    struct AppliedOp
    {
        QString station;
        QByteArray result; // the answer given, JSON
    };
    virtual Result<std::optional<AppliedOp>> appliedOp(const QString& opId) = 0;
    virtual Status rememberOp(const QString& opId, const QString& station, const QByteArray& result, const QString& at)
        = 0;
    virtual Result<std::optional<PlatformRecord>> record(const QString& entity, const QString& recordId) = 0;
    // The station that created the record, if the platform holds it (cheaper than the whole record).
    virtual Result<std::optional<QString>> ownerOf(const QString& entity, const QString& recordId) = 0;
    // The case that holds this number, if any (numbers are unique across the platform).
    virtual Result<std::optional<QString>> caseWithNumber(const QString& number) = 0;
    virtual Status insertRecord(const PlatformRecord& r) = 0;
    virtual Status updateRecord(const QString& entity, const QString& recordId, qint64 rev, const QByteArray& payload)
        = 0;
    // Clients first, then cases, then the rest: the order a station applies them in.
    virtual Result<QList<PlatformRecord>> recordsInScopes(const QStringList& scopes) = 0;
    virtual Status grant(const QString& scope, const QString& station, const QString& at) = 0;
    virtual Result<bool> isGranted(const QString& scope, const QString& station) = 0;
    // Appends to the change log, visible to `scopeOwner` (every station for kEveryStation), the
    // stations granted `r.scope` and the city.
    virtual Status appendChange(const PlatformRecord& r, const QString& scopeOwner) = 0;

    // Pull: changes after `cursor` the station may see (all of them for the city), oldest first, at
    // most `limit`, each handed to `each`; whether more follow.
    virtual Result<bool> changesAfter(const PlatformStation& station,
        qint64 cursor,
        int limit,
        const std::function<void(const PlatformChange&)>& each)
        = 0;
    // The highest change number ever given out (not lowered by pruning).
    virtual Result<qint64> latestSeq() = 0;

    // Verification: every record the station's pull serves it, in its latest form (all of them for
    // the city), or those whose id starts with `bucket`; with their payloads if asked.
    virtual Status recordsVisibleTo(const PlatformStation& station,
        const QString& bucket,
        bool withPayload,
        const std::function<void(const PlatformScopeRow&)>& each)
        = 0;
    // Whether the station's pull has a change after `cursor` to serve it.
    virtual Result<bool> hasChangesAfter(const PlatformStation& station, qint64 cursor) = 0;

    // Online requests (issue 23)
    virtual Result<std::optional<QString>> stationForDivision(const QString& division) = 0;
    // The next number of the day for an online request (in the caller's transaction).
    virtual Result<int> nextOnlineRequestSequence(const QString& day) = 0;
    virtual Status insertOnlineRequest(const OnlineRequestRow& row) = 0;
    virtual Result<std::optional<OnlineRequestRow>> onlineRequest(const QString& number) = 0;
    // What its station made of it: accepted as case `caseNumber`, or returned for `reason`.
    virtual Status settleOnlineRequest(
        const QString& id, const QString& state, const QString& caseNumber, const QString& reason)
        = 0;

    // Blobs, uploaded in chunks appended in order
    virtual Result<std::optional<BlobState>> blob(const QString& sha256) = 0;
    virtual Status startBlob(const QString& sha256, qint64 size, const QString& station, const QString& at) = 0;
    virtual Status appendBlobChunk(const QString& sha256, qint64 offset, const QByteArray& data) = 0;
    // The bytes received so far, in order.
    virtual Result<QByteArray> blobData(const QString& sha256) = 0;
    virtual Status completeBlob(const QString& sha256, const QString& at) = 0;
    virtual Status discardBlob(const QString& sha256) = 0; // its chunks, so the upload starts over
    // A record of case `scope` names the blob; a station that sees the case may download it.
    virtual Status addBlobRef(const QString& sha256, const QString& scope) = 0;
    virtual Result<bool> blobVisibleTo(const QString& sha256, const PlatformStation& station) = 0;
};

// Opens the platform's store: a SQLite file path (a PostgreSQL URL, later).
Result<std::unique_ptr<PlatformStore>> openPlatformStore(const QString& location);

// begin() now; rollback() when destroyed uncommitted, so an early return leaves nothing behind.
class PlatformTransaction
{
public:
    explicit PlatformTransaction(PlatformStore& store)
        : m_store(store)
        , m_begun(store.begin())
    {
        m_open = m_begun.ok();
    }
    ~PlatformTransaction()
    {
        if (m_open)
            m_store.rollback();
    }
    PlatformTransaction(const PlatformTransaction&) = delete;
    PlatformTransaction& operator=(const PlatformTransaction&) = delete;
    const Status& begun() const { return m_begun; }
    Status commit()
    {
        Status s = m_store.commit();
        m_open = !s.ok();
        return s;
    }

private:
    PlatformStore& m_store;
    Status m_begun;
    bool m_open = false;
};
