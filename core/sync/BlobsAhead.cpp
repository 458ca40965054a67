#include "sync/BlobsAhead.h"

#include "storage/BlobStore.h"
#include "sync/SyncPayload.h"

#include <QJsonObject>
#include <sqlite3.h>

BlobsAhead::BlobsAhead(const QString& stationDb)
{
    if (sqlite3_open_v2(stationDb.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr; // nothing is fetched ahead; downloadBlobs does it all
        return;
    }
    sqlite3_busy_timeout(m_db, 10000);
}

BlobsAhead::~BlobsAhead()
{
    sqlite3_close(m_db);
}

bool BlobsAhead::heldHere(const QString& sha256)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT 1 FROM blobs WHERE sha256 = ?1", -1, &st, nullptr) != SQLITE_OK)
        return true; // unknown: leave it to downloadBlobs
    const QByteArray sha = sha256.toUtf8();
    sqlite3_bind_text(st, 1, sha.constData(), int(sha.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc != SQLITE_DONE;
}

QList<std::pair<QString, QByteArray>> BlobsAhead::fetch(
    httplib::SSLClient& http, const httplib::Headers& auth, const QJsonArray& changes)
{
    QList<std::pair<QString, QByteArray>> blobs;
    if (!m_db)
        return blobs;
    qint64 held = 0;
    for (const QJsonValue& v : changes) {
        const QJsonObject change = v.toObject();
        if (change.value(QStringLiteral("entity")).toString() != QLatin1String("visit"))
            continue;
        for (const QString& sha : SyncPayload::blobsOf(change.value(QStringLiteral("payload")).toObject())) {
            if (m_fetched.contains(sha) || heldHere(sha))
                continue;
            auto res = http.Get("/v1/blobs/" + sha.toStdString(), auth);
            if (!res || res->status != 200)
                return blobs;
            QByteArray data = QByteArray::fromStdString(res->body);
            if (BlobStore::sha256Of(data) != sha)
                return blobs;
            held += data.size();
            m_fetched.insert(sha);
            blobs.append({ sha, std::move(data) });
            if (held >= kPageBudget)
                return blobs;
        }
    }
    return blobs;
}
