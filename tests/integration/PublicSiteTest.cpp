// The platform's public pages (issue 23): served by qsdesk-server on a listener of their own, over
// real TLS on 127.0.0.1, from the same catalog the desk uses; nothing loaded from elsewhere, nothing
// of the stations' API reachable there.
#include "ServerProcess.h"
#include "domain/Catalog.h"
#include "support/QtCatch.h"

#include <QRegularExpression>
#include <httplib.h>

namespace {
struct Fetched
{
    int status = 0;
    QString body;
    httplib::Headers headers;
    QString header(const char* name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? QString() : QString::fromStdString(it->second);
    }
};

Fetched get(const ServerProcess& server, int port, const std::string& path, const httplib::Headers& headers = {})
{
    httplib::SSLClient http("127.0.0.1", port);
    http.set_ca_cert_path(server.caFile().toLocal8Bit().constData());
    http.enable_server_certificate_verification(true);
    auto res = http.Get(path, headers);
    if (!res)
        return {};
    return { res->status, QString::fromStdString(res->body), res->headers };
}
} // namespace

TEST_CASE("the public pages publish the catalog, the process, the stations and the supervision contacts", "[portal]")
{
    ServerProcess server;
    QString token;
    REQUIRE(server.admin({ QStringLiteral("station"),
                             QStringLiteral("add"),
                             QStringLiteral("LN"),
                             QStringLiteral("--name"),
                             QStringLiteral("柳南区"),
                             QStringLiteral("--division"),
                             QStringLiteral("450204,450203") },
                &token)
        == 0);
    token = token.trimmed().section(u'\n', -1);
    // A division serves one station; a code that is not six digits is refused.
    CHECK(server.admin({ QStringLiteral("station"),
              QStringLiteral("add"),
              QStringLiteral("LJ"),
              QStringLiteral("--name"),
              QStringLiteral("柳江区"),
              QStringLiteral("--division"),
              QStringLiteral("450204") })
        == 2);
    CHECK(server.admin({ QStringLiteral("station"),
              QStringLiteral("add"),
              QStringLiteral("LJ"),
              QStringLiteral("--name"),
              QStringLiteral("柳江区"),
              QStringLiteral("--division"),
              QStringLiteral("45020X") })
        == 2);
    const int publicPort = server.port() + 1;
    server.start({ QStringLiteral("--public-listen"),
        QStringLiteral("127.0.0.1:%1").arg(publicPort),
        QStringLiteral("--supervision-phone"),
        QStringLiteral("0772-2825315"),
        QStringLiteral("--supervision-email"),
        QStringLiteral("jiandu@lzzj.example.cn") });

    const Catalog catalog = Catalog::loadBuiltIn().value();
    for (const char* path : { "/", "/services", "/process", "/stations", "/supervision" }) {
        INFO(path);
        const Fetched page = get(server, publicPort, path);
        REQUIRE(page.status == 200);
        CHECK(page.header("Content-Type").startsWith(QStringLiteral("text/html")));
        const QString csp = page.header("Content-Security-Policy");
        CHECK(csp.contains(QStringLiteral("default-src 'none'")));
        CHECK_FALSE(csp.contains(QStringLiteral("unsafe-inline")));
        CHECK(csp.contains(QStringLiteral("frame-ancestors 'none'")));
        CHECK(page.header("X-Content-Type-Options") == QStringLiteral("nosniff"));
        CHECK(page.header("X-Frame-Options") == QStringLiteral("DENY"));
        CHECK(page.body.contains(QStringLiteral("<html lang=\"zh-CN\">")));
        CHECK(page.body.contains(QStringLiteral("name=\"viewport\""))); // readable on a phone
        // Every page carries the supervision telephone and e-mail (7.5.2).
        CHECK(page.body.contains(QStringLiteral("0772-2825315")));
        CHECK(page.body.contains(QStringLiteral("jiandu@lzzj.example.cn")));
        // No script, no inline style, nothing from another host.
        CHECK_FALSE(page.body.contains(QStringLiteral("<script")));
        CHECK_FALSE(page.body.contains(QStringLiteral("style=")));
        static const QRegularExpression outside(QStringLiteral("(src|href)=\"(https?:)?//"));
        CHECK_FALSE(page.body.contains(outside));
    }
    // The catalog as the desk has it: every category and item, each item's time limits and materials.
    const QString services = get(server, publicPort, "/services").body;
    for (const CatalogCategory& c : catalog.categories()) {
        CHECK(services.contains(c.code + u' ' + c.nameZh));
        for (const CatalogItem& item : c.items) {
            INFO(item.code.toStdString());
            CHECK(services.contains(QStringLiteral("<h3>%1 %2</h3>").arg(item.code, item.nameZh.toHtmlEscaped())));
            CHECK(services.contains(QStringLiteral("%1 个工作日内办结").arg(item.closeDays)));
            for (const Material& m : item.materials)
                CHECK(services.contains(m.zh.toHtmlEscaped()));
        }
    }
    // The stations and the districts they serve, by name.
    const QString stations = get(server, publicPort, "/stations").body;
    CHECK(stations.contains(QStringLiteral("<td>柳南区</td><td>鱼峰区、柳南区</td>")));
    CHECK(stations.contains(QStringLiteral("平台网站")));
    CHECK(get(server, publicPort, "/process").body.contains(QStringLiteral("一次性告知")));
    const Fetched css = get(server, publicPort, "/site.css");
    CHECK(css.status == 200);
    CHECK(css.header("Content-Type").startsWith(QStringLiteral("text/css")));

    // The stations' API is not on the public listener, with a credential or without; it is where it was.
    const httplib::Headers auth { { "Authorization", "Bearer " + token.toStdString() } };
    CHECK(get(server, server.port(), "/v1/status", auth).status == 200);
    for (const char* path : { "/v1/status", "/v1/pull?after=0", "/v1/health", "/nothing", "/services/x" }) {
        INFO(path);
        const Fetched missing = get(server, publicPort, path, auth);
        CHECK(missing.status == 404);
        CHECK(missing.header("Content-Security-Policy").contains(QStringLiteral("default-src 'none'")));
        CHECK(missing.body.contains(QStringLiteral("页面不存在")));
    }
}
