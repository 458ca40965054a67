// Blobs (signatures, photos; DESIGN.md §6): uploaded first, by SHA-256, in resumable chunks; the
// platform keeps only bytes that hash to their name. Real server, real TLS, a proxy that cuts.
#include "DroppingProxy.h"
#include "ServerProcess.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <httplib.h>

namespace {
std::unique_ptr<httplib::SSLClient> client(const ServerProcess& s)
{
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", s.port());
    c->set_ca_cert_path(s.caFile().toLocal8Bit().constData());
    c->enable_server_certificate_verification(true);
    return c;
}

httplib::Headers bearer(const QString& token)
{
    return { { "Authorization", "Bearer " + token.toStdString() } };
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(7);
    gen.fillRange(reinterpret_cast<quint32*>(data.data()), size / 4);
    return data;
}

QJsonObject json(const httplib::Result& res)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
}

std::string path(const QString& sha, const char* tail = "")
{
    return "/v1/blobs/" + sha.toStdString() + tail;
}

std::string put(const QString& sha, qint64 offset, qint64 size)
{
    return QStringLiteral("/v1/blobs/%1?offset=%2&size=%3").arg(sha).arg(offset).arg(size).toStdString();
}
} // namespace

TEST_CASE("a blob is named by its SHA-256, as the standard's test vectors and Qt compute it", "[blobs]")
{
    CHECK(BlobStore::sha256Of("abc")
        == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(
        BlobStore::sha256Of({}) == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QByteArray photo(300 * 1024 + 7, Qt::Uninitialized);
    QRandomGenerator(22).fillRange(reinterpret_cast<quint32*>(photo.data()), photo.size() / 4);
    CHECK(BlobStore::sha256Of(photo)
        == QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("a blob upload cut halfway resumes where it stopped, and arrives whole", "[sync][blobs][faults]")
{
    ServerProcess server;
    const QString lnToken = server.addStation(QStringLiteral("LN"), QStringLiteral("LN"), QStringLiteral("county"));
    const QString ljToken = server.addStation(QStringLiteral("LJ"), QStringLiteral("LJ"), QStringLiteral("county"));
    const QString cityToken = server.addStation(QStringLiteral("SJ"), QStringLiteral("SJ"), QStringLiteral("city"));
    server.start();
    TestDatabase ln;
    const qint64 size = 5 * SyncClient::kBlobChunk + 12345;
    const QByteArray photo = randomBytes(size);
    QString sha;
    {
        WriteTransaction tx(*ln.db);
        auto stored = BlobStore::put(*ln.db, photo);
        REQUIRE(stored.ok());
        sha = *stored;
        REQUIRE(tx.commit().ok());
    }
    // The line dies two and a half chunks into the upload.
    DroppingProxy proxy(
        quint16(server.port()), 1, qint64(2.5 * SyncClient::kBlobChunk), DroppingProxy::Mode::CutUploads);
    const SyncEndpoint viaProxy { QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()), server.caFile(), lnToken };
    auto cut = SyncClient(*ln.db, viaProxy).runOnce();
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().code == ErrorCode::Network);
    CHECK(proxy.dropped() == 1);

    auto http = client(server);
    auto progress = http->Get(path(sha, "/progress"), bearer(lnToken));
    REQUIRE(progress);
    REQUIRE(progress->status == 200);
    const qint64 held = qint64(json(progress).value(QStringLiteral("received")).toDouble());
    CHECK(held == 2 * SyncClient::kBlobChunk); // whole chunks only: the cut one left nothing
    CHECK_FALSE(json(progress).value(QStringLiteral("complete")).toBool());
    CHECK(BlobStore::waitingForUpload(*ln.db)->contains(sha));

    // The next round sends only what is missing.
    auto resumed = SyncClient(*ln.db, viaProxy).runOnce();
    REQUIRE(resumed.ok());
    CHECK(resumed->blobsUploaded == 1);
    CHECK(resumed->blobBytesSent == size - held);
    CHECK(BlobStore::waitingForUpload(*ln.db)->isEmpty());
    auto again = SyncClient(*ln.db, viaProxy).runOnce();
    REQUIRE(again.ok());
    CHECK(again->blobBytesSent == 0);

    auto back = http->Get(path(sha), bearer(lnToken));
    REQUIRE(back);
    CHECK(back->status == 200);
    CHECK(QByteArray::fromStdString(back->body) == photo);
    CHECK(http->Get(path(sha), bearer(cityToken))->status == 200);
    auto other = http->Get(path(sha), bearer(ljToken));
    CHECK(other->status == 403);
    CHECK(other->body.find("forbidden") != std::string::npos);
}

TEST_CASE("the platform keeps a blob only if its bytes hash to its name", "[sync][blobs]")
{
    ServerProcess server;
    const QString token = server.addStation(QStringLiteral("LN"), QStringLiteral("LN"), QStringLiteral("county"));
    server.start();
    auto http = client(server);
    const QByteArray real = randomBytes(4000);
    QByteArray forged = real;
    forged[2000] = char(forged[2000] ^ 1);
    const QString sha = BlobStore::sha256Of(real);

    // A chunk at the wrong place is told where the upload stands.
    auto first
        = http->Put(put(sha, 0, real.size()), bearer(token), real.left(1000).toStdString(), "application/octet-stream");
    REQUIRE(first);
    CHECK(first->status == 200);
    CHECK(json(first).value(QStringLiteral("received")).toInt() == 1000);
    auto wrongPlace
        = http->Put(put(sha, 0, real.size()), bearer(token), real.left(1000).toStdString(), "application/octet-stream");
    CHECK(wrongPlace->status == 409);
    CHECK(json(wrongPlace).value(QStringLiteral("received")).toInt() == 1000);
    CHECK(wrongPlace->body.find("offset_mismatch") != std::string::npos);

    // Bytes that are not what the name says are discarded whole; the upload starts over.
    auto bad = http->Put(
        put(sha, 1000, real.size()), bearer(token), forged.mid(1000).toStdString(), "application/octet-stream");
    CHECK(bad->status == 422);
    CHECK(bad->body.find("hash_mismatch") != std::string::npos);
    auto progress = http->Get(path(sha, "/progress"), bearer(token));
    CHECK(json(progress).value(QStringLiteral("received")).toInt() == 0);
    CHECK(http->Get(path(sha), bearer(token))->status == 404);

    auto whole = http->Put(put(sha, 0, real.size()), bearer(token), real.toStdString(), "application/octet-stream");
    CHECK(whole->status == 200);
    CHECK(json(whole).value(QStringLiteral("complete")).toBool());
    CHECK(http->Get(path(sha), bearer(token))->body == real.toStdString());

    // Malformed names and sizes, and strangers, change nothing.
    CHECK(http->Put(put(QStringLiteral("abc"), 0, 3), bearer(token), "abc", "application/octet-stream")->status == 400);
    CHECK(http->Put(put(BlobStore::sha256Of("x"), 0, 1ll << 40), bearer(token), "x", "application/octet-stream")->status
        == 400);
    CHECK(
        http->Put(put(BlobStore::sha256Of("x"), 0, 1), bearer(QStringLiteral("nope")), "x", "application/octet-stream")
            ->status
        == 401);
    CHECK(http->Get(path(BlobStore::sha256Of("x"), "/progress"), bearer(token))->status == 404);
}
