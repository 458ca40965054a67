#include "cli/NoticeCommands.h"

#include "documents/NoticeDocument.h"
#include "documents/PagedDocument.h"
#include "domain/Catalog.h"
#include "domain/WorkCalendar.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/NoticeStore.h"
#include "storage/StationStore.h"
#include "validation/TextRules.h"
#include "workflow/OneTimeNotice.h"
#include "workflow/StationSettings.h"

#include <QCoreApplication>

namespace {
// The notice's PDF, from what is stored.
Result<int> writePdf(Database& db, const Catalog& catalog, const Notice& n, const QString& path)
{
    auto c = CaseStore::byNumber(db, n.caseNumber, false);
    if (!c)
        return c.error();
    auto station = StationStore::local(db);
    if (!station)
        return station.error();
    auto settings = StationSettings::load(db);
    if (!settings)
        return settings.error();
    const CatalogItem* item = catalog.item(c->itemCode);
    return PagedDocument::writePdf(
        NoticeDocument::html(n, *c, *station, item ? item->nameZh : QString(), settings->supervision),
        path,
        QStringLiteral("一次性告知书 %1").arg(n.number));
}
} // namespace

QString NoticeCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli",
        "One-time notices (7.2.3): issue one as PDF (issue), print it again (pdf), "
        "record its delivery (deliver)"));
}

int NoticeCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("issue"))
        return issue(ctx, args.mid(1));
    if (sub == QLatin1String("pdf"))
        return pdf(ctx, args.mid(1));
    if (sub == QLatin1String("deliver"))
        return deliver(ctx, args.mid(1));
    return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: notice issue|pdf|deliver [options]; see notice issue --help")));
}

int NoticeCommand::issue(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("case"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption({ QStringLiteral("pdf"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the notice to this PDF file")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("item"),
        t(QT_TRANSLATE_NOOP("Cli", "Something else the applicant must bring or do; repeatable")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("no-materials"),
        t(QT_TRANSLATE_NOOP("Cli", "Leave out the service item's typical materials")) });
    p.addOption(
        { QStringLiteral("reason"), t(QT_TRANSLATE_NOOP("Cli", "Why it cannot be done now")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("next"), t(QT_TRANSLATE_NOOP("Cli", "The next step")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("contact"),
        t(QT_TRANSLATE_NOOP("Cli", "Where and whom to contact")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("by"),
        t(QT_TRANSLATE_NOOP("Cli", "Deadline, YYYY-MM-DD (default: ten working days)")),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("again"),
        t(QT_TRANSLATE_NOOP("Cli", "Why a second notice is given for the same case")),
        QStringLiteral("reason") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: notice issue CASE --pdf FILE [--item TEXT]…")));
    NewNotice input;
    input.caseNumber = p.positionalArguments().first();
    input.withCatalogMaterials = !p.isSet(QStringLiteral("no-materials"));
    input.extraItems = p.values(QStringLiteral("item"));
    input.reason = p.value(QStringLiteral("reason"));
    input.nextStep = p.value(QStringLiteral("next"));
    input.contact = p.value(QStringLiteral("contact"));
    input.repeatReason = p.value(QStringLiteral("again"));
    if (p.isSet(QStringLiteral("by"))) {
        input.deadline = QDate::fromString(p.value(QStringLiteral("by")), Qt::ISODate);
        if (!input.deadline.isValid())
            return ctx.fail(Error::badInput(QStringLiteral("deadline"),
                Fields::invalid(QStringLiteral("deadline"), p.value(QStringLiteral("by")))));
    }
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto notice = OneTimeNotice(*db, *catalog, *calendar).issue(input, ctx.actor());
    if (!notice)
        return ctx.fail(notice.error());
    if (p.isSet(QStringLiteral("pdf"))) {
        auto pages = writePdf(*db, *catalog, *notice, p.value(QStringLiteral("pdf")));
        if (!pages) {
            ctx.err << t(QT_TRANSLATE_NOOP("Cli",
                             "Notice %1 was issued; its PDF could not be written (notice pdf "
                             "writes it again)."))
                           .arg(notice->number)
                    << Qt::endl;
            return ctx.fail(pages.error());
        }
        ctx.err << t(QT_TRANSLATE_NOOP("Cli", "%1: %2 page(s)")).arg(p.value(QStringLiteral("pdf"))).arg(*pages)
                << Qt::endl;
    }
    ctx.out << notice->number << Qt::endl;
    return 0;
}

int NoticeCommand::pdf(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Notice number")));
    p.addOption({ QStringLiteral("pdf"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the notice to this PDF file")),
        QStringLiteral("file") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("pdf")))
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: notice pdf NUMBER --pdf FILE")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto n = NoticeStore::byNumber(*db, p.positionalArguments().first());
    if (!n)
        return ctx.fail(n.error());
    if (!n->has_value())
        return ctx.fail(Error::notFound(UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "No notice numbered %1."))
                                            .arg(p.positionalArguments().first())));
    auto pages = writePdf(*db, *catalog, **n, p.value(QStringLiteral("pdf")));
    if (!pages)
        return ctx.fail(pages.error());
    ctx.out << p.value(QStringLiteral("pdf")) << Qt::endl;
    return 0;
}

int NoticeCommand::deliver(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Notice number")));
    p.addOption({ QStringLiteral("how"),
        t(QT_TRANSLATE_NOOP("Cli", "paper (handed over), sms or phone")),
        QStringLiteral("how") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: notice deliver NUMBER --how paper|sms|phone")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto n = OneTimeNotice(*db, *catalog, *calendar)
                 .recordDelivery(p.positionalArguments().first(), p.value(QStringLiteral("how")), ctx.actor());
    if (!n)
        return ctx.fail(n.error());
    ctx.out << n->number << QLatin1Char(' ') << n->deliveredHow << Qt::endl;
    return 0;
}
