#include "PublicSite.h"

#include "PlatformStore.h"
#include "common/Clock.h"
#include "domain/CaseStatus.h"
#include "domain/Channel.h"
#include "domain/Divisions.h"

#include <QFile>
#include <httplib.h>

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Every answer of the public listener: nothing may run or load from elsewhere, nothing may frame it.
void secure(httplib::Response& res)
{
    res.set_header("Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        "base-uri 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Cache-Control", "no-cache");
}

struct NavEntry
{
    const char* path;
    const char* title;
};
const NavEntry kNav[] = {
    { "/", "首页" },
    { "/services", "服务事项" },
    { "/request", "网上申请" },
    { "/status", "进度查询" },
    { "/process", "办理流程" },
    { "/stations", "服务站点" },
    { "/supervision", "监督投诉" },
};

constexpr const char kNotFound[]
    = "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>页面不存在</title>"
      "<p>页面不存在。<a href=\"/\">返回首页</a></p></html>";

QString days(int n)
{
    return QStringLiteral("%1 个工作日").arg(n);
}
} // namespace

PublicSite::PublicSite(QString dbPath, PublicSettings settings, Catalog catalog, QByteArray formKey)
    : m_dbPath(std::move(dbPath))
    , m_settings(std::move(settings))
    , m_catalog(std::move(catalog))
    , m_tokens(std::move(formKey))
{ }

Result<std::shared_ptr<PublicSite>> PublicSite::create(const QString& dbPath, const PublicSettings& settings)
{
    auto catalog = Catalog::loadBuiltIn();
    if (!catalog)
        return catalog.error();
    PlatformStore* store = HttpApi::storeFor(dbPath);
    if (!store)
        return Error::internal(QStringLiteral("cannot open %1").arg(dbPath));
    // The forms' key, one for every process serving this platform.
    auto key = store->meta(QStringLiteral("form_key"));
    if (!key)
        return key.error();
    QString formKey = key->value_or(QString());
    if (formKey.isEmpty()) {
        formKey = OnlineRequests::newQueryCode() + OnlineRequests::newQueryCode() + OnlineRequests::newQueryCode()
            + OnlineRequests::newQueryCode();
        if (Status s = store->setMeta(QStringLiteral("form_key"), formKey); !s)
            return s.error();
    }
    return std::shared_ptr<PublicSite>(new PublicSite(dbPath, settings, std::move(catalog).value(), formKey.toUtf8()));
}

QByteArray PublicSite::styleSheet()
{
    QFile f(QStringLiteral(":/public/site.css"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray PublicSite::layout(const QString& title, const QString& current, const QString& body) const
{
    QString nav;
    for (const NavEntry& e : kNav) {
        const QString path = QString::fromLatin1(e.path);
        nav += path == current
            ? QStringLiteral("<a href=\"%1\" aria-current=\"page\">%2</a>").arg(path, QString::fromUtf8(e.title))
            : QStringLiteral("<a href=\"%1\">%2</a>").arg(path, QString::fromUtf8(e.title));
    }
    QString footer = QStringLiteral("<p>柳州市质量服务“一站式”平台</p>");
    if (!m_settings.supervisionPhone.isEmpty() || !m_settings.supervisionEmail.isEmpty()) {
        footer += QStringLiteral("<p>");
        if (!m_settings.supervisionPhone.isEmpty())
            footer += QStringLiteral("监督电话：<a href=\"tel:%1\">%1</a>").arg(esc(m_settings.supervisionPhone));
        if (!m_settings.supervisionEmail.isEmpty())
            footer += QStringLiteral(" 监督邮箱：<a href=\"mailto:%1\">%1</a>").arg(esc(m_settings.supervisionEmail));
        footer += QStringLiteral("</p>");
    }
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>%1 - 柳州市质量服务“一站式”平台</title>"
                         "<link rel=\"stylesheet\" href=\"/site.css\"></head><body>"
                         "<header><p class=\"brand\">柳州市质量服务“一站式”平台</p><nav>%2</nav></header>"
                         "<main><h1>%1</h1>%3</main><footer>%4</footer></body></html>\n")
              .arg(esc(title), nav, body, footer);
    return html.toUtf8();
}

QByteArray PublicSite::front() const
{
    QString body = QStringLiteral(
        "<p class=\"lead\">平台为企业和群众提供计量、标准、认证认可、检验检测、质量管理、特种设备、品牌、知识产权、"
        "登记注册、食品安全等质量服务，线上线下一站办理。</p><ul class=\"cards\">"
        "<li><a href=\"/services\"><strong>服务事项</strong><span>%1 类 %2 项服务，所需材料和办理时限</span></a></li>"
        "<li><a href=\"/process\"><strong>办理流程</strong><span>从提出需求到办结、回访</span></a></li>"
        "<li><a href=\"/stations\"><strong>服务站点</strong><span>各区县服务窗口和服务渠道</span></a></li>"
        "<li><a "
        "href=\"/request\"><strong>网上申请</strong><span>在网上提出服务需求，由所在区县的站点受理</span></a></li>"
        "<li><a href=\"/status\"><strong>进度查询</strong><span>凭编号和查询码查看办理进度</span></a></li>"
        "<li><a href=\"/supervision\"><strong>监督投诉</strong><span>监督电话、电子邮箱和投诉处理</span></a></li>"
        "</ul>")
                       .arg(m_catalog.categories().size())
                       .arg(m_catalog.itemCount());
    return layout(QStringLiteral("柳州市质量服务“一站式”平台"), QStringLiteral("/"), body);
}

// 4.1: the service content published, item by item, with what to bring and how long it takes.
QByteArray PublicSite::services() const
{
    QString toc = QStringLiteral("<nav class=\"toc\" aria-label=\"服务类别\">");
    QString body;
    for (const CatalogCategory& c : m_catalog.categories()) {
        const QString anchor = QStringLiteral("c") + QString(c.code).replace(u'.', u'-');
        toc += QStringLiteral("<a href=\"#%1\">%2 %3</a>").arg(anchor, esc(c.code), esc(c.nameZh));
        body += QStringLiteral("<section id=\"%1\"><h2>%2 %3</h2>").arg(anchor, esc(c.code), esc(c.nameZh));
        for (const CatalogItem& item : c.items) {
            body += QStringLiteral("<article class=\"item\"><h3>%1 %2</h3>").arg(esc(item.code), esc(item.nameZh));
            if (!item.textZh.isEmpty())
                body += QStringLiteral("<p>%1</p>").arg(esc(item.textZh));
            body += QStringLiteral("<dl><dt>办理时限</dt><dd>%1内响应，%2内办结</dd>")
                        .arg(days(item.responseDays), days(item.closeDays));
            if (!item.materials.isEmpty()) {
                body += QStringLiteral("<dt>所需材料</dt><dd><ul>");
                for (const Material& m : item.materials)
                    body += QStringLiteral("<li>%1</li>").arg(esc(m.zh));
                body += QStringLiteral("</ul></dd>");
            }
            body += QStringLiteral("</dl></article>");
        }
        body += QStringLiteral("</section>");
    }
    toc += QStringLiteral("</nav>");
    return layout(QStringLiteral("服务事项"), QStringLiteral("/services"), toc + body);
}

// Clause 7 in plain words, for the person asking.
QByteArray PublicSite::process() const
{
    const QString body = QStringLiteral(
        "<ol class=\"steps\">"
        "<li><h2>提出需求</h2><p>到服务窗口、打电话、在平台网站上，或在我们走访企业、开展调查时，都可以提出服务需求。</"
        "p></li>"
        "<li><h2>受理和答复</h2><p>工作人员收到需求后及时响应；能当场答复和解决的，当场办结。</p></li>"
        "<li><h2>登记和一次性告知</h2><p>不能当场解决的，登记编号并一次性告知办理流程和需要准备的材料，"
        "您不必为补材料多跑。</p></li>"
        "<li><h2>转交专业机构</h2><p>需要专家或专业机构提供的服务，在规定时间内交接，并告诉您承办机构和联系方式；"
        "工作人员跟进、协调，直至办结。</p></li>"
        "<li><h2>办结和反馈</h2><p>服务结束后，通过网站、电话或短信告诉您办理结果。</p></li>"
        "<li><h2>回访和评价</h2><p>我们会电话或上门回访，请您对服务匹配度、服务水平、服务态度和投诉处理作出评价。</p></"
        "li>"
        "<li><h2>监督和投诉</h2><p>对服务不满意的，可以通过<a href=\"/supervision\">监督电话和电子邮箱</a>投诉；"
        "投诉经调查核实后反馈处理结果。</p></li>"
        "</ol>");
    return layout(QStringLiteral("办理流程"), QStringLiteral("/process"), body);
}

// Clause 6: the channels, and where the stations are.
QByteArray PublicSite::stations() const
{
    QString body = QStringLiteral("<h2>服务渠道</h2><ul>");
    for (Channel c : Channels::all())
        body += QStringLiteral("<li>%1</li>").arg(esc(Channels::chinese(c)));
    body += QStringLiteral("</ul><h2>服务站点</h2>");
    PlatformStore* store = HttpApi::storeFor(m_dbPath);
    auto list = store ? store->stations() : Result<QList<PlatformStation>>(Error::internal(QStringLiteral("store")));
    if (!list) {
        body += QStringLiteral("<p>站点信息暂时无法显示，请稍后再试。</p>");
    } else {
        body += QStringLiteral("<table><thead><tr><th>站点</th><th>服务区域</th></tr></thead><tbody>");
        for (const PlatformStation& s : *list) {
            QStringList areas;
            for (const QString& d : s.divisions) {
                const QString name = Divisions::liuzhouName(d);
                areas << (name.isEmpty() ? d : name);
            }
            const QString served = s.isCity() ? QStringLiteral("全市") : areas.join(QStringLiteral("、"));
            body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(esc(s.name), served.isEmpty() ? QStringLiteral("—") : esc(served));
        }
        body += QStringLiteral("</tbody></table>");
    }
    return layout(QStringLiteral("服务站点"), QStringLiteral("/stations"), body);
}

// 7.5.2: the supervision telephone and e-mail, in plain sight; 7.5.3: what happens to a complaint.
QByteArray PublicSite::supervision() const
{
    QString body = QStringLiteral("<dl class=\"contact\">");
    body += QStringLiteral("<dt>监督电话</dt><dd>%1</dd>")
                .arg(m_settings.supervisionPhone.isEmpty()
                        ? QStringLiteral("请拨打各服务站点电话")
                        : QStringLiteral("<a href=\"tel:%1\">%1</a>").arg(esc(m_settings.supervisionPhone)));
    if (!m_settings.supervisionEmail.isEmpty())
        body += QStringLiteral("<dt>电子邮箱</dt><dd><a href=\"mailto:%1\">%1</a></dd>")
                    .arg(esc(m_settings.supervisionEmail));
    body
        += QStringLiteral("</dl><p>您对平台工作人员或服务机构的服务态度、办理时限、服务质量、收费等不满意，都可以投诉。"
                          "我们对投诉内容调查核实，交对应机构处理，处理完毕后把结果告诉您。</p>");
    return layout(QStringLiteral("监督投诉"), QStringLiteral("/supervision"), body);
}

QByteArray PublicSite::page(const QString& path) const
{
    if (path == QLatin1String("/") || path == QLatin1String("/index.html"))
        return front();
    if (path == QLatin1String("/services"))
        return services();
    if (path == QLatin1String("/process"))
        return process();
    if (path == QLatin1String("/stations"))
        return stations();
    if (path == QLatin1String("/supervision"))
        return supervision();
    return {};
}

void PublicSite::install(httplib::SSLServer& server, std::shared_ptr<PublicSite> site, const ServerLimits& limits)
{
    server.new_task_queue = [n = limits.threads] { return new httplib::ThreadPool(size_t(n)); };
    server.set_read_timeout(limits.readTimeoutSeconds, 0);
    server.set_write_timeout(limits.writeTimeoutSeconds, 0);
    server.set_keep_alive_timeout(limits.keepAliveSeconds);
    server.set_payload_max_length(64 * 1024); // no upload yet: forms only
    const QByteArray css = styleSheet();
    server.Get("/site.css", [css](const httplib::Request&, httplib::Response& res) {
        secure(res);
        res.set_header("Cache-Control", "max-age=3600");
        res.set_content(css.constData(), size_t(css.size()), "text/css; charset=utf-8");
    });
    server.Get(
        "/request", [site](const httplib::Request& req, httplib::Response& res) { site->requestForm(req, res); });
    server.Post(
        "/request", [site](const httplib::Request& req, httplib::Response& res) { site->submitRequest(req, res); });
    server.Get("/status", [site](const httplib::Request& req, httplib::Response& res) { site->statusForm(req, res); });
    server.Post("/status", [site](const httplib::Request& req, httplib::Response& res) { site->lookUp(req, res); });
    server.Get(R"(/[a-z.]*)", [site](const httplib::Request& req, httplib::Response& res) {
        secure(res);
        const QByteArray html = site->page(QString::fromStdString(req.path));
        if (html.isEmpty()) {
            res.status = 404;
            res.set_content(kNotFound, "text/html; charset=utf-8");
            return;
        }
        res.set_content(html.constData(), size_t(html.size()), "text/html; charset=utf-8");
    });
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        secure(res);
        if (res.body.empty())
            res.set_content(kNotFound, "text/html; charset=utf-8");
    });
}

namespace {
QString attr(const QString& text)
{
    return text.toHtmlEscaped();
}

QString field(const char* id, const char* label, const QString& input, const char* hint = nullptr)
{
    QString html = QStringLiteral("<p class=\"field\"><label for=\"%1\">%2</label>%3")
                       .arg(QLatin1String(id), QString::fromUtf8(label), input);
    if (hint)
        html += QStringLiteral("<small>%1</small>").arg(QString::fromUtf8(hint));
    return html + QStringLiteral("</p>");
}

QString clientAddress(const httplib::Request& req)
{
    return QString::fromStdString(req.remote_addr);
}
} // namespace

void PublicSite::sendPage(
    httplib::Response& res, int status, const QString& title, const QString& current, const QString& body) const
{
    res.status = status;
    const QByteArray html = layout(title, current, body);
    res.set_content(html.constData(), size_t(html.size()), "text/html; charset=utf-8");
}

bool PublicSite::fromHere(const httplib::Request& req) const
{
    if (!req.has_header("Origin"))
        return true; // an old browser sends none; the token still has to agree
    const QString origin = QString::fromStdString(req.get_header_value("Origin"));
    const QString host = QString::fromStdString(req.get_header_value("Host"));
    return origin == QStringLiteral("https://") + host;
}

QString PublicSite::requestFormHtml(const QString& token, const OnlineRequestForm& v, const QString& problem) const
{
    QString items = QStringLiteral("<option value=\"\">请选择</option>");
    for (const CatalogCategory& c : m_catalog.categories()) {
        items += QStringLiteral("<optgroup label=\"%1 %2\">").arg(attr(c.code), attr(c.nameZh));
        for (const CatalogItem& i : c.items)
            items += QStringLiteral("<option value=\"%1\"%3>%1 %2</option>")
                         .arg(attr(i.code), attr(i.nameZh), i.code == v.item ? QStringLiteral(" selected") : QString());
        items += QStringLiteral("</optgroup>");
    }
    QString districts = QStringLiteral("<option value=\"\">按统一社会信用代码确定</option>");
    for (const auto& [code, name] : Divisions::liuzhou())
        districts += QStringLiteral("<option value=\"%1\"%3>%2</option>")
                         .arg(code, name, code == v.district ? QStringLiteral(" selected") : QString());
    QString body;
    if (!problem.isEmpty())
        body += QStringLiteral("<p class=\"problem\" role=\"alert\">%1</p>").arg(attr(problem));
    body += QStringLiteral(
        "<p>请如实填写。提交后您会得到编号和查询码，凭它们查询办理进度；申请由企业所在区县的服务站点受理。</p>"
        "<form method=\"post\" action=\"/request\">"
        "<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                .arg(QLatin1String(FormTokens::kFieldName), attr(token));
    body += field("enterprise",
        "企业名称",
        QStringLiteral("<input id=\"enterprise\" name=\"enterprise\" required maxlength=\"100\" value=\"%1\">")
            .arg(attr(v.enterprise)));
    body += field("uscc",
        "统一社会信用代码",
        QStringLiteral("<input id=\"uscc\" name=\"uscc\" required maxlength=\"18\" autocapitalize=\"characters\" "
                       "value=\"%1\">")
            .arg(attr(v.uscc)),
        "18 位，见营业执照");
    body += field("contact",
        "联系人",
        QStringLiteral("<input id=\"contact\" name=\"contact\" required maxlength=\"50\" value=\"%1\">")
            .arg(attr(v.contact)));
    body += field("phone",
        "联系电话",
        QStringLiteral("<input id=\"phone\" name=\"phone\" type=\"tel\" required maxlength=\"40\" value=\"%1\">")
            .arg(attr(v.phone)));
    body += field("email",
        "电子邮箱（选填）",
        QStringLiteral("<input id=\"email\" name=\"email\" type=\"email\" maxlength=\"100\" value=\"%1\">")
            .arg(attr(v.email)));
    body += field(
        "item", "服务事项", QStringLiteral("<select id=\"item\" name=\"item\" required>%1</select>").arg(items));
    body += field(
        "district", "所在区县", QStringLiteral("<select id=\"district\" name=\"district\">%1</select>").arg(districts));
    body += field("request",
        "诉求内容",
        QStringLiteral("<textarea id=\"request\" name=\"request\" required maxlength=\"2000\" rows=\"6\">%1</textarea>")
            .arg(attr(v.request)));
    body += QStringLiteral("<p class=\"check\"><input id=\"sms\" name=\"sms\" type=\"checkbox\" value=\"1\"%1>"
                           "<label for=\"sms\">同意接收短信通知（编号、办理结果）</label></p>"
                           "<p><button type=\"submit\">提交申请</button></p></form>")
                .arg(v.sms ? QStringLiteral(" checked") : QString());
    return body;
}

void PublicSite::requestForm(const httplib::Request&, httplib::Response& res)
{
    secure(res);
    const FormTokens::Issued token = m_tokens.issue();
    res.set_header("Set-Cookie", token.setCookie);
    sendPage(res, 200, QStringLiteral("网上申请"), QStringLiteral("/request"), requestFormHtml(token.field, {}, {}));
}

void PublicSite::submitRequest(const httplib::Request& req, httplib::Response& res)
{
    secure(res);
    const QHash<QString, QString> f = formFields(req.body);
    if (!fromHere(req)
        || !m_tokens.accepts(req.get_header_value("Cookie"), f.value(QLatin1String(FormTokens::kFieldName))))
        return sendPage(res,
            403,
            QStringLiteral("无法提交"),
            QStringLiteral("/request"),
            QStringLiteral(
                "<p>页面已过期或不是从本平台打开的。请<a href=\"/request\">重新打开申请页面</a>填写后提交。</p>"));
    const QString address = clientAddress(req);
    OnlineRequestForm form { f.value(QStringLiteral("enterprise")),
        f.value(QStringLiteral("uscc")),
        f.value(QStringLiteral("contact")),
        f.value(QStringLiteral("phone")),
        f.value(QStringLiteral("email")),
        f.value(QStringLiteral("item")),
        f.value(QStringLiteral("district")),
        f.value(QStringLiteral("request")),
        f.contains(QStringLiteral("sms")) };
    const QString phoneKey = form.phone.trimmed();
    if (!m_requestsPerAddress.allowed(address) || !m_requestsPerPhone.allowed(phoneKey))
        return sendPage(res,
            429,
            QStringLiteral("提交过于频繁"),
            QStringLiteral("/request"),
            QStringLiteral("<p>同一地址或同一电话提交的申请过多，请稍后再试，或拨打服务站点电话。</p>"));
    PlatformStore* store = HttpApi::storeFor(m_dbPath);
    if (!store)
        return sendPage(res,
            503,
            QStringLiteral("暂时无法提交"),
            QStringLiteral("/request"),
            QStringLiteral("<p>请稍后再试。</p>"));
    auto receipt = OnlineRequests::submit(*store, m_catalog, form, Clock::nowUtc());
    if (!receipt) {
        const FormTokens::Issued token = m_tokens.issue();
        res.set_header("Set-Cookie", token.setCookie);
        const int status = receipt.error().code == ErrorCode::BadInput ? 400 : 500;
        return sendPage(res,
            status,
            QStringLiteral("网上申请"),
            QStringLiteral("/request"),
            requestFormHtml(token.field,
                form,
                status == 400 ? receipt.error().message.local : QStringLiteral("暂时无法提交，请稍后再试。")));
    }
    m_requestsPerAddress.record(address);
    m_requestsPerPhone.record(phoneKey);
    const QString body
        = QStringLiteral("<dl class=\"receipt\"><dt>编号</dt><dd>%1</dd><dt>查询码</dt><dd>%2</dd></dl>"
                         "<p>申请已提交%3。请记下以上两项：凭它们在<a href=\"/status\">进度查询</a>查看办理进度。"
                         "查询码只显示这一次。</p>")
              .arg(attr(receipt->number),
                  attr(receipt->code),
                  receipt->stationName.isEmpty() ? QString()
                                                 : QStringLiteral("，由%1受理").arg(attr(receipt->stationName)));
    sendPage(res, 200, QStringLiteral("申请已提交"), QStringLiteral("/request"), body);
}

QString PublicSite::statusFormHtml(const QString& token, const QString& number, const QString& problem) const
{
    QString body;
    if (!problem.isEmpty())
        body += QStringLiteral("<p class=\"problem\" role=\"alert\">%1</p>").arg(attr(problem));
    body += QStringLiteral("<form method=\"post\" action=\"/status\"><input type=\"hidden\" name=\"%1\" value=\"%2\">")
                .arg(QLatin1String(FormTokens::kFieldName), attr(token));
    body += field("number",
        "编号",
        QStringLiteral("<input id=\"number\" name=\"number\" required maxlength=\"40\" value=\"%1\">")
            .arg(attr(number)),
        "提交申请时得到的编号，如 LZ-WS-20261204-0001");
    body += field("code",
        "查询码",
        QStringLiteral("<input id=\"code\" name=\"code\" required maxlength=\"16\" autocomplete=\"off\">"));
    body += QStringLiteral("<p><button type=\"submit\">查询</button></p></form>");
    return body;
}

void PublicSite::statusForm(const httplib::Request& req, httplib::Response& res)
{
    secure(res);
    if (!m_wrongCodesPerAddress.allowed(clientAddress(req)))
        return sendPage(res,
            429,
            QStringLiteral("查询过于频繁"),
            QStringLiteral("/status"),
            QStringLiteral("<p>查询码错误次数过多，请一小时后再试。</p>"));
    const FormTokens::Issued token = m_tokens.issue();
    res.set_header("Set-Cookie", token.setCookie);
    sendPage(res, 200, QStringLiteral("进度查询"), QStringLiteral("/status"), statusFormHtml(token.field, {}, {}));
}

void PublicSite::lookUp(const httplib::Request& req, httplib::Response& res)
{
    secure(res);
    const QHash<QString, QString> f = formFields(req.body);
    const QString number = f.value(QStringLiteral("number")).trimmed().toUpper();
    const QString address = clientAddress(req);
    if (!m_wrongCodesPerAddress.allowed(address) || !m_wrongCodesPerNumber.allowed(number))
        return sendPage(res,
            429,
            QStringLiteral("查询过于频繁"),
            QStringLiteral("/status"),
            QStringLiteral("<p>查询码错误次数过多，请稍后再试。忘记查询码的，请拨打受理站点的电话。</p>"));
    const FormTokens::Issued token = m_tokens.issue();
    res.set_header("Set-Cookie", token.setCookie);
    if (!fromHere(req)
        || !m_tokens.accepts(req.get_header_value("Cookie"), f.value(QLatin1String(FormTokens::kFieldName))))
        return sendPage(res,
            403,
            QStringLiteral("进度查询"),
            QStringLiteral("/status"),
            statusFormHtml(token.field, number, QStringLiteral("页面已过期，请重新输入后查询。")));
    PlatformStore* store = HttpApi::storeFor(m_dbPath);
    auto found = store ? OnlineRequests::lookup(*store, number, f.value(QStringLiteral("code")))
                       : Result<std::optional<OnlineRequestView>>(Error::internal(QStringLiteral("store")));
    if (!found)
        return sendPage(
            res, 503, QStringLiteral("暂时无法查询"), QStringLiteral("/status"), QStringLiteral("<p>请稍后再试。</p>"));
    if (!found->has_value()) {
        m_wrongCodesPerAddress.record(address);
        m_wrongCodesPerNumber.record(number);
        return sendPage(res,
            404,
            QStringLiteral("进度查询"),
            QStringLiteral("/status"),
            statusFormHtml(token.field, number, QStringLiteral("编号或查询码不正确，请核对后重新输入。")));
    }
    const OnlineRequestView& v = **found;
    const CatalogItem* item = m_catalog.item(v.itemCode);
    QString state, next;
    if (v.state == QLatin1String("pending")) {
        state = QStringLiteral("待受理");
        next = QStringLiteral("申请已送达%1，工作人员受理后开始办理。")
                   .arg(v.stationName.isEmpty() ? QStringLiteral("平台") : attr(v.stationName));
    } else if (v.state == QLatin1String("accepted")) {
        const auto status = CaseStatuses::fromKey(v.caseStatus);
        const bool closed = status == CaseStatus::Closed;
        state = closed ? QStringLiteral("已办结") : QStringLiteral("已受理，办理中");
        next = QStringLiteral("%1已受理，受理编号 %2。%3")
                   .arg(v.stationName.isEmpty() ? QStringLiteral("平台") : attr(v.stationName),
                       attr(v.caseNumber),
                       closed ? QStringLiteral("办理已结束，感谢您的信任。") : QStringLiteral("办结后会通知您。"));
    } else {
        state = QStringLiteral("已退回");
        next = QStringLiteral("申请未被受理，原因：%1。如有疑问请拨打受理站点电话。").arg(attr(v.returnReason));
    }
    QString body
        = QStringLiteral("<dl class=\"receipt\"><dt>编号</dt><dd>%1</dd><dt>当前状态</dt><dd>%2</dd>"
                         "<dt>服务事项</dt><dd>%3</dd><dt>提交时间</dt><dd>%4</dd></dl><p>%5</p>")
              .arg(attr(v.number),
                  state,
                  item ? attr(item->code + u' ' + item->nameZh) : attr(v.itemCode),
                  attr(v.receivedAt.toTimeZone(Clock::chinaZone()).toString(QStringLiteral("yyyy年M月d日 HH:mm"))),
                  next);
    if (item && !item->materials.isEmpty()) {
        body += QStringLiteral("<h2>办理时请准备</h2><ul>");
        for (const Material& m : item->materials)
            body += QStringLiteral("<li>%1</li>").arg(attr(m.zh));
        body += QStringLiteral("</ul>");
    }
    sendPage(res, 200, QStringLiteral("进度查询"), QStringLiteral("/status"), body);
}
