#include "cli/AgencyCommands.h"

#include "common/Clock.h"
#include "domain/Catalog.h"
#include "storage/AgencyStore.h"
#include "storage/Database.h"
#include "validation/TextRules.h"
#include "workflow/AgencyArchive.h"
#include "workflow/AgencyImport.h"
#include "workflow/AgencyMatching.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// "NAME|NUMBER|ISSUER|FROM|TO[|ITEMS]" (items comma-separated); empty parts allowed.
Result<Qualification> qualificationOf(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    Qualification q;
    q.name = parts.value(0);
    q.number = parts.value(1);
    q.issuer = parts.value(2);
    for (int i : { 3, 4 }) {
        const QString date = parts.value(i).trimmed();
        const QDate d = QDate::fromString(date, Qt::ISODate);
        if (!date.isEmpty() && !d.isValid())
            return Error::badInput(QStringLiteral("qualification"), Fields::invalid(QStringLiteral("date"), date));
        (i == 3 ? q.validFrom : q.validTo) = d;
    }
    q.items = parts.value(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& item : q.items)
        item = item.trimmed();
    return q;
}

QJsonObject toJson(const Agency& a, const QDate& today)
{
    QJsonArray quals;
    for (const Qualification& q : a.qualifications)
        quals.append(QJsonObject { { QStringLiteral("name"), q.name },
            { QStringLiteral("number"), q.number },
            { QStringLiteral("issuer"), q.issuer },
            { QStringLiteral("valid_from"), q.validFrom.toString(Qt::ISODate) },
            { QStringLiteral("valid_to"), q.validTo.toString(Qt::ISODate) },
            { QStringLiteral("items"), QJsonArray::fromStringList(q.items) },
            { QStringLiteral("state"), Qualifications::stateLabel(q.stateOn(today)).english.toLower() } });
    return { { QStringLiteral("id"), a.id },
        { QStringLiteral("kind"), AgencyKinds::key(a.kind) },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("uscc"), a.uscc },
        { QStringLiteral("contact"), a.contactName },
        { QStringLiteral("phone"), a.phone },
        { QStringLiteral("capability"), a.capability },
        { QStringLiteral("items"), QJsonArray::fromStringList(a.items) },
        { QStringLiteral("qualifications"), quals },
        { QStringLiteral("open_handoffs"), a.openHandoffs },
        { QStringLiteral("done_handoffs"), a.doneHandoffs } };
}
} // namespace

QString AgencyCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli",
        "Service agencies and expert teams (7.6.2): add one (add), import a CSV file (import), list them (list)"));
}

int AgencyCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return add(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("import"))
        return import(ctx, args.mid(1));
    return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: agency add|import|list [options]; see agency add --help")));
}

int AgencyCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("name"), t(QT_TRANSLATE_NOOP("Cli", "Agency or expert team name")), QStringLiteral("name") });
    p.addOption({ QStringLiteral("uscc"),
        t(QT_TRANSLATE_NOOP("Cli", "Unified social credit code (18 characters)")),
        QStringLiteral("code") });
    p.addOption({ QStringLiteral("items"),
        t(QT_TRANSLATE_NOOP("Cli", "Service items it serves, e.g. 5.1.2,5.1.1")),
        QStringLiteral("items") });
    p.addOption({ QStringLiteral("kind"),
        t(QT_TRANSLATE_NOOP("Cli", "agency (default) or expert_team")),
        QStringLiteral("kind") });
    p.addOption({ QStringLiteral("contact"), t(QT_TRANSLATE_NOOP("Cli", "Contact person")), QStringLiteral("name") });
    p.addOption({ QStringLiteral("phone"), t(QT_TRANSLATE_NOOP("Cli", "Phone number")), QStringLiteral("number") });
    p.addOption({ QStringLiteral("address"), t(QT_TRANSLATE_NOOP("Cli", "Address")), QStringLiteral("address") });
    p.addOption(
        { QStringLiteral("capability"), t(QT_TRANSLATE_NOOP("Cli", "Technical capability")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("qualification"),
        t(QT_TRANSLATE_NOOP(
            "Cli", "A qualification: \"NAME|NUMBER|ISSUER|FROM|TO[|ITEMS]\", dates YYYY-MM-DD; repeatable")),
        QStringLiteral("q") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    NewAgency input;
    input.kind = p.value(QStringLiteral("kind"));
    input.name = p.value(QStringLiteral("name"));
    input.uscc = p.value(QStringLiteral("uscc"));
    input.contactName = p.value(QStringLiteral("contact"));
    input.phone = p.value(QStringLiteral("phone"));
    input.address = p.value(QStringLiteral("address"));
    input.capability = p.value(QStringLiteral("capability"));
    input.items = p.value(QStringLiteral("items")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& text : p.values(QStringLiteral("qualification"))) {
        auto q = qualificationOf(text);
        if (!q)
            return ctx.fail(q.error());
        input.qualifications << *q;
    }
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto added = AgencyArchive(*db, *catalog).add(input, ctx.actor());
    if (!added)
        return ctx.fail(added.error());
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    for (const Qualification& q : added->needingRenewal(today))
        ctx.err << t(QT_TRANSLATE_NOOP("Cli", "Warning: qualification %1: %2"))
                       .arg(q.name, Qualifications::stateLabel(q.stateOn(today)).local)
                << Qt::endl;
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(toJson(*added, today)).toJson();
    else
        ctx.out << added->id << Qt::endl;
    return 0;
}

int AgencyCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("item"),
        t(QT_TRANSLATE_NOOP("Cli", "Only agencies for this service item, best first")),
        QStringLiteral("code") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    const QString item = p.value(QStringLiteral("item")).trimmed();
    auto agencies = AgencyStore::list(*db);
    if (!agencies)
        return ctx.fail(agencies.error());
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    QList<AgencyCandidate> rows;
    if (item.isEmpty())
        for (const Agency& a : *agencies)
            rows << AgencyCandidate { a, true, {} };
    else
        rows = AgencyMatching::rank(*agencies, item, today);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const AgencyCandidate& c : rows) {
            QJsonObject o = toJson(c.agency, today);
            if (!item.isEmpty()) {
                o.insert(QStringLiteral("offered"), c.offered);
                o.insert(QStringLiteral("why_not_offered"), c.whyNotOffered.english);
            }
            out.append(o);
        }
        ctx.out << QJsonDocument(out).toJson();
        return 0;
    }
    for (const AgencyCandidate& c : rows) {
        ctx.out
            << c.agency.id << QLatin1Char('\t') << c.agency.name << QLatin1Char('\t')
            << c.agency.items.join(QLatin1Char(',')) << QLatin1Char('\t')
            << t(QT_TRANSLATE_NOOP("Cli", "open %1, done %2")).arg(c.agency.openHandoffs).arg(c.agency.doneHandoffs);
        if (!c.offered)
            ctx.out << QLatin1Char('\t') << t(QT_TRANSLATE_NOOP("Cli", "not offered: ")) << c.whyNotOffered.local;
        for (const Qualification& q : c.agency.needingRenewal(today))
            ctx.out << QLatin1Char('\t') << q.name << QLatin1Char(' ')
                    << Qualifications::stateLabel(q.stateOn(today)).local;
        ctx.out << Qt::endl;
    }
    return 0;
}

int AgencyCommand::import(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("file"), t(QT_TRANSLATE_NOOP("Cli", "CSV file, UTF-8 or GBK, with a header row")));
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: agency import FILE.csv [--json]")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto report = AgencyImport(*db, *catalog).importFile(p.positionalArguments().first(), ctx.actor());
    if (!report)
        return ctx.fail(report.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ImportRow& r : report->rows)
            rows.append(QJsonObject { { QStringLiteral("line"), r.line },
                { QStringLiteral("name"), r.name },
                { QStringLiteral("accepted"), r.accepted },
                { QStringLiteral("field"), r.field },
                { QStringLiteral("message"), r.message.english } });
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("encoding"), report->encoding },
                                     { QStringLiteral("imported"), report->imported },
                                     { QStringLiteral("agencies"), report->agencies },
                                     { QStringLiteral("rows"), rows } })
                       .toJson();
    } else {
        for (const ImportRow& r : report->rows)
            if (!r.accepted)
                ctx.out
                    << t(QT_TRANSLATE_NOOP("Cli", "line %1 (%2): %3")).arg(r.line).arg(r.name, r.message.bilingual())
                    << Qt::endl;
        ctx.out << (report->imported
                ? t(QT_TRANSLATE_NOOP("Cli", "Imported %1 agencies (%2).")).arg(report->agencies).arg(report->encoding)
                : t(QT_TRANSLATE_NOOP("Cli", "Nothing imported: %1 of %2 rows rejected (%3)."))
                      .arg(report->rejected())
                      .arg(report->rows.size())
                      .arg(report->encoding))
                << Qt::endl;
    }
    return report->imported ? 0 : 2;
}
