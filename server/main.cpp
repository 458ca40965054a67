// qsdesk-server: the city-level platform's sync service (DESIGN.md §6).
//   qsdesk-server --db F init --city LZ
//   qsdesk-server --db F station add LN --name 柳南区 [--level county|city|district|park] [--division 450204,…]
//   qsdesk-server --db F station rotate LN    (a new credential, printed on the last line; the old one is refused)
//   qsdesk-server --db F station revoke LN    (the credential is refused from now on)
//   qsdesk-server --db F new-epoch            (after restoring a backup)
//   qsdesk-server --db F --cert C.pem --key K.pem --listen 127.0.0.1:8443 [--threads N] [--max-body BYTES]
//                 [--request-timeout SECONDS] [--public-listen 127.0.0.1:8444 --supervision-phone T
//                 --supervision-email E]
//   qsdesk-server --config /etc/qsdesk/server.ini   (keys: db, cert, key, listen, threads, max_body,
//                 request_timeout, public_listen, supervision_phone, supervision_email)
//   qsdesk-server --help
// Exit codes as the CLI's: 0 ok, 2 bad input, 3 not found, 4 not allowed, 1 internal.
#include "Administration.h"
#include "HttpApi.h"
#include "PlatformStore.h"
#include "PublicSite.h"
#include "common/BrokenPipes.h"
#include "common/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <csignal>
#include <httplib.h>
#include <thread>

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

int fail(const Error& e)
{
    err << "error: " << e.message.english << Qt::endl;
    return int(e.code);
}

httplib::Server* running = nullptr;
httplib::Server* runningPublic = nullptr;
void stop(int)
{
    if (runningPublic)
        runningPublic->stop();
    if (running)
        running->stop();
}

// HOST:PORT, the port positive.
bool splitAddress(const QString& address, std::string& host, int& port)
{
    host = address.section(u':', 0, -2).toStdString();
    port = address.section(u':', -1).toInt();
    return !host.empty() && port > 0 && port < 65536;
}
} // namespace

int main(int argc, char* argv[])
{
    BrokenPipes::ignore();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qsdesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The city platform of QSDesk: the stations' sync service (/v1 over HTTPS) and, with --public-listen, "
        "the public service pages.\n\nCommands:\n"
        "  init --city CODE                  set up an empty platform\n"
        "  station add CODE --name NAME [--level city|county|district|park] [--division 450204,...]\n"
        "  station divisions CODE --division 450204,...   the station serves these districts too\n"
        "  station rotate CODE               a new credential; the old one is refused\n"
        "  station revoke CODE               the credential is refused from now on\n"
        "  new-epoch                         after restoring a backup\n"
        "  (none)                            serve: --cert, --key, --listen [--public-listen ...]"));
    parser.addHelpOption();
    const QList<QCommandLineOption> valued {
        { QStringLiteral("db"), QStringLiteral("The platform's database file."), QStringLiteral("file") },
        { QStringLiteral("config"),
            QStringLiteral("An INI file with any of the options below (max_body for --max-body, and so on)."),
            QStringLiteral("file") },
        { QStringLiteral("city"), QStringLiteral("init: the city's code, such as LZ."), QStringLiteral("code") },
        { QStringLiteral("name"), QStringLiteral("station add: the station's name."), QStringLiteral("name") },
        { QStringLiteral("level"),
            QStringLiteral("station add: city, county (default), district or park."),
            QStringLiteral("level") },
        { QStringLiteral("division"),
            QStringLiteral("station add: the administrative divisions it serves, comma-separated six-digit codes; "
                           "online requests of enterprises there go to it."),
            QStringLiteral("codes") },
        { QStringLiteral("cert"), QStringLiteral("The TLS certificate (PEM)."), QStringLiteral("file") },
        { QStringLiteral("key"), QStringLiteral("The TLS private key (PEM)."), QStringLiteral("file") },
        { QStringLiteral("listen"),
            QStringLiteral("Where the stations' API listens (default 127.0.0.1:8443)."),
            QStringLiteral("host:port") },
        { QStringLiteral("public-listen"),
            QStringLiteral("Where the public service pages listen, over HTTPS with the same certificate; never the "
                           "stations' API. Off unless given."),
            QStringLiteral("host:port") },
        { QStringLiteral("supervision-phone"),
            QStringLiteral("The supervision telephone the public pages publish (7.5.2)."),
            QStringLiteral("number") },
        { QStringLiteral("supervision-email"),
            QStringLiteral("The supervision e-mail the public pages publish (7.5.2)."),
            QStringLiteral("address") },
        { QStringLiteral("threads"), QStringLiteral("Worker threads (default 8)."), QStringLiteral("n") },
        { QStringLiteral("max-body"),
            QStringLiteral("Largest request body in bytes (default 16 MiB)."),
            QStringLiteral("bytes") },
        { QStringLiteral("request-timeout"),
            QStringLiteral("Seconds a request may take to arrive (default 10)."),
            QStringLiteral("seconds") },
    };
    parser.addOptions(valued);
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("init, station, new-epoch, or none to serve"));
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << "; --help tells the options" << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const QStringList words = parser.positionalArguments();
    QSettings* config = nullptr;
    std::unique_ptr<QSettings> configFile;
    if (parser.isSet(QStringLiteral("config"))) {
        configFile = std::make_unique<QSettings>(parser.value(QStringLiteral("config")), QSettings::IniFormat);
        config = configFile.get();
    }
    // A command-line option wins over the same key in the configuration file.
    auto option = [&](const QString& name, const QString& fallback = {}) {
        if (parser.isSet(name))
            return parser.value(name);
        if (config)
            if (const QVariant v = config->value(QString(name).replace(u'-', u'_')); v.isValid())
                return v.toString();
        return fallback;
    };
    const QString dbPath = option(QStringLiteral("db"));
    if (dbPath.isEmpty()) {
        err << "usage: qsdesk-server --db FILE (init --city CODE | station add CODE --name NAME [--level L] "
               "[--division CODES] | station rotate|revoke CODE | new-epoch | --cert C --key K --listen HOST:PORT "
               "[--public-listen HOST:PORT]); --help tells more"
            << Qt::endl;
        return 2;
    }
    auto opened = openPlatformStore(dbPath);
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<PlatformStore> store = std::move(opened).value();

    if (words.value(0) == QLatin1String("init")) {
        auto city = Administration::init(*store, option(QStringLiteral("city")));
        if (!city)
            return fail(city.error());
        out << "platform set up for city " << *city << Qt::endl;
        return 0;
    }
    if (words.value(0) == QLatin1String("station") && words.value(1) == QLatin1String("add")) {
        const QString divisions = option(QStringLiteral("division"));
        auto token = Administration::addStation(*store,
            words.value(2),
            option(QStringLiteral("name")),
            option(QStringLiteral("level"), QStringLiteral("county")),
            divisions.isEmpty() ? QStringList() : divisions.split(u',', Qt::SkipEmptyParts));
        if (!token)
            return fail(token.error());
        err << "station " << words.value(2).toUpper() << " registered; its credential follows and is not shown again"
            << Qt::endl;
        out << *token << Qt::endl;
        return 0;
    }
    if (words.value(0) == QLatin1String("station") && words.value(1) == QLatin1String("divisions")) {
        const QStringList divisions = option(QStringLiteral("division")).split(u',', Qt::SkipEmptyParts);
        if (divisions.isEmpty()) {
            err << "station divisions CODE --division 450204[,…]" << Qt::endl;
            return 2;
        }
        if (Status s = Administration::addDivisions(*store, words.value(2), divisions); !s)
            return fail(s.error());
        out << "station " << words.value(2).toUpper() << " serves " << divisions.join(u',') << " too" << Qt::endl;
        return 0;
    }
    if (words.value(0) == QLatin1String("station") && words.value(1) == QLatin1String("rotate")) {
        auto token = Administration::rotateCredential(*store, words.value(2));
        if (!token)
            return fail(token.error());
        err << "station " << words.value(2).toUpper()
            << ": new credential follows and is not shown again; the old one is refused from now on" << Qt::endl;
        out << *token << Qt::endl;
        return 0;
    }
    if (words.value(0) == QLatin1String("station") && words.value(1) == QLatin1String("revoke")) {
        if (Status s = Administration::revokeCredential(*store, words.value(2)); !s)
            return fail(s.error());
        out << "station " << words.value(2).toUpper()
            << ": credential revoked; it is refused from now on (station rotate gives a new one)" << Qt::endl;
        return 0;
    }
    if (words.value(0) == QLatin1String("new-epoch")) {
        // After restoring a backup: clients see the new epoch and offer again what they had sent.
        auto epoch = Administration::newEpoch(*store);
        if (!epoch)
            return fail(epoch.error());
        out << "new epoch " << *epoch << "; stations will re-offer what this backup lacks" << Qt::endl;
        return 0;
    }
    if (!words.isEmpty()) {
        err << "unknown command " << words.join(u' ') << Qt::endl;
        return 2;
    }
    if (auto city = Administration::city(*store); !city)
        return fail(city.error());
    store.reset(); // the workers open their own connections

    const QString listen = option(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8443"));
    std::string host;
    int port = 0;
    const QByteArray cert = option(QStringLiteral("cert")).toLocal8Bit();
    const QByteArray key = option(QStringLiteral("key")).toLocal8Bit();
    if (cert.isEmpty() || key.isEmpty() || !splitAddress(listen, host, port)) {
        err << "serving needs --cert, --key and --listen HOST:PORT" << Qt::endl;
        return 2;
    }
    httplib::SSLServer server(cert.constData(), key.constData());
    if (!server.is_valid()) {
        err << "error: cannot load the certificate " << cert << " or key " << key << Qt::endl;
        return 2;
    }
    ServerLimits limits;
    limits.threads = option(QStringLiteral("threads"), QStringLiteral("8")).toInt();
    limits.maxBodyBytes = option(QStringLiteral("max-body"), QString::number(16u << 20)).toULongLong();
    limits.requestDeadlineSeconds = option(QStringLiteral("request-timeout"), QStringLiteral("10")).toInt();
    if (limits.threads <= 0 || limits.maxBodyBytes == 0 || limits.requestDeadlineSeconds <= 0) {
        err << "--threads, --max-body and --request-timeout must be positive numbers" << Qt::endl;
        return 2;
    }
    HttpApi::install(server, dbPath, limits);
    if (!server.bind_to_port(host.c_str(), port)) {
        err << "error: cannot listen on " << listen << Qt::endl;
        return 5;
    }
    // The public pages: a listener of their own, so no route of the stations' API is reachable there.
    std::unique_ptr<httplib::SSLServer> publicServer;
    std::thread publicThread;
    const QString publicListen = option(QStringLiteral("public-listen"));
    if (!publicListen.isEmpty()) {
        std::string publicHost;
        int publicPort = 0;
        if (!splitAddress(publicListen, publicHost, publicPort)) {
            err << "--public-listen must be HOST:PORT" << Qt::endl;
            return 2;
        }
        Language::install(Language::defaultCode()); // the public pages' messages, in Chinese
        PublicSettings settings;
        settings.supervisionPhone = option(QStringLiteral("supervision-phone"));
        settings.supervisionEmail = option(QStringLiteral("supervision-email"));
        auto site = PublicSite::create(dbPath, settings);
        if (!site)
            return fail(site.error());
        publicServer = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData());
        PublicSite::install(*publicServer, std::move(site).value(), limits);
        if (!publicServer->bind_to_port(publicHost.c_str(), publicPort)) {
            err << "error: cannot listen on " << publicListen << Qt::endl;
            return 5;
        }
        runningPublic = publicServer.get();
        err << "public pages on https://" << publicListen << Qt::endl;
        publicThread = std::thread([&] { publicServer->listen_after_bind(); });
    }
    running = &server;
    std::signal(SIGTERM, stop);
    std::signal(SIGINT, stop);
    err << "qsdesk-server listening on https://" << listen << Qt::endl;
    server.listen_after_bind();
    if (publicServer) {
        publicServer->stop();
        publicThread.join();
    }
    return 0;
}
