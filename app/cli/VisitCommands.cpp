#include "cli/VisitCommands.h"

#include "common/Clock.h"
#include "documents/VisitSheet.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/StationStore.h"
#include "storage/VisitStore.h"
#include "workflow/VisitRecording.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
Result<Visit> findVisit(Database& db, const QString& id)
{
    auto v = VisitStore::byId(db, id);
    if (!v)
        return v.error();
    if (!v->has_value())
        return Error::notFound(UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "No visit record %1.")).arg(id));
    return **v;
}
} // namespace

QString VisitCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli",
        "On-site visits (7.3.3): record one with the client's signature (add), show one (show), "
        "print the visit sheet (pdf)"));
}

int VisitCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return add(ctx, args.mid(1));
    if (sub == QLatin1String("show"))
        return show(ctx, args.mid(1));
    if (sub == QLatin1String("pdf"))
        return pdf(ctx, args.mid(1));
    return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: visit add|show|pdf [options]; see visit add --help")));
}

int VisitCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("case"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption(
        { QStringLiteral("summary"), t(QT_TRANSLATE_NOOP("Cli", "What the client asked")), QStringLiteral("text") });
    p.addOption(
        { QStringLiteral("signer"), t(QT_TRANSLATE_NOOP("Cli", "The signer's printed name")), QStringLiteral("name") });
    p.addOption({ QStringLiteral("signature"),
        t(QT_TRANSLATE_NOOP("Cli", "The client's signature, a PNG file")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("photo"),
        t(QT_TRANSLATE_NOOP("Cli", "A photo, JPEG or PNG; repeatable")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("place"), t(QT_TRANSLATE_NOOP("Cli", "Where")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("staff"), t(QT_TRANSLATE_NOOP("Cli", "Staff present")), QStringLiteral("names") });
    p.addOption({ QStringLiteral("client-people"),
        t(QT_TRANSLATE_NOOP("Cli", "The client's people present")),
        QStringLiteral("names") });
    p.addOption({ QStringLiteral("answers"),
        t(QT_TRANSLATE_NOOP("Cli", "What was answered on the spot")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("materials"),
        t(QT_TRANSLATE_NOOP("Cli", "Materials and information collected")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("followup"),
        t(QT_TRANSLATE_NOOP("Cli", "A follow-up promised; repeatable")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("corrects"),
        t(QT_TRANSLATE_NOOP("Cli", "The visit record this one corrects")),
        QStringLiteral("id") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(
            t(QT_TRANSLATE_NOOP("Cli", "Usage: visit add CASE --summary TEXT --signer NAME --signature SIG.png")));
    NewVisit input;
    input.caseNumber = p.positionalArguments().first();
    input.summary = p.value(QStringLiteral("summary"));
    input.signerName = p.value(QStringLiteral("signer"));
    input.signatureFile = p.value(QStringLiteral("signature"));
    input.photoFiles = p.values(QStringLiteral("photo"));
    input.place = p.value(QStringLiteral("place"));
    input.staff = p.value(QStringLiteral("staff"));
    input.clientPeople = p.value(QStringLiteral("client-people"));
    input.answers = p.value(QStringLiteral("answers"));
    input.materials = p.value(QStringLiteral("materials"));
    input.followUps = p.values(QStringLiteral("followup"));
    input.supersedes = p.value(QStringLiteral("corrects"));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto v = VisitRecording(*db).record(input, ctx.actor());
    if (!v)
        return ctx.fail(v.error());
    ctx.out << v->id << Qt::endl;
    return 0;
}

int VisitCommand::show(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "Visit record: its id or number (LZ-LN-SM-2026-0001)")));
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: visit show ID [--json]")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto v = findVisit(*db, p.positionalArguments().first());
    if (!v)
        return ctx.fail(v.error());
    QJsonArray photos;
    for (const VisitPhoto& ph : v->photos)
        photos.append(QJsonObject { { QStringLiteral("sha256"), ph.sha256 },
            { QStringLiteral("file"), ph.fileName },
            { QStringLiteral("width"), ph.width },
            { QStringLiteral("height"), ph.height } });
    const QJsonObject o { { QStringLiteral("id"), v->id },
        { QStringLiteral("number"), v->number },
        { QStringLiteral("case"), v->caseNumber },
        { QStringLiteral("visited_at"), Clock::toStorage(v->visitedAt) },
        { QStringLiteral("place"), v->place },
        { QStringLiteral("staff"), v->staff },
        { QStringLiteral("client_people"), v->clientPeople },
        { QStringLiteral("summary"), v->summary },
        { QStringLiteral("answers"), v->answers },
        { QStringLiteral("materials"), v->materials },
        { QStringLiteral("follow_ups"), QJsonArray::fromStringList(v->followUps) },
        { QStringLiteral("signer"), v->signerName },
        { QStringLiteral("signature_sha256"), v->signatureSha256 },
        { QStringLiteral("signed_at"), Clock::toStorage(v->signedAt) },
        { QStringLiteral("locked"), v->isSigned() },
        { QStringLiteral("supersedes"), v->supersedes },
        { QStringLiteral("photos"), photos } };
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(o).toJson();
        return 0;
    }
    ctx.out << v->id << QLatin1Char(' ') << (v->number.isEmpty() ? QStringLiteral("-") : v->number) << QLatin1Char(' ')
            << v->caseNumber << QLatin1Char(' ') << Clock::displayDateTime(v->visitedAt) << Qt::endl
            << v->summary << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Signed by %1 at %2; %3 photo(s)"))
                   .arg(v->signerName, Clock::displayDateTime(v->signedAt))
                   .arg(v->photos.size())
            << Qt::endl;
    return 0;
}

int VisitCommand::pdf(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "Visit record: its id or number (LZ-LN-SM-2026-0001)")));
    p.addOption({ QStringLiteral("pdf"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the visit sheet to this PDF file")),
        QStringLiteral("file") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("pdf")))
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: visit pdf ID --pdf FILE")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto v = findVisit(*db, p.positionalArguments().first());
    if (!v)
        return ctx.fail(v.error());
    auto c = CaseStore::byNumber(*db, v->caseNumber, false);
    if (!c)
        return ctx.fail(c.error());
    auto station = StationStore::local(*db);
    if (!station)
        return ctx.fail(station.error());
    auto sheet = VisitSheet::build(*db, *v, *c, *station, *catalog);
    if (!sheet)
        return ctx.fail(sheet.error());
    auto pages = PagedDocument::writePdf(
        sheet->html, p.value(QStringLiteral("pdf")), QStringLiteral("上门服务记录单"), sheet->images);
    if (!pages)
        return ctx.fail(pages.error());
    ctx.out << p.value(QStringLiteral("pdf")) << Qt::endl;
    return 0;
}
