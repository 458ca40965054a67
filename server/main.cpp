// qsdesk-server: the city-level platform's sync service (DESIGN.md §6).
//   qsdesk-server --db F init --city LZ
//   qsdesk-server --db F station add LN --name 柳南区 [--level county|city|district|park]
//   qsdesk-server --db F station rotate LN    (a new credential, printed on the last line; the old one is refused)
//   qsdesk-server --db F station revoke LN    (the credential is refused from now on)
//   qsdesk-server --db F new-epoch            (after restoring a backup)
//   qsdesk-server --db F --cert C.pem --key K.pem --listen 127.0.0.1:8443 [--threads N] [--max-body BYTES]
//                 [--request-timeout SECONDS]
//   qsdesk-server --config /etc/qsdesk/server.ini   (keys: db, cert, key, listen, threads, max_body,
//                 request_timeout)
// Exit codes as the CLI's: 0 ok, 2 bad input, 3 not found, 4 not allowed, 1 internal.
#include "Administration.h"
#include "HttpApi.h"
#include "PlatformStore.h"
#include "common/BrokenPipes.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <csignal>
#include <httplib.h>

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

int fail(const Error& e)
{
    err << "error: " << e.message.english << Qt::endl;
    return int(e.code);
}

httplib::Server* running = nullptr;
void stop(int)
{
    if (running)
        running->stop();
}
} // namespace

int main(int argc, char* argv[])
{
    BrokenPipes::ignore();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qsdesk.*.info=false"));
    QStringList args = app.arguments().mid(1);
    QMap<QString, QString> options;
    QStringList words;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            if (i + 1 >= args.size()) {
                err << "option " << a << " needs a value" << Qt::endl;
                return 2;
            }
            options.insert(a.mid(2), args.at(++i));
        } else {
            words << a;
        }
    }
    if (options.contains(QStringLiteral("config"))) {
        QSettings config(options.value(QStringLiteral("config")), QSettings::IniFormat);
        for (const QString& key : config.allKeys())
            if (!options.contains(key))
                options.insert(QString(key).replace(u'_', u'-'), config.value(key).toString());
    }
    const QString dbPath = options.value(QStringLiteral("db"));
    if (dbPath.isEmpty()) {
        err << "usage: qsdesk-server --db FILE (init --city CODE | station add CODE --name NAME [--level L] | "
               "station rotate|revoke CODE | new-epoch | --cert C --key K --listen HOST:PORT)"
            << Qt::endl;
        return 2;
    }
    auto opened = openPlatformStore(dbPath);
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<PlatformStore> store = std::move(opened).value();

    if (words.value(0) == QLatin1String("init")) {
        auto city = Administration::init(*store, options.value(QStringLiteral("city")));
        if (!city)
            return fail(city.error());
        out << "platform set up for city " << *city << Qt::endl;
        return 0;
    }
    if (words.value(0) == QLatin1String("station") && words.value(1) == QLatin1String("add")) {
        auto token = Administration::addStation(*store,
            words.value(2),
            options.value(QStringLiteral("name")),
            options.value(QStringLiteral("level"), QStringLiteral("county")));
        if (!token)
            return fail(token.error());
        err << "station " << words.value(2).toUpper() << " registered; its credential follows and is not shown again"
            << Qt::endl;
        out << *token << Qt::endl;
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

    const QString listen = options.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8443"));
    const QString host = listen.section(u':', 0, -2);
    const int port = listen.section(u':', -1).toInt();
    const QByteArray cert = options.value(QStringLiteral("cert")).toLocal8Bit();
    const QByteArray key = options.value(QStringLiteral("key")).toLocal8Bit();
    if (cert.isEmpty() || key.isEmpty() || port <= 0) {
        err << "serving needs --cert, --key and --listen HOST:PORT" << Qt::endl;
        return 2;
    }
    httplib::SSLServer server(cert.constData(), key.constData());
    if (!server.is_valid()) {
        err << "error: cannot load the certificate " << cert << " or key " << key << Qt::endl;
        return 2;
    }
    ServerLimits limits;
    limits.threads = options.value(QStringLiteral("threads"), QStringLiteral("8")).toInt();
    limits.maxBodyBytes = options.value(QStringLiteral("max-body"), QString::number(16u << 20)).toULongLong();
    limits.requestDeadlineSeconds = options.value(QStringLiteral("request-timeout"), QStringLiteral("10")).toInt();
    if (limits.threads <= 0 || limits.maxBodyBytes == 0 || limits.requestDeadlineSeconds <= 0) {
        err << "--threads, --max-body and --request-timeout must be positive numbers" << Qt::endl;
        return 2;
    }
    HttpApi::install(server, dbPath, limits);
    running = &server;
    std::signal(SIGTERM, stop);
    std::signal(SIGINT, stop);
    if (!server.bind_to_port(host.toStdString().c_str(), port)) {
        err << "error: cannot listen on " << listen << Qt::endl;
        return 5;
    }
    err << "qsdesk-server listening on https://" << listen << Qt::endl;
    server.listen_after_bind();
    return 0;
}
