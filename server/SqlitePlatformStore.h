#pragma once

#include "PlatformStore.h"
#include "storage/RawStatement.h"

class Database;

// The platform's store in one SQLite file (server/migrations), the default.
class SqlitePlatformStore : public PlatformStore
{
public:
    static QString schema(); // ":/server-migrations"
    static Result<std::unique_ptr<SqlitePlatformStore>> open(const QString& path);
    ~SqlitePlatformStore() override;

    Status begin() override;
    Status commit() override;
    void rollback() override;

    Result<std::optional<QString>> meta(const QString& key) override;
    Status setMeta(const QString& key, const QString& value) override;
    Result<bool> hasStation(const QString& code) override;
    Status addStation(const PlatformStation& station, const QString& tokenHash, const QString& at) override;
    Result<std::optional<PlatformStation>> stationByTokenHash(const QString& tokenHash) override;
    Result<bool> replaceTokenHash(const QString& code, const QString& tokenHash) override;
    Result<QList<PlatformStation>> stations() override;
    Status addDivision(const QString& division, const QString& station) override;
    Result<std::optional<QString>> stationForDivision(const QString& division) override;
    Result<int> nextOnlineRequestSequence(const QString& day) override;
    Status insertOnlineRequest(const OnlineRequestRow& row) override;
    Result<std::optional<OnlineRequestRow>> onlineRequest(const QString& number) override;
    Status settleOnlineRequest(
        const QString& id, const QString& state, const QString& caseNumber, const QString& reason) override;

    Result<std::optional<AppliedOp>> appliedOp(const QString& opId) override;
    Status rememberOp(
        const QString& opId, const QString& station, const QByteArray& result, const QString& at) override;
    Result<std::optional<PlatformRecord>> record(const QString& entity, const QString& recordId) override;
    Result<std::optional<QString>> ownerOf(const QString& entity, const QString& recordId) override;
    Result<std::optional<QString>> caseWithNumber(const QString& number) override;
    Status insertRecord(const PlatformRecord& r) override;
    Status updateRecord(const QString& entity, const QString& recordId, qint64 rev, const QByteArray& payload) override;
    Result<QList<PlatformRecord>> recordsInScopes(const QStringList& scopes) override;
    Status grant(const QString& scope, const QString& station, const QString& at) override;
    Result<bool> isGranted(const QString& scope, const QString& station) override;
    Status appendChange(const PlatformRecord& r, const QString& scopeOwner) override;

    Result<bool> changesAfter(const PlatformStation& station,
        qint64 cursor,
        int limit,
        const std::function<void(const PlatformChange&)>& each) override;
    Result<qint64> latestSeq() override;
    Status recordsVisibleTo(const PlatformStation& station,
        const QString& bucket,
        bool withPayload,
        const std::function<void(const PlatformScopeRow&)>& each) override;
    Result<bool> hasChangesAfter(const PlatformStation& station, qint64 cursor) override;

    Result<std::optional<BlobState>> blob(const QString& sha256) override;
    Status startBlob(const QString& sha256, qint64 size, const QString& station, const QString& at) override;
    Status appendBlobChunk(const QString& sha256, qint64 offset, const QByteArray& data) override;
    Result<QByteArray> blobData(const QString& sha256) override;
    Status completeBlob(const QString& sha256, const QString& at) override;
    Status discardBlob(const QString& sha256) override;
    Status addBlobRef(const QString& sha256, const QString& scope) override;
    Result<bool> blobVisibleTo(const QString& sha256, const PlatformStation& station) override;

private:
    explicit SqlitePlatformStore(std::unique_ptr<Database> db);
    // A lookup of at most one row through the C API, `read` handed the row if there is one.
    template<typename Read>
    Status one(const char* sql, std::initializer_list<QString> binds, Read read);
    std::unique_ptr<Database> m_db;
    // The statements every op of a push runs (issue 22: through QSqlQuery they were half its cost).
    RawStatements m_statements;
};
