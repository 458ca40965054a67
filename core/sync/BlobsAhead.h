#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <httplib.h>
#include <utility>

struct sqlite3;

// The blobs a pulled page's visits name, fetched on the thread that fetches the page, so they come
// while the page before is being applied (issue 22: downloading them between pages was a fifth of a
// pull with photos). Best effort and bounded: a blob that fails here, or would pass the page's
// budget, is left to SyncHttp::downloadBlobs, which fetches what is still missing and reports why a
// fetch fails. Used by one thread at a time, one after the other.
class BlobsAhead
{
public:
    // `stationDb`: the station's file, read through a connection of its own (read-only) to skip the
    // blobs it holds.
    explicit BlobsAhead(const QString& stationDb);
    ~BlobsAhead();
    BlobsAhead(const BlobsAhead&) = delete;
    BlobsAhead& operator=(const BlobsAhead&) = delete;

    static constexpr qint64 kPageBudget = 32 * 1024 * 1024; // bytes held at once, per page

    // (SHA-256, bytes) of blobs the station lacks, each checked against its name.
    QList<std::pair<QString, QByteArray>> fetch(
        httplib::SSLClient& http, const httplib::Headers& auth, const QJsonArray& changes);

private:
    bool heldHere(const QString& sha256);

    sqlite3* m_db = nullptr;
    QSet<QString> m_fetched; // in this pull, stored or about to be
};
