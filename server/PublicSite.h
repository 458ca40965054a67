#pragma once

#include "HttpApi.h"
#include "OnlineRequests.h"
#include "PublicForms.h"
#include "common/Result.h"
#include "domain/Catalog.h"

#include <QString>
#include <memory>

namespace httplib {
class SSLServer;
struct Request;
struct Response;
} // namespace httplib

// What the public pages publish besides the catalog (7.5.2): from --supervision-phone and
// --supervision-email, or the same keys in server.ini.
struct PublicSettings
{
    QString supervisionPhone;
    QString supervisionEmail;
};

// The platform's public side (issue 23; standard 3.2, 4.1, 6, 7.5.2): pages in Chinese for
// enterprises and the public, generated from the same catalog the desk uses and from the
// platform's stations. Served on a listener of its own, so the stations' API (/v1) and the
// administrative commands cannot be reached from it. No script, no outside host: every page and
// its style sheet come from here, under a Content-Security-Policy that says so.
class PublicSite
{
public:
    static Result<std::shared_ptr<PublicSite>> create(const QString& dbPath, const PublicSettings& settings);
    static void install(httplib::SSLServer& server, std::shared_ptr<PublicSite> site, const ServerLimits& limits);

    // The pages, as served (for tests and screenshots too): path -> HTML; empty for an unknown path.
    QByteArray page(const QString& path) const;
    static QByteArray styleSheet();

    // The forms: the online request and the status look-up (GET shows, POST sends).
    void requestForm(const httplib::Request& req, httplib::Response& res);
    void submitRequest(const httplib::Request& req, httplib::Response& res);
    void statusForm(const httplib::Request& req, httplib::Response& res);
    void lookUp(const httplib::Request& req, httplib::Response& res);

private:
    PublicSite(QString dbPath, PublicSettings settings, Catalog catalog, QByteArray formKey);
    QString requestFormHtml(const QString& token, const OnlineRequestForm& values, const QString& problem) const;
    QString statusFormHtml(const QString& token, const QString& number, const QString& problem) const;
    void sendPage(
        httplib::Response& res, int status, const QString& title, const QString& current, const QString& body) const;
    bool fromHere(const httplib::Request& req) const; // Origin, when sent, is this site
    QByteArray front() const;
    QByteArray services() const;
    QByteArray process() const;
    QByteArray stations() const;
    QByteArray supervision() const;
    QByteArray layout(const QString& title, const QString& current, const QString& body) const;

    QString m_dbPath;
    PublicSettings m_settings;
    Catalog m_catalog;
    FormTokens m_tokens;
    AttemptLimiter m_requestsPerAddress { 10, std::chrono::hours(1) };
    AttemptLimiter m_requestsPerPhone { 5, std::chrono::hours(24) };
    AttemptLimiter m_wrongCodesPerAddress { 20, std::chrono::hours(1) };
    AttemptLimiter m_wrongCodesPerNumber { 5, std::chrono::minutes(15) };
};
