#include "cli/KnowledgeCommands.h"

#include "cli/JsonFormat.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/KnowledgeStore.h"
#include "storage/UserStore.h"
#include "workflow/KnowledgeBase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonObject entryJson(const KnowledgeEntry& e, const QDate& today)
{
    QJsonArray items;
    for (const QString& code : e.items)
        items << code;
    return { { QStringLiteral("id"), e.number },
        { QStringLiteral("uuid"), e.id },
        { QStringLiteral("scope"), e.cityWide ? QStringLiteral("city") : QStringLiteral("local") },
        { QStringLiteral("question"), e.question },
        { QStringLiteral("answer"), e.answer },
        { QStringLiteral("basis"), e.basis },
        { QStringLiteral("items"), items },
        { QStringLiteral("valid_from"), e.validFrom.toString(Qt::ISODate) },
        { QStringLiteral("valid_to"), e.validTo.toString(Qt::ISODate) },
        { QStringLiteral("basis_withdrawn"), e.basisWithdrawn },
        { QStringLiteral("current"), e.currentOn(today) },
        { QStringLiteral("version"), e.version },
        { QStringLiteral("author"), e.author },
        { QStringLiteral("retired"), e.retiredAt.isValid() },
        { QStringLiteral("uses"), e.uses },
        { QStringLiteral("edited_uses"), e.editedUses },
        { QStringLiteral("updated_at"), Clock::toStorage(e.updatedAt) } };
}

QJsonObject proposalJson(const KnowledgeProposal& p)
{
    return { { QStringLiteral("id"), p.number },
        { QStringLiteral("case"), p.caseNumber },
        { QStringLiteral("question"), p.question },
        { QStringLiteral("answer"), p.answer },
        { QStringLiteral("item"), p.itemCode },
        { QStringLiteral("proposed_by"), p.proposedBy },
        { QStringLiteral("proposed_at"), Clock::toStorage(p.proposedAt) },
        { QStringLiteral("state"), p.state },
        { QStringLiteral("entry"), p.entryNumber } };
}

// One line an entry: its number, whether it may be given today, the question.
void printEntries(CliContext& ctx, const QList<KnowledgeEntry>& entries, bool json)
{
    const QDate today = Clock::chinaToday();
    if (json) {
        QJsonArray list;
        for (const KnowledgeEntry& e : entries)
            list << entryJson(e, today);
        ctx.out << JsonFormat::toText(list);
        return;
    }
    for (const KnowledgeEntry& e : entries)
        ctx.out << e.number << QStringLiteral("  ")
                << (e.currentOn(today) ? Command::t(QT_TRANSLATE_NOOP("Cli", "current"))
                                       : Command::t(QT_TRANSLATE_NOOP("Cli", "not current")))
                << QStringLiteral("  ") << e.question << Qt::endl;
}

QDate dateOption(const QCommandLineParser& p, const QString& name, bool& ok)
{
    if (!p.isSet(name))
        return {};
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    ok = ok && d.isValid();
    return d;
}

// The fields of an entry, for kb add and kb revise.
void addEntryOptions(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("question"),
        Command::t(QT_TRANSLATE_NOOP("Cli", "The question as clients ask it")),
        QStringLiteral("text") });
    p.addOption(
        { QStringLiteral("answer"), Command::t(QT_TRANSLATE_NOOP("Cli", "The answer")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("basis"),
        Command::t(QT_TRANSLATE_NOOP("Cli", "The law, standard or rule it rests on, with its number and date")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("items"),
        Command::t(QT_TRANSLATE_NOOP("Cli", "Service items it applies to, by clause number: 5.2.2,5.2.3")),
        QStringLiteral("codes") });
    p.addOption({ QStringLiteral("from"),
        Command::t(QT_TRANSLATE_NOOP("Cli", "Valid from (a date)")),
        QStringLiteral("date") });
    p.addOption(
        { QStringLiteral("to"), Command::t(QT_TRANSLATE_NOOP("Cli", "Valid to (a date)")), QStringLiteral("date") });
}

// The options given, over what `e` holds; false with the usage line for a day that is no date.
bool readEntryOptions(CliContext& ctx, const QCommandLineParser& p, NewKnowledgeEntry& e, int& rc)
{
    if (p.isSet(QStringLiteral("question")))
        e.question = p.value(QStringLiteral("question"));
    if (p.isSet(QStringLiteral("answer")))
        e.answer = p.value(QStringLiteral("answer"));
    if (p.isSet(QStringLiteral("basis")))
        e.basis = p.value(QStringLiteral("basis"));
    if (p.isSet(QStringLiteral("items"))) {
        e.items.clear();
        for (const QString& code : p.value(QStringLiteral("items")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.items << code.trimmed();
    }
    bool ok = true;
    if (p.isSet(QStringLiteral("from")))
        e.validFrom = dateOption(p, QStringLiteral("from"), ok);
    if (p.isSet(QStringLiteral("to")))
        e.validTo = dateOption(p, QStringLiteral("to"), ok);
    if (!ok)
        rc = ctx.usage(Command::t(QT_TRANSLATE_NOOP("Cli", "--from and --to: days such as 2026-10-01")));
    return ok;
}

// One positional argument and nothing else, or the usage line (exit 2).
bool oneArgument(CliContext& ctx, QCommandLineParser& p, const QStringList& args, const char* usage, int& rc)
{
    if (!Command::parse(ctx, p, args, rc))
        return false;
    if (p.positionalArguments().size() != 1) {
        rc = ctx.usage(Command::t(usage));
        return false;
    }
    return true;
}

// The steps of propose, approve, reject and retire: one argument, the catalog and the database,
// then `run` on the knowledge base; what it made is printed by its number, last.
template<typename F>
int onKnowledgeBase(CliContext& ctx, QCommandLineParser& p, const QStringList& args, const char* usage, F&& run)
{
    int rc = 0;
    if (!oneArgument(ctx, p, args, usage, rc))
        return rc;
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    KnowledgeBase kb(*db, *catalog);
    auto done = run(kb, p.positionalArguments().first());
    if (!done)
        return ctx.fail(done.error());
    ctx.out << done->number << Qt::endl;
    return 0;
}
} // namespace

QString KnowledgeCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli",
        "The knowledge base: add, list, show, search and revise entries; propose an answered case, approve or "
        "reject it; retire an entry"));
}

int KnowledgeCommand::execute(CliContext& ctx, const QStringList& args)
{
    return subcommand(ctx,
        args,
        { { QStringLiteral("add"), add },
            { QStringLiteral("list"), list },
            { QStringLiteral("show"), show },
            { QStringLiteral("search"), search },
            { QStringLiteral("propose"), propose },
            { QStringLiteral("proposals"), proposals },
            { QStringLiteral("approve"), approve },
            { QStringLiteral("reject"), reject },
            { QStringLiteral("revise"), revise },
            { QStringLiteral("retire"), retire } },
        t(QT_TRANSLATE_NOOP("Cli",
            "Usage: kb add --question T --answer T [--basis T] [--items 5.2.2,…] [--from D] [--to D] | kb list "
            "[--all] | kb show ID | kb search QUERY [--item CODE] [--all] | kb revise ID [the fields to change] | kb "
            "propose CASE | kb proposals | kb approve ID | kb reject ID --reason T | kb retire ID [--reason T]; --json "
            "for JSON")));
}

int KnowledgeCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    addEntryOptions(p);
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    NewKnowledgeEntry e;
    if (!readEntryOptions(ctx, p, e, rc))
        return rc;
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto added = KnowledgeBase(*db, *catalog).add(e, ctx.actor());
    if (!added)
        return ctx.fail(added.error());
    ctx.out << added->number << Qt::endl;
    return 0;
}

int KnowledgeCommand::revise(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "Entry number")));
    addEntryOptions(p);
    p.addOption({ QStringLiteral("basis-withdrawn"),
        t(QT_TRANSLATE_NOOP("Cli", "The basis was repealed or replaced: the entry is no longer offered")) });
    int rc = 0;
    if (!oneArgument(ctx,
            p,
            args,
            QT_TRANSLATE_NOOP("Cli",
                "Usage: kb revise ID [--question T] [--answer T] [--basis T] [--items 5.2.2,…] [--from D] [--to D] "
                "[--basis-withdrawn]"),
            rc))
        return rc;
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto current = KnowledgeStore::find(*db, p.positionalArguments().first());
    if (!current)
        return ctx.fail(current.error());
    // What is not given stays as the entry has it.
    NewKnowledgeEntry e { current->question,
        current->answer,
        current->basis,
        current->items,
        current->validFrom,
        current->validTo,
        current->basisWithdrawn || p.isSet(QStringLiteral("basis-withdrawn")) };
    if (!readEntryOptions(ctx, p, e, rc))
        return rc;
    auto revised = KnowledgeBase(*db, *catalog).revise(current->number, e, ctx.actor());
    if (!revised)
        return ctx.fail(revised.error());
    ctx.out << revised->number << Qt::endl;
    return 0;
}

int KnowledgeCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("all"), t(QT_TRANSLATE_NOOP("Cli", "Retired entries too")) });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto entries = KnowledgeStore::list(*db, p.isSet(QStringLiteral("all")), 100000);
    if (!entries)
        return ctx.fail(entries.error());
    printEntries(ctx, *entries, p.isSet(QStringLiteral("json")));
    return 0;
}

int KnowledgeCommand::show(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "Entry number, e.g. LZ-LN-ZS-2026-0001")));
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!oneArgument(ctx, p, args, QT_TRANSLATE_NOOP("Cli", "Usage: kb show ID [--json]"), rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto e = KnowledgeStore::find(*db, p.positionalArguments().first());
    if (!e)
        return ctx.fail(e.error());
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << JsonFormat::toText(entryJson(*e, Clock::chinaToday()));
        return 0;
    }
    const auto staff = UserStore::names(*db);
    const QString author = staff && staff->contains(e->author) ? staff->value(e->author) : Actor::shown(e->author);
    ctx.out << e->number << QStringLiteral("  ")
            << t(QT_TRANSLATE_NOOP("Cli", "version %1 by %2")).arg(e->version).arg(author) << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Question")) << QStringLiteral(": ") << e->question << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Answer")) << QStringLiteral(": ") << e->answer << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Basis")) << QStringLiteral(": ") << e->basis << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Service items")) << QStringLiteral(": ")
            << e->items.join(QStringLiteral(", ")) << Qt::endl
            << (e->currentOn(Clock::chinaToday())
                       ? t(QT_TRANSLATE_NOOP("Cli", "Current"))
                       : t(QT_TRANSLATE_NOOP("Cli", "Not current: never offered as the answer")))
            << QStringLiteral("  ")
            << t(QT_TRANSLATE_NOOP("Cli", "used %1 times, %2 of them edited")).arg(e->uses).arg(e->editedUses)
            << Qt::endl;
    return 0;
}

int KnowledgeCommand::search(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("query"), t(QT_TRANSLATE_NOOP("Cli", "Words to find")));
    p.addOption({ QStringLiteral("item"),
        t(QT_TRANSLATE_NOOP("Cli", "Entries of this service item first")),
        QStringLiteral("code") });
    p.addOption({ QStringLiteral("all"), t(QT_TRANSLATE_NOOP("Cli", "Entries that are not current too")) });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!oneArgument(
            ctx, p, args, QT_TRANSLATE_NOOP("Cli", "Usage: kb search QUERY [--item CODE] [--all] [--json]"), rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto found = KnowledgeStore::search(*db,
        p.positionalArguments().first(),
        p.value(QStringLiteral("item")),
        Clock::chinaToday(),
        !p.isSet(QStringLiteral("all")),
        50);
    if (!found)
        return ctx.fail(found.error());
    printEntries(ctx, *found, p.isSet(QStringLiteral("json")));
    return 0;
}

int KnowledgeCommand::propose(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("case"), t(QT_TRANSLATE_NOOP("Cli", "The answered case's number")));
    return onKnowledgeBase(ctx,
        p,
        args,
        QT_TRANSLATE_NOOP("Cli", "Usage: kb propose CASE"),
        [&](KnowledgeBase& kb, const QString& number) { return kb.propose(number, ctx.actor()); });
}

int KnowledgeCommand::proposals(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto open = KnowledgeStore::openProposals(*db);
    if (!open)
        return ctx.fail(open.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const KnowledgeProposal& k : *open)
            list << proposalJson(k);
        ctx.out << JsonFormat::toText(list);
        return 0;
    }
    for (const KnowledgeProposal& k : *open)
        ctx.out << k.number << QStringLiteral("  ") << k.caseNumber << QStringLiteral("  ") << k.question << Qt::endl;
    return 0;
}

int KnowledgeCommand::approve(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "The proposal's number")));
    return onKnowledgeBase(
        ctx, p, args, QT_TRANSLATE_NOOP("Cli", "Usage: kb approve ID"), [&](KnowledgeBase& kb, const QString& number) {
            return kb.approve(number, ctx.actor());
        });
}

int KnowledgeCommand::reject(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "The proposal's number")));
    p.addOption(
        { QStringLiteral("reason"), t(QT_TRANSLATE_NOOP("Cli", "Why it is not taken")), QStringLiteral("text") });
    return onKnowledgeBase(ctx,
        p,
        args,
        QT_TRANSLATE_NOOP("Cli", "Usage: kb reject ID --reason T"),
        [&](KnowledgeBase& kb, const QString& number) {
            return kb.reject(number, p.value(QStringLiteral("reason")), ctx.actor());
        });
}

int KnowledgeCommand::retire(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "Entry number")));
    p.addOption(
        { QStringLiteral("reason"), t(QT_TRANSLATE_NOOP("Cli", "Why it no longer holds")), QStringLiteral("text") });
    return onKnowledgeBase(ctx,
        p,
        args,
        QT_TRANSLATE_NOOP("Cli", "Usage: kb retire ID [--reason T]"),
        [&](KnowledgeBase& kb, const QString& number) {
            return kb.retire(number, p.value(QStringLiteral("reason")), ctx.actor());
        });
}
