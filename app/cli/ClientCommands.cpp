#include "cli/ClientCommands.h"

#include "cli/JsonFormat.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "workflow/ClientArchive.h"

#include <QCoreApplication>
#include <QJsonArray>

QString ClientCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Add clients to the archive (add) or list and search them (list)");
}

int ClientCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return add(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    return ctx.usage(QCoreApplication::translate("Cli", "Usage: client add|list [options]; see client add --help"));
}

int ClientCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("name"),
        QCoreApplication::translate("Cli", "Enterprise or person name"),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("uscc"),
        QCoreApplication::translate("Cli", "Unified social credit code (18 characters)"),
        QStringLiteral("code") });
    p.addOption(
        { QStringLiteral("contact"), QCoreApplication::translate("Cli", "Contact person"), QStringLiteral("name") });
    p.addOption(
        { QStringLiteral("phone"), QCoreApplication::translate("Cli", "Phone number"), QStringLiteral("number") });
    p.addOption(
        { QStringLiteral("address"), QCoreApplication::translate("Cli", "Address"), QStringLiteral("address") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    NewClient input { p.value(QStringLiteral("name")),
        p.value(QStringLiteral("uscc")),
        p.value(QStringLiteral("contact")),
        p.value(QStringLiteral("phone")),
        p.value(QStringLiteral("address")) };
    auto added = ClientArchive(*db).add(input, ctx.actor());
    if (!added)
        return ctx.fail(added.error());
    for (const UiText& w : added->warnings)
        ctx.warn(w);
    if (p.isSet(QStringLiteral("json")))
        ctx.out << JsonFormat::toText(JsonFormat::client(added->client));
    else
        ctx.out << added->client.id << Qt::endl;
    return 0;
}

int ClientCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("search"),
        QCoreApplication::translate("Cli", "Words in the name, USCC, contact or phone"),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("limit"),
        QCoreApplication::translate("Cli", "At most this many (default 50)"),
        QStringLiteral("n"),
        QStringLiteral("50") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return ctx.usage(QCoreApplication::translate("Cli", "--limit must be a number from 1 to 100000"));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto clients = ClientStore::find(*db, { p.value(QStringLiteral("search")), 0, limit });
    if (!clients)
        return ctx.fail(clients.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Client& c : *clients)
            a.append(JsonFormat::client(c));
        ctx.out << JsonFormat::toText(a);
        return 0;
    }
    for (const Client& c : *clients)
        ctx.out << c.id << QLatin1Char('\t') << c.name << QLatin1Char('\t')
                << (c.uscc.isEmpty() ? QStringLiteral("-") : c.uscc) << QLatin1Char('\t') << c.caseCount << Qt::endl;
    return 0;
}
