// The platform's public pages (issue 23): served by qsdesk-server on a listener of their own, over
// real TLS on 127.0.0.1, from the same catalog the desk uses; nothing loaded from elsewhere, nothing
// of the stations' API reachable there.
#include "ServerProcess.h"
#include "SyncingStation.h"
#include "domain/Catalog.h"
#include "storage/OnlineRequestStore.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/OnlineIntake.h"

#include <QRegularExpression>
#include <QUrl>
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

// A browser of the public pages: it keeps the one cookie they set, and sends the Origin it is on.
class Browser
{
public:
    Browser(const ServerProcess& server, int port)
        : m_http("127.0.0.1", port)
        , m_origin("https://127.0.0.1:" + std::to_string(port))
    {
        m_http.set_ca_cert_path(server.caFile().toLocal8Bit().constData());
        m_http.enable_server_certificate_verification(true);
    }
    Fetched get(const std::string& path) { return keep(m_http.Get(path, headers())); }
    // Posts the fields, with the form token of the page last fetched unless `token` says otherwise.
    Fetched post(const std::string& path, QList<std::pair<QString, QString>> fields, const QString* token = nullptr)
    {
        fields.append({ QStringLiteral("csrf"), token ? *token : m_token });
        QByteArray body;
        for (const auto& [name, value] : fields)
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        return keep(m_http.Post(path, headers(), body.toStdString(), "application/x-www-form-urlencoded"));
    }
    void setOrigin(std::string origin) { m_origin = std::move(origin); }
    void forgetCookie() { m_cookie.clear(); }
    QString token() const { return m_token; }

private:
    httplib::Headers headers() const
    {
        httplib::Headers h { { "Origin", m_origin } };
        if (!m_cookie.empty())
            h.emplace("Cookie", m_cookie);
        return h;
    }
    Fetched keep(const httplib::Result& res)
    {
        if (!res)
            return {};
        if (res->has_header("Set-Cookie"))
            m_cookie = res->get_header_value("Set-Cookie").substr(0, res->get_header_value("Set-Cookie").find(';'));
        static const QRegularExpression field(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
        const QString body = QString::fromStdString(res->body);
        if (const auto m = field.match(body); m.hasMatch())
            m_token = m.captured(1);
        return { res->status, body, res->headers };
    }
    httplib::SSLClient m_http;
    std::string m_origin;
    std::string m_cookie;
    QString m_token;
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

TEST_CASE(
    "an online request reaches the desk of its district at sync; the applicant looks it up with its code", "[portal]")
{
    ServerProcess server;
    SyncingStation ln(server, QStringLiteral("LN"), QStringLiteral("county"));
    SyncingStation lj(server, QStringLiteral("LJ"), QStringLiteral("county"));
    SyncingStation city(server, QStringLiteral("SJ"), QStringLiteral("city"));
    REQUIRE(server.admin({ QStringLiteral("station"),
                QStringLiteral("divisions"),
                QStringLiteral("LN"),
                QStringLiteral("--division"),
                QStringLiteral("450204") })
        == 0);
    REQUIRE(server.admin({ QStringLiteral("station"),
                QStringLiteral("divisions"),
                QStringLiteral("LJ"),
                QStringLiteral("--division"),
                QStringLiteral("450206") })
        == 0);
    const int publicPort = server.port() + 1;
    server.start({ QStringLiteral("--public-listen"), QStringLiteral("127.0.0.1:%1").arg(publicPort) });
    Browser browser(server, publicPort);
    const QList<std::pair<QString, QString>> good { { QStringLiteral("enterprise"),
                                                        QStringLiteral("柳州市柳南区测试机械有限公司") },
        { QStringLiteral("uscc"), QStringLiteral("91450204MA5KQ7R155") },
        { QStringLiteral("contact"), QStringLiteral("覃测试") },
        { QStringLiteral("phone"), QStringLiteral("13877201234") },
        { QStringLiteral("item"), QStringLiteral("5.2.2") },
        { QStringLiteral("district"), QString() },
        { QStringLiteral("request"), QStringLiteral("查询企业标准有效性") } };
    auto with = [&good](const QString& name, const QString& value) {
        auto fields = good;
        for (auto& [n, v] : fields)
            if (n == name)
                v = value;
        return fields;
    };
    auto stored = [&server] {
        QProcess sqlite;
        sqlite.start(
            QStringLiteral("sqlite3"), { server.dbFile(), QStringLiteral("SELECT count(*) FROM online_requests") });
        REQUIRE(sqlite.waitForFinished(30000));
        return sqlite.readAllStandardOutput().trimmed().toInt();
    };

    // Without the form's token, with a forged one, or posted from another site: refused, nothing kept.
    REQUIRE(browser.get("/request").status == 200);
    const QString none;
    CHECK(browser.post("/request", good, &none).status == 403);
    const QString token = browser.token();
    const QString forged = (token.startsWith(u'A') ? QStringLiteral("B") : QStringLiteral("A")) + token.mid(1);
    CHECK(browser.post("/request", good, &forged).status == 403);
    browser.setOrigin("https://elsewhere.example");
    CHECK(browser.post("/request", good).status == 403);
    browser.setOrigin("https://127.0.0.1:" + std::to_string(publicPort));
    browser.forgetCookie();
    CHECK(browser.post("/request", good).status == 403);
    CHECK(stored() == 0);

    // Bad input: the field named and why, in Chinese; the form comes back filled in; nothing kept.
    REQUIRE(browser.get("/request").status == 200);
    const Fetched badCode
        = browser.post("/request", with(QStringLiteral("uscc"), QStringLiteral("91450204MA5KQ7R156")));
    CHECK(badCode.status == 400);
    CHECK(badCode.body.contains(QStringLiteral("统一社会信用代码")));
    CHECK(badCode.body.contains(QStringLiteral("柳州市柳南区测试机械有限公司")));
    const Fetched noText = browser.post("/request", with(QStringLiteral("request"), QString()));
    CHECK(noText.status == 400);
    CHECK(noText.body.contains(QStringLiteral("诉求")));
    CHECK(browser.post("/request", with(QStringLiteral("item"), QStringLiteral("9.9"))).status == 400);
    CHECK(stored() == 0);

    // A good one: a number and a query code at once.
    const Fetched answer = browser.post("/request", good);
    REQUIRE(answer.status == 200);
    static const QRegularExpression receipt(
        QStringLiteral("<dt>编号</dt><dd>(LZ-WS-\\d{8}-\\d{4})</dd><dt>查询码</dt><dd>([2-9A-HJ-NP-Z]{8})</dd>"));
    const auto m = receipt.match(answer.body);
    REQUIRE(m.hasMatch());
    const QString number = m.captured(1), code = m.captured(2);
    CHECK(answer.body.contains(QStringLiteral("由LN受理"))); // the name it was registered under (here its code)
    // The district picked on the form wins over the credit code's; a district no station serves goes
    // to the city.
    const Fetched toLj = browser.post("/request", with(QStringLiteral("district"), QStringLiteral("450206")));
    REQUIRE(toLj.status == 200);
    const auto mLj = receipt.match(toLj.body);
    REQUIRE(mLj.hasMatch());
    REQUIRE(browser.post("/request", with(QStringLiteral("district"), QStringLiteral("450223"))).status == 200);

    // Each reaches the desk of its district at the next sync, and no other.
    REQUIRE(ln.sync().ok());
    REQUIRE(lj.sync().ok());
    REQUIRE(city.sync().ok());
    auto atLn = OnlineRequestStore::pending(*ln.t.db, 10);
    REQUIRE(atLn.ok());
    REQUIRE(atLn->size() == 1);
    CHECK(atLn->at(0).number == number);
    CHECK(atLn->at(0).summary == QStringLiteral("查询企业标准有效性"));
    CHECK(atLn->at(0).uscc == QStringLiteral("91450204MA5KQ7R155"));
    auto atLj = OnlineRequestStore::pending(*lj.t.db, 10);
    REQUIRE(atLj.ok());
    REQUIRE(atLj->size() == 1);
    CHECK(atLj->at(0).division == QStringLiteral("450206"));
    auto atCity = OnlineRequestStore::pending(*city.t.db, 10);
    REQUIRE(atCity.ok());
    CHECK(atCity->size() >= 3); // the city sees every request; 450223's is its own to accept
    // A second sync brings nothing twice.
    REQUIRE(ln.sync().ok());
    CHECK(OnlineRequestStore::pending(*ln.t.db, 10)->size() == 1);

    // The look-up: a wrong code and an unknown number look the same; the right code shows where it
    // stands and what to bring, not the applicant's details.
    REQUIRE(browser.get("/status").status == 200);
    const Fetched wrong = browser.post(
        "/status", { { QStringLiteral("number"), number }, { QStringLiteral("code"), QStringLiteral("AAAAAAAA") } });
    CHECK(wrong.status == 404);
    CHECK_FALSE(wrong.body.contains(QStringLiteral("待受理")));
    const Fetched unknown = browser.post("/status",
        { { QStringLiteral("number"), QStringLiteral("LZ-WS-20200101-0001") }, { QStringLiteral("code"), code } });
    CHECK(unknown.status == 404);
    CHECK(unknown.body.contains(QStringLiteral("编号或查询码不正确")));
    const Fetched right = browser.post(
        "/status", { { QStringLiteral("number"), number.toLower() }, { QStringLiteral("code"), code.toLower() } });
    REQUIRE(right.status == 200);
    CHECK(right.body.contains(QStringLiteral("待受理")));
    CHECK(right.body.contains(QStringLiteral("申请已送达LN")));
    CHECK(right.body.contains(QStringLiteral("办理时请准备")));
    CHECK_FALSE(right.body.contains(QStringLiteral("13877201234")));
    CHECK_FALSE(right.body.contains(QStringLiteral("覃测试")));
    // Guessing: five wrong codes for a number, and even the right one waits.
    int status = 0;
    for (int i = 0; i < 6 && status != 429; ++i)
        status = browser
                     .post("/status",
                         { { QStringLiteral("number"), number },
                             { QStringLiteral("code"), QStringLiteral("BBBBBBB%1").arg(i + 2) } })
                     .status;
    CHECK(status == 429);
    CHECK(browser.post("/status", { { QStringLiteral("number"), number }, { QStringLiteral("code"), code } }).status
        == 429);

    // The clerks: LN accepts its request as a case of its own; LJ returns its one with a reason; the
    // city may not take a county's request.
    REQUIRE(OnlineIntake(*city.t.db, city.t.catalog).accept(number, testActor(QStringLiteral("city"))).error().code
        == ErrorCode::NotAllowed);
    auto accepted = OnlineIntake(*ln.t.db, ln.t.catalog).accept(number, testActor(QStringLiteral("zhangli")));
    INFO((accepted.ok() ? QString() : accepted.error().message.english).toStdString());
    REQUIRE(accepted.ok());
    CHECK(accepted->channel == Channel::Website);
    CHECK(accepted->status == CaseStatus::Registered);
    CHECK(accepted->number.startsWith(QStringLiteral("LZ-LN-")));
    CHECK(accepted->clientUscc == QStringLiteral("91450204MA5KQ7R155"));
    CHECK(accepted->summary == QStringLiteral("查询企业标准有效性"));
    CHECK(accepted->receivedAt == atLn->at(0).receivedAt); // the clock runs from when it was sent
    CHECK(OnlineRequestStore::pending(*ln.t.db, 10)->isEmpty());
    CHECK(OnlineIntake(*ln.t.db, ln.t.catalog).accept(number, testActor(QStringLiteral("zhangli"))).error().code
        == ErrorCode::BadInput); // once
    CHECK(OnlineIntake(*lj.t.db, lj.t.catalog)
              .giveBack(mLj.captured(1), QString(), testActor(QStringLiteral("lj")))
              .error()
              .field
        == QStringLiteral("reason"));
    REQUIRE(OnlineIntake(*lj.t.db, lj.t.catalog)
                .giveBack(
                    mLj.captured(1), QStringLiteral("该企业不在本区，请向柳南区提出"), testActor(QStringLiteral("lj")))
                .ok());
    auto lnSync = ln.sync();
    REQUIRE(lnSync.ok());
    CHECK(lnSync->refused == 0);
    auto ljSync = lj.sync();
    REQUIRE(ljSync.ok());
    CHECK(ljSync->refused == 0);
    REQUIRE(city.sync().ok());
    CHECK(OnlineRequestStore::byNumber(*city.t.db, number)->value().state == QStringLiteral("accepted"));
    CHECK(city.has(accepted->number));

    // What the applicants see now (from another address would be the same; this one is limited for
    // the first request's number only).
    Browser other(server, publicPort);
    REQUIRE(other.get("/status").status == 200);
    const Fetched returned = other.post(
        "/status", { { QStringLiteral("number"), mLj.captured(1) }, { QStringLiteral("code"), mLj.captured(2) } });
    REQUIRE(returned.status == 200);
    CHECK(returned.body.contains(QStringLiteral("已退回")));
    CHECK(returned.body.contains(QStringLiteral("该企业不在本区，请向柳南区提出")));
}
