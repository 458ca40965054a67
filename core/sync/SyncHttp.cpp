#include "sync/SyncHttp.h"

#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "sync/SyncPayload.h"

#include <QJsonObject>
#include <QUrl>

namespace {
// Why the server's certificate was refused, from OpenSSL's verdict (httplib checks the host name
// itself after OpenSSL found the chain good).
UiText certificateRefusal(const httplib::SSLClient* http, const SyncEndpoint& ep)
{
    const long verdict = http ? http->get_openssl_verify_result() : -1;
    switch (verdict) {
    case X509_V_OK:
        return UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync",
                "the server's certificate is not made out to %1, so the connection was refused. "
                "Check the server address, or ask the platform's administrator for a certificate with that name."))
            .arg(QUrl(ep.url).host());
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync",
                "the server's certificate has expired, so the connection was refused. "
                "The platform's administrator must renew it (or this computer's date is wrong)."));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync",
                "the server's certificate is not valid yet, so the connection was refused. "
                "Check this computer's date and time."));
    case X509_V_ERR_CERT_REVOKED:
        return UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync", "the server's certificate has been revoked, so the connection was refused."));
    default:
        return UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync",
                "the server's certificate is not signed by the trusted CA %1, "
                "so the connection was refused."))
            .arg(ep.caFile);
    }
}
} // namespace

namespace SyncHttp {
Error network(const UiText& what)
{
    return { ErrorCode::Network,
        QStringLiteral("server"),
        UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync", "Synchronisation failed: %1 Nothing local was lost; it will be sent later."))
            .arg(what) };
}

Error failureOf(const httplib::Result& res, const SyncEndpoint& ep, const httplib::SSLClient* http)
{
    if (res.error() == httplib::Error::SSLServerVerification)
        return network(certificateRefusal(http, ep));
    if (res.error() == httplib::Error::SSLLoadingCerts)
        return network(
            UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "the trusted CA file %1 cannot be read.")).arg(ep.caFile));
    if (res && res->status == 401)
        return { ErrorCode::Credential,
            QStringLiteral("token"),
            UiText::of("Sync",
                QT_TRANSLATE_NOOP("Sync",
                    "The platform refused this station's credential: it is wrong, or it has been revoked or "
                    "replaced. Ask the platform's administrator for the station's current credential and enter it "
                    "under Synchronisation settings (qsdesk-cli: --token - or QSDESK_SYNC_TOKEN). Nothing local "
                    "was lost; what waits is sent once the platform accepts the credential.")) };
    if (res)
        return network(UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "the server answered %1: %2"))
                           .arg(qlonglong(res->status), QString::fromStdString(res->body).left(300)));
    if (res.error() == httplib::Error::Read || res.error() == httplib::Error::Write
        || res.error() == httplib::Error::SSLConnection || res.error() == httplib::Error::ConnectionTimeout)
        return network(UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync", "the server %1 did not answer within %2 seconds, or the connection broke."))
                           .arg(ep.url, qlonglong(ep.timeoutSeconds)));
    return network(UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "the server %1 cannot be reached (%2)."))
                       .arg(ep.url, QString::fromStdString(httplib::to_string(res.error()))));
}

std::unique_ptr<httplib::SSLClient> clientFor(const SyncEndpoint& ep)
{
    const QUrl url(ep.url);
    auto http = std::make_unique<httplib::SSLClient>(url.host().toStdString(), url.port(443));
    http->set_ca_cert_path(ep.caFile.toLocal8Bit().constData());
    http->enable_server_certificate_verification(true);
    // One timeout for every wait: connecting, the TLS handshake, each read and write. httplib
    // times the handshake with the read timeout and each read on its own, so a connection that
    // goes silent fails after timeoutSeconds, once.
    http->set_connection_timeout(ep.timeoutSeconds);
    http->set_read_timeout(ep.timeoutSeconds);
    http->set_write_timeout(ep.timeoutSeconds);
    http->set_keep_alive(true);
    // Nagle's algorithm and delayed ACKs stall every kept-alive request by ~40 ms otherwise.
    http->set_tcp_nodelay(true);
    return http;
}

Status downloadBlobs(Database& db, const QJsonArray& changes, const SyncEndpoint& ep, const httplib::Headers& auth)
{
    std::unique_ptr<httplib::SSLClient> http;
    for (const QJsonValue& v : changes) {
        const QJsonObject change = v.toObject();
        if (change.value(QStringLiteral("entity")).toString() != QLatin1String("visit"))
            continue;
        for (const QString& sha : SyncPayload::blobsOf(change.value(QStringLiteral("payload")).toObject())) {
            if (BlobStore::has(db, sha))
                continue;
            if (!http)
                http = clientFor(ep);
            auto res = http->Get("/v1/blobs/" + sha.toStdString(), auth);
            if (!res || res->status != 200)
                return failureOf(res, ep);
            const QByteArray data = QByteArray::fromStdString(res->body);
            if (BlobStore::sha256Of(data) != sha)
                return network(UiText::verbatim(QStringLiteral("blob %1 arrived damaged").arg(sha)));
            if (Status s = BlobStore::putDownloaded(db, sha, data); !s)
                return s;
        }
    }
    return success();
}
} // namespace SyncHttp
