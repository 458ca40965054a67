// qsdesk-server over real TLS on 127.0.0.1: credentials, certificate checks, limits.
#include "ServerProcess.h"
#include "support/QtCatch.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <httplib.h>

namespace {
std::unique_ptr<httplib::SSLClient> client(const ServerProcess& s, const QString& ca)
{
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", s.port());
    c->set_ca_cert_path(ca.toLocal8Bit().constData());
    c->enable_server_certificate_verification(true);
    c->set_connection_timeout(5);
    return c;
}

httplib::Headers bearer(const QString& token)
{
    return { { "Authorization", "Bearer " + token.toStdString() } };
}
} // namespace

TEST_CASE("a station's credential opens /v1/status; others are refused without touching data", "[server]")
{
    ServerProcess server;
    const QString ln = server.addStation(QStringLiteral("LN"), QStringLiteral("柳南区"), QStringLiteral("county"));
    const QString city = server.addStation(QStringLiteral("SJ"), QStringLiteral("市级平台"), QStringLiteral("city"));
    CHECK(ln.size() >= 40);
    CHECK(ln != city);
    server.start();

    auto c = client(server, server.caFile());
    auto ok = c->Get("/v1/status", bearer(ln));
    REQUIRE(ok);
    CHECK(ok->status == 200);
    const QJsonObject status = QJsonDocument::fromJson(QByteArray::fromStdString(ok->body)).object();
    CHECK(status.value(QStringLiteral("station")).toString() == QStringLiteral("LN"));
    CHECK(status.value(QStringLiteral("city")).toString() == QStringLiteral("LZ"));
    CHECK(status.value(QStringLiteral("level")).toString() == QStringLiteral("county"));

    auto wrong = c->Get("/v1/status", bearer(QStringLiteral("not-a-token")));
    REQUIRE(wrong);
    CHECK(wrong->status == 401);
    CHECK(QJsonDocument::fromJson(QByteArray::fromStdString(wrong->body)).object().contains(QStringLiteral("error")));
    auto none = c->Get("/v1/status");
    REQUIRE(none);
    CHECK(none->status == 401);
    auto unknown = c->Get("/v1/nothing", bearer(ln));
    REQUIRE(unknown);
    CHECK(unknown->status == 404);
}

TEST_CASE("a server whose certificate is not from the station's CA is refused", "[server]")
{
    ServerProcess server;
    const QString ln = server.addStation(QStringLiteral("LN"), QStringLiteral("柳南区"), QStringLiteral("county"));
    server.start();
    auto c = client(server, server.otherCaFile());
    auto res = c->Get("/v1/status", bearer(ln));
    CHECK_FALSE(res);
    CHECK(res.error() == httplib::Error::SSLServerVerification);
}

TEST_CASE("an oversized body is refused with 413 before it is read", "[server]")
{
    ServerProcess server;
    const QString ln = server.addStation(QStringLiteral("LN"), QStringLiteral("柳南区"), QStringLiteral("county"));
    server.start();
    auto c = client(server, server.caFile());
    const std::string big(20u << 20, 'x');
    auto res = c->Post("/v1/status", bearer(ln), big, "application/json");
    if (res) // the server may also close the connection without reading the rest
        CHECK(res->status == 413);
    // and it is still serving
    auto after = c->Get("/v1/status", bearer(ln));
    REQUIRE(after);
    CHECK(after->status == 200);
}

TEST_CASE("hostile input: truncated JSON, a 200 MB body, requests left half-sent; memory stays bounded", "[server]")
{
    ServerProcess server;
    const QString ln = server.addStation(QStringLiteral("LN"), QStringLiteral("柳南区"), QStringLiteral("county"));
    server.start();
    auto c = client(server, server.caFile());
    for (const char* bad : { "{\"ops\": [{\"op_id\": \"a\"", "{\"ops\": [1, 2", "\xff\xfe garbage", "null" }) {
        INFO(bad);
        auto res = c->Post("/v1/push", bearer(ln), bad, "application/json");
        REQUIRE(res);
        CHECK(res->status == 400);
    }
    const qint64 before = server.peakMemoryKb();
    {
        const std::string huge(200u << 20, '{');
        auto res = c->Post("/v1/push", bearer(ln), huge, "application/json");
        if (res) // or the server closed the connection without reading the rest
            CHECK(res->status == 413);
    }
    // Connections that send half a request and then nothing hold a worker until the read timeout;
    // fewer than the pool's workers must not stop anyone else being served.
    QList<QTcpSocket*> stuck;
    for (int i = 0; i < 4; ++i) {
        auto* s = new QTcpSocket;
        s->connectToHost(QStringLiteral("127.0.0.1"), quint16(server.port()));
        REQUIRE(s->waitForConnected(2000));
        s->write("\x16\x03\x01\x00\xff\x01\x00", 7); // the start of a TLS ClientHello, never finished
        s->flush();
        stuck << s;
    }
    auto fresh = client(server, server.caFile());
    auto ok = fresh->Get("/v1/status", bearer(ln));
    REQUIRE(ok);
    CHECK(ok->status == 200);
    qDeleteAll(stuck);
    const qint64 after = server.peakMemoryKb();
    INFO("peak memory before " << before << " kB, after " << after << " kB");
    CHECK(after - before < 64 * 1024); // the 200 MB body was never held
    CHECK(after < 128 * 1024);
}

namespace {
// A TLS connection of our own, for requests httplib's client would not send (a body trickled in or
// never sent at all).
std::unique_ptr<QSslSocket> rawTls(const ServerProcess& s)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(s.port()));
    REQUIRE(socket->waitForEncrypted(10000));
    return socket;
}

// What the server has answered on the socket within `ms` (empty if nothing).
QByteArray answerOn(QSslSocket& socket, int ms)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (!got.contains("\r\n\r\n") && t.elapsed() < ms)
        if (socket.waitForReadyRead(int(ms - t.elapsed())))
            got += socket.readAll();
    return got;
}
} // namespace

TEST_CASE("a body is refused on its headers: no credential, 401 before any of it is sent", "[server]")
{
    ServerProcess server;
    const QString ln = server.addStation(QStringLiteral("LN"), QStringLiteral("柳南区"), QStringLiteral("county"));
    server.start();
    for (const char* framing : { "Transfer-Encoding: chunked", "Content-Length: 104857600" }) {
        INFO(framing);
        auto socket = rawTls(server);
        socket->write(QByteArray("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n")
            + framing + "\r\n\r\n");
        socket->flush();
        // Not a byte of the body has been sent: the server answers at once, or it is waiting to read it.
        const QByteArray answer = answerOn(*socket, 5000);
        CHECK(answer.startsWith("HTTP/1.1 401"));
        CHECK(answer.contains("Connection: close"));
    }
    // A station's own chunked body is refused on its headers too (httplib would read it whole).
    auto socket = rawTls(server);
    socket->write("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ln.toLatin1()
        + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    socket->flush();
    CHECK(answerOn(*socket, 5000).startsWith("HTTP/1.1 411"));
}

TEST_CASE("a 20 MB chunked upload, with a credential or without, is never held in memory", "[server]")
{
    ServerProcess server;
    const QString ln = server.addStation(QStringLiteral("LN"), QStringLiteral("柳南区"), QStringLiteral("county"));
    server.start();
    auto warm = client(server, server.caFile());
    REQUIRE(warm->Get("/v1/status", bearer(ln)));
    const qint64 before = server.peakMemoryKb();
    for (const QString& token : { QString(), ln }) {
        auto c = client(server, server.caFile());
        const std::string piece(64 * 1024, '[');
        std::size_t sent = 0;
        auto res = c->Post(
            "/v1/push",
            token.isEmpty() ? httplib::Headers {} : bearer(token),
            [&](std::size_t, httplib::DataSink& sink) {
                if (sent >= (20u << 20)) {
                    sink.done();
                    return true;
                }
                sent += piece.size();
                return sink.write(piece.data(), piece.size());
            },
            "application/json");
        if (res) // or the server closed the connection before the client had sent it all
            CHECK(res->status == (token.isEmpty() ? 401 : 411));
    }
    const qint64 after = server.peakMemoryKb();
    INFO("peak memory before " << before << " kB, after " << after << " kB");
    CHECK(after - before < 8 * 1024);
    auto ok = client(server, server.caFile())->Get("/v1/status", bearer(ln));
    REQUIRE(ok);
    CHECK(ok->status == 200);
}
