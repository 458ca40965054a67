#include "HttpApi.h"

#include "Administration.h"
#include "BlobService.h"
#include "ConnectionGuard.h"
#include "DigestService.h"
#include "PlatformStore.h"
#include "SyncService.h"
#include "common/Clock.h"
#include "common/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

// One platform connection per worker thread (Qt SQL connections must stay on their thread).
PlatformStore* HttpApi::storeFor(const QString& dbPath)
{
    thread_local std::unique_ptr<PlatformStore> store;
    if (!store) {
        auto opened = openPlatformStore(dbPath);
        if (!opened) {
            qCWarning(lcStorage) << "server: cannot open" << dbPath << opened.error().message.english;
            return nullptr;
        }
        store = std::move(opened).value();
    }
    return store.get();
}

namespace {

void sendJson(httplib::Response& res, int status, const QJsonObject& body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void sendError(httplib::Response& res, int status, const char* code, const QString& message)
{
    sendJson(res,
        status,
        { { QStringLiteral("error"),
            QJsonObject {
                { QStringLiteral("code"), QLatin1String(code) }, { QStringLiteral("message"), message } } } });
}

QString bearer(const httplib::Request& req)
{
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.compare(0, prefix.size(), prefix) != 0)
        return {};
    return QString::fromStdString(header.substr(prefix.size())).trimmed();
}

// The station the pre-routing check found for the request this worker is on (each request is read,
// checked and handled on one worker thread).
thread_local std::optional<PlatformStation> t_station;

// Whether a request may go on to have its body read: its credential first (nothing of the body is
// read for an unknown one), then how its body is framed. Answers the refusal itself and has the
// connection closed after it, since the body was left unread.
bool admitted(const QString& dbPath, std::size_t maxBody, const httplib::Request& req, httplib::Response& res)
{
    t_station.reset();
    auto refuse = [&](int status, const char* code, const QString& message) {
        sendError(res, status, code, message);
        res.set_header("Connection", "close");
        ConnectionGuard::closeAfterAnswer(req);
        return false;
    };
    PlatformStore* store = HttpApi::storeFor(dbPath);
    if (!store)
        return refuse(503, "unavailable", QStringLiteral("the platform database cannot be opened"));
    auto station = Administration::authenticate(*store, bearer(req));
    if (!station && station.error().code == ErrorCode::NotAllowed)
        return refuse(401, "unauthorized", QStringLiteral("missing or unknown station credential"));
    if (!station)
        return refuse(503, "unavailable", QStringLiteral("the platform database cannot be read"));
    // httplib bounds only a body with a Content-Length: a chunked one, or one read until the
    // connection closes, would be read whole into memory. Neither is accepted.
    const bool bodyMethod = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (req.has_header("Transfer-Encoding") || (bodyMethod && !req.has_header("Content-Length")))
        return refuse(411,
            "length_required",
            QStringLiteral("send the body with a Content-Length; chunked bodies are not accepted"));
    if (req.has_header("Content-Length") && req.get_header_value<uint64_t>("Content-Length") > maxBody)
        return refuse(413, "too_large", QStringLiteral("the request body is larger than the server accepts"));
    t_station = station.value();
    return true;
}

// Runs `handler` for the station the pre-routing check admitted (its body has been read by now).
template<typename Handler>
auto authenticated(const QString& dbPath, Handler handler)
{
    return [dbPath, handler](const httplib::Request& req, httplib::Response& res) {
        ConnectionGuard::received(req);
        PlatformStore* store = HttpApi::storeFor(dbPath);
        if (!store)
            return sendError(res, 503, "unavailable", QStringLiteral("the platform database cannot be opened"));
        if (!t_station)
            return sendError(res, 401, "unauthorized", QStringLiteral("missing or unknown station credential"));
        const PlatformStation station = *std::exchange(t_station, std::nullopt);
        handler(*store, station, req, res);
    };
}
// A blob service's answer as HTTP: its state as JSON, or an error with the state beside it.
void sendBlobAnswer(httplib::Response& res, const Result<BlobService::Answer>& answer)
{
    using BlobService::Outcome;
    if (!answer)
        return sendError(res, 500, "internal", answer.error().message.english);
    switch (answer->outcome) {
    case Outcome::Ok:
        return sendJson(res, 200, answer->body);
    case Outcome::BadRequest:
        return sendError(res, 400, "bad_request", answer->message);
    case Outcome::OffsetMismatch: {
        QJsonObject body = answer->body;
        body.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), QStringLiteral("offset_mismatch") },
                { QStringLiteral("message"), answer->message } });
        return sendJson(res, 409, body);
    }
    case Outcome::HashMismatch:
        return sendError(res, 422, "hash_mismatch", answer->message);
    case Outcome::NotFound:
        return sendError(res, 404, "not_found", answer->message);
    case Outcome::Forbidden:
        return sendError(res, 403, "forbidden", answer->message);
    }
}

qint64 numberParam(const httplib::Request& req, const char* name, bool& ok)
{
    if (!req.has_param(name)) {
        ok = false;
        return 0;
    }
    return QString::fromStdString(req.get_param_value(name)).toLongLong(&ok);
}
} // namespace

void HttpApi::install(httplib::SSLServer& server, const QString& dbPath, const ServerLimits& limits)
{
    const int threads = limits.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    server.set_payload_max_length(limits.maxBodyBytes);
    server.set_read_timeout(limits.readTimeoutSeconds, 0);
    server.set_write_timeout(limits.writeTimeoutSeconds, 0);
    server.set_keep_alive_max_count(1000);
    server.set_tcp_nodelay(true); // no Nagle + delayed-ACK stall on kept-alive connections
    server.set_keep_alive_timeout(limits.keepAliveSeconds);
    ConnectionGuard::install(server,
        std::chrono::milliseconds(qint64(limits.requestDeadlineSeconds) * 1000),
        std::chrono::seconds(limits.keepAliveSeconds));
    const std::size_t maxBody = limits.maxBodyBytes;
    // The credential and the body's framing are checked once the headers are in, before any of
    // the body is read (and before a client that asked is told to send it).
    server.set_pre_routing_handler([dbPath, maxBody](const httplib::Request& req, httplib::Response& res) {
        if (!admitted(dbPath, maxBody, req, res))
            return httplib::Server::HandlerResponse::Handled;
        ConnectionGuard::headersIn(req);
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_expect_100_continue_handler([dbPath, maxBody](const httplib::Request& req, httplib::Response& res) {
        return admitted(dbPath, maxBody, req, res) ? 100 : res.status;
    });
    server.set_logger([](const httplib::Request& req, const httplib::Response&) { ConnectionGuard::answered(req); });

    server.Get("/v1/status",
        authenticated(dbPath,
            [](PlatformStore& store, const PlatformStation& station, const httplib::Request&, httplib::Response& res) {
                auto city = Administration::city(store);
                auto history = Administration::history(store);
                if (!history)
                    return sendError(res, 500, "internal", history.error().message.english);
                sendJson(res,
                    200,
                    { { QStringLiteral("station"), station.code },
                        { QStringLiteral("name"), station.name },
                        { QStringLiteral("level"), station.level },
                        { QStringLiteral("city"), city ? city.value() : QString() },
                        { QStringLiteral("epoch"), history->epoch },
                        { QStringLiteral("latest_seq"), history->latestSeq },
                        { QStringLiteral("server_time"), Clock::toStorage(Clock::nowUtc()) } });
            }));
    server.Post("/v1/push",
        authenticated(dbPath,
            [](PlatformStore& store,
                const PlatformStation& station,
                const httplib::Request& req,
                httplib::Response& res) {
                QJsonParseError pe;
                const QByteArray body = QByteArray::fromRawData(req.body.data(), qsizetype(req.body.size()));
                const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
                if (pe.error != QJsonParseError::NoError || !doc.isObject())
                    return sendError(res,
                        400,
                        "bad_json",
                        QStringLiteral("the body is not a JSON object: %1").arg(pe.errorString()));
                auto result = SyncService::push(store, station, doc.object(), body);
                if (!result)
                    return sendError(res,
                        result.error().code == ErrorCode::BadInput ? 400 : 500,
                        result.error().code == ErrorCode::BadInput ? "bad_request" : "internal",
                        result.error().message.english);
                res.status = 200;
                res.set_content(result->constData(), size_t(result->size()), "application/json");
            }));
    server.Get("/v1/pull",
        authenticated(dbPath,
            [](PlatformStore& store,
                const PlatformStation& station,
                const httplib::Request& req,
                httplib::Response& res) {
                bool ok = true;
                const qint64 cursor
                    = req.has_param("after") ? QString::fromStdString(req.get_param_value("after")).toLongLong(&ok) : 0;
                bool okLimit = true;
                const int limit = req.has_param("limit")
                    ? QString::fromStdString(req.get_param_value("limit")).toInt(&okLimit)
                    : SyncService::kMaxChangesPerPull;
                if (!ok || !okLimit || cursor < 0)
                    return sendError(res, 400, "bad_request", QStringLiteral("after and limit must be whole numbers"));
                auto result = SyncService::pull(store, station, cursor, limit);
                if (!result)
                    return sendError(res, 500, "internal", result.error().message.english);
                res.status = 200;
                res.set_content(result->toStdString(), "application/json");
            }));
    // Verification (DESIGN §6): the digest of what the station's pull serves it, and one bucket's records.
    server.Get("/v1/digest",
        authenticated(dbPath,
            [](PlatformStore& store,
                const PlatformStation& station,
                const httplib::Request& req,
                httplib::Response& res) {
                bool ok = true;
                const qint64 cursor
                    = req.has_param("after") ? QString::fromStdString(req.get_param_value("after")).toLongLong(&ok) : 0;
                if (!ok || cursor < 0)
                    return sendError(res, 400, "bad_request", QStringLiteral("after must be a whole number"));
                auto result = DigestService::digest(store, station, cursor);
                if (!result)
                    return sendError(res, 500, "internal", result.error().message.english);
                sendJson(res, 200, result.value());
            }));
    server.Get(R"(/v1/digest/([^/]+))",
        authenticated(dbPath,
            [](PlatformStore& store,
                const PlatformStation& station,
                const httplib::Request& req,
                httplib::Response& res) {
                auto result = DigestService::bucket(store, station, QString::fromStdString(req.matches[1]));
                if (!result)
                    return sendError(res,
                        result.error().code == ErrorCode::BadInput ? 400 : 500,
                        result.error().code == ErrorCode::BadInput ? "bad_request" : "internal",
                        result.error().message.english);
                res.status = 200;
                res.set_content(result->toStdString(), "application/json");
            }));
    // Blobs: PUT a chunk at ?offset=N of a blob of ?size=T bytes; GET …/progress says where an
    // upload stands; GET the blob itself once complete.
    server.Put(R"(/v1/blobs/([^/]+))",
        authenticated(dbPath,
            [](PlatformStore& store,
                const PlatformStation& station,
                const httplib::Request& req,
                httplib::Response& res) {
                bool okOffset = true, okSize = true;
                const qint64 offset = numberParam(req, "offset", okOffset);
                const qint64 size = numberParam(req, "size", okSize);
                if (!okOffset || !okSize)
                    return sendError(res, 400, "bad_request", QStringLiteral("offset and size are required numbers"));
                sendBlobAnswer(res,
                    BlobService::upload(store,
                        station,
                        QString::fromStdString(req.matches[1]),
                        size,
                        offset,
                        QByteArray::fromStdString(req.body)));
            }));
    server.Get(R"(/v1/blobs/([^/]+)/progress)",
        authenticated(dbPath,
            [](PlatformStore& store, const PlatformStation&, const httplib::Request& req, httplib::Response& res) {
                sendBlobAnswer(res, BlobService::progress(store, QString::fromStdString(req.matches[1])));
            }));
    server.Get(R"(/v1/blobs/([^/]+))",
        authenticated(dbPath,
            [](PlatformStore& store,
                const PlatformStation& station,
                const httplib::Request& req,
                httplib::Response& res) {
                BlobService::Answer why;
                auto data = BlobService::download(store, station, QString::fromStdString(req.matches[1]), why);
                if (!data || why.outcome != BlobService::Outcome::Ok)
                    return sendBlobAnswer(res, data ? Result<BlobService::Answer>(why) : data.error());
                res.status = 200;
                res.set_content(data->toStdString(), "application/octet-stream");
            }));
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.status == 413)
            return sendError(
                res, 413, "too_large", QStringLiteral("the request body is larger than the server accepts"));
        if (res.body.empty())
            sendError(res, res.status, "not_found", QStringLiteral("no such endpoint"));
    });
}
