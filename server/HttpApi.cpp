#include "HttpApi.h"

#include "ServerStore.h"
#include "SyncService.h"
#include "common/Clock.h"
#include "common/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

namespace {
// One platform connection per worker thread (Qt SQL connections must stay on their thread).
ServerStore* storeFor(const QString& dbPath)
{
    thread_local std::unique_ptr<ServerStore> store;
    if (!store) {
        auto opened = ServerStore::open(dbPath);
        if (!opened) {
            qCWarning(lcStorage) << "server: cannot open" << dbPath << opened.error().message.english;
            return nullptr;
        }
        store = std::move(opened).value();
    }
    return store.get();
}

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

// Runs `handler` for an authenticated station, or answers 401/503 itself.
template<typename Handler>
auto authenticated(const QString& dbPath, Handler handler)
{
    return [dbPath, handler](const httplib::Request& req, httplib::Response& res) {
        ServerStore* store = storeFor(dbPath);
        if (!store)
            return sendError(res, 503, "unavailable", QStringLiteral("the platform database cannot be opened"));
        auto station = store->authenticate(bearer(req));
        if (!station)
            return sendError(res, 401, "unauthorized", QStringLiteral("missing or unknown station credential"));
        handler(*store, station.value(), req, res);
    };
}
} // namespace

void HttpApi::install(httplib::Server& server, const QString& dbPath, const ServerLimits& limits)
{
    const int threads = limits.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    server.set_payload_max_length(limits.maxBodyBytes);
    server.set_read_timeout(limits.readTimeoutSeconds, 0);
    server.set_write_timeout(limits.writeTimeoutSeconds, 0);
    server.set_keep_alive_max_count(1000);
    server.set_tcp_nodelay(true); // no Nagle + delayed-ACK stall on kept-alive connections

    server.Get("/v1/status",
        authenticated(dbPath,
            [](ServerStore& store, const PlatformStation& station, const httplib::Request&, httplib::Response& res) {
                auto city = store.city();
                auto history = store.history();
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
            [](ServerStore& store,
                const PlatformStation& station,
                const httplib::Request& req,
                httplib::Response& res) {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &pe);
                if (pe.error != QJsonParseError::NoError || !doc.isObject())
                    return sendError(res,
                        400,
                        "bad_json",
                        QStringLiteral("the body is not a JSON object: %1").arg(pe.errorString()));
                auto result = SyncService::push(store, station, doc.object());
                if (!result)
                    return sendError(res,
                        result.error().code == ErrorCode::BadInput ? 400 : 500,
                        result.error().code == ErrorCode::BadInput ? "bad_request" : "internal",
                        result.error().message.english);
                sendJson(res, 200, result.value());
            }));
    server.Get("/v1/pull",
        authenticated(dbPath,
            [](ServerStore& store,
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
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.status == 413)
            return sendError(
                res, 413, "too_large", QStringLiteral("the request body is larger than the server accepts"));
        if (res.body.empty())
            sendError(res, res.status, "not_found", QStringLiteral("no such endpoint"));
    });
}
