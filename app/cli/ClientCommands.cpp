#include "cli/ClientCommands.h"

#include "cli/JsonFormat.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "reports/ClientFile.h"
#include "reports/ClientFileOutput.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "storage/StationStore.h"
#include "workflow/ClientArchive.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

QString ClientCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "Add clients to the archive (add), list and search them (list), or show a client's file (file)");
}

int ClientCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return add(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("file"))
        return file(ctx, args.mid(1));
    return ctx.usage(
        QCoreApplication::translate("Cli", "Usage: client add|list|file [options]; see client add --help"));
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

// 4.2 客户档案, 7.6.1: the client's whole file, oldest first; --pdf puts it on A4.
int ClientCommand::file(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("pdf"),
        QCoreApplication::translate("Cli", "Write the client file as an A4 PDF"),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate(
            "Cli", "Usage: client file CLIENT [--json] [--pdf FILE], CLIENT being the client's id or credit code"));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    // A paper is in the documents' language, what it says of each step too.
    std::optional<Language::ForDocuments> papers;
    if (p.isSet(QStringLiteral("pdf")))
        papers.emplace();
    auto f = ClientFile::collect(*db, *catalog, p.positionalArguments().first());
    if (!f)
        return ctx.fail(f.error());
    if (p.isSet(QStringLiteral("pdf"))) {
        auto local = StationStore::local(*db);
        const QString html = ClientFileOutput::html(*f, local ? local->name : QString(), ctx.actor().displayName());
        if (int written = ctx.writePaper(html, p.value(QStringLiteral("pdf")), ClientFileOutput::title()); written != 0)
            return written;
        if (!p.isSet(QStringLiteral("json")))
            return 0;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray cases, entries, counts;
        for (const ClientFileCase& c : f->cases)
            cases << QJsonObject { { QStringLiteral("number"), c.number },
                { QStringLiteral("received_at"), Clock::toStorage(c.receivedAt) },
                { QStringLiteral("item"), c.itemName },
                { QStringLiteral("summary"), c.summary },
                { QStringLiteral("status"), CaseStatuses::key(c.status) },
                { QStringLiteral("merged_into"), c.mergedInto } };
        for (const ClientFile::StatusCount& s : ClientFile::statusCounts(f->cases))
            counts << QJsonObject { { QStringLiteral("status"), s.key },
                { QStringLiteral("label"), s.status.local },
                { QStringLiteral("cases"), s.cases } };
        for (const ClientFileEntry& e : f->entries)
            entries << QJsonObject { { QStringLiteral("at"), Clock::toStorage(e.at) },
                { QStringLiteral("case"), e.caseNumber },
                { QStringLiteral("kind"), e.kind },
                { QStringLiteral("label"), e.kindLabel.local },
                { QStringLiteral("summary"), e.summary },
                { QStringLiteral("staff"), e.staff } };
        ctx.out << JsonFormat::toText(QJsonObject { { QStringLiteral("client"), JsonFormat::client(f->client) },
            { QStringLiteral("cases"), cases },
            { QStringLiteral("by_status"), counts },
            { QStringLiteral("entries"), entries } });
        return 0;
    }
    const Client& c = f->client;
    ctx.out << c.name << QLatin1Char('\t') << (c.uscc.isEmpty() ? QStringLiteral("-") : c.uscc) << Qt::endl;
    QStringList counts;
    for (const ClientFile::StatusCount& s : ClientFile::statusCounts(f->cases))
        counts << QStringLiteral("%1 %2").arg(s.status.local).arg(s.cases);
    ctx.out << QCoreApplication::translate("Cli", "%1 case(s): %2")
                   .arg(f->cases.size())
                   .arg(counts.join(QStringLiteral(", ")))
            << Qt::endl;
    for (const ClientFileEntry& e : f->entries)
        ctx.out << Clock::displayDateTime(e.at) << QLatin1Char('\t') << e.caseNumber << QLatin1Char('\t')
                << e.kindLabel.local << QLatin1Char('\t') << e.summary << QLatin1Char('\t') << e.staff << Qt::endl;
    return 0;
}
