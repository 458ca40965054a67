#include "cli/FeedbackCommands.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "validation/TextRules.h"
#include "workflow/CaseStep.h"
#include "workflow/ReturnVisits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString FeedbackCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli", "Feedback to the client when the service ends (7.4.1): feedback add"));
}

int FeedbackCommand::execute(CliContext& ctx, const QStringList& args)
{
    return subcommand(ctx,
        args,
        { { QStringLiteral("add"), add } },
        t(QT_TRANSLATE_NOOP("Cli", "Usage: feedback add CASE --channel website|phone|sms --content TEXT")));
}

int FeedbackCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("case"), t(QT_TRANSLATE_NOOP("Cli", "Case number")));
    p.addOption({ QStringLiteral("channel"),
        t(QT_TRANSLATE_NOOP("Cli", "How the client was told: website, phone, sms")),
        QStringLiteral("channel") });
    p.addOption(
        { QStringLiteral("content"), t(QT_TRANSLATE_NOOP("Cli", "What the client was told")), QStringLiteral("text") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(
            t(QT_TRANSLATE_NOOP("Cli", "Usage: feedback add CASE --channel website|phone|sms --content TEXT")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    CaseStep step { CaseStep::Kind::Feedback, p.positionalArguments().first(), p.value(QStringLiteral("content")) };
    step.how = p.value(QStringLiteral("channel"));
    auto c = CaseSteps::run(*db, step, ctx.actor());
    if (!c)
        return ctx.fail(c.error());
    ctx.out << c->number << QLatin1Char(' ') << CaseStatuses::label(c->status).local << Qt::endl;
    return 0;
}

QString ReturnVisitCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli",
        "Return visits (7.4.2) with the four ratings of satisfaction (8.1.1): add, the worklist (due), list, the "
        "plan"));
}

int ReturnVisitCommand::execute(CliContext& ctx, const QStringList& args)
{
    return subcommand(ctx,
        args,
        { { QStringLiteral("add"), add },
            { QStringLiteral("due"), due },
            { QStringLiteral("list"), list },
            { QStringLiteral("plan"), plan } },
        t(QT_TRANSLATE_NOOP("Cli", "Usage: returnvisit add|due|list|plan [options]; see returnvisit add --help")));
}

int ReturnVisitCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("case"), t(QT_TRANSLATE_NOOP("Cli", "Case number")));
    p.addOption({ QStringLiteral("method"), t(QT_TRANSLATE_NOOP("Cli", "onsite or phone")), QStringLiteral("method") });
    p.addOption(
        { QStringLiteral("said"), t(QT_TRANSLATE_NOOP("Cli", "What the client said")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("matching"),
        t(QT_TRANSLATE_NOOP("Cli", "Rating 1-5: how well the service matched the need")),
        QStringLiteral("n") });
    p.addOption(
        { QStringLiteral("level"), t(QT_TRANSLATE_NOOP("Cli", "Rating 1-5: service level")), QStringLiteral("n") });
    p.addOption({ QStringLiteral("attitude"),
        t(QT_TRANSLATE_NOOP("Cli", "Rating 1-5: service attitude")),
        QStringLiteral("n") });
    p.addOption({ QStringLiteral("complaint"),
        t(QT_TRANSLATE_NOOP("Cli", "Rating 1-5: complaint handling, if the client complained")),
        QStringLiteral("n") });
    p.addOption({ QStringLiteral("contact"), t(QT_TRANSLATE_NOOP("Cli", "Who answered")), QStringLiteral("name") });
    p.addOption(
        { QStringLiteral("comment"), t(QT_TRANSLATE_NOOP("Cli", "The client's comment")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("at"),
        t(QT_TRANSLATE_NOOP("Cli", "When, e.g. 2026-11-20T10:00 (China time); default now")),
        QStringLiteral("time") });
    p.addOption({ QStringLiteral("corrects"),
        t(QT_TRANSLATE_NOOP("Cli", "The return visit this one corrects")),
        QStringLiteral("id") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP(
            "Cli", "Usage: returnvisit add CASE --method onsite|phone --said T --matching N --level N --attitude N")));
    NewReturnVisit v;
    v.caseNumber = p.positionalArguments().first();
    v.method = p.value(QStringLiteral("method"));
    v.clientSaid = p.value(QStringLiteral("said"));
    v.contact = p.value(QStringLiteral("contact"));
    v.comment = p.value(QStringLiteral("comment"));
    v.corrects = p.value(QStringLiteral("corrects"));
    const QList<QPair<QString, int*>> ratings = { { QStringLiteral("matching"), &v.matching },
        { QStringLiteral("level"), &v.level },
        { QStringLiteral("attitude"), &v.attitude },
        { QStringLiteral("complaint"), &v.complaintHandling } };
    for (const auto& [option, value] : ratings) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        *value = p.value(option).toInt(&ok);
        if (!ok)
            *value = -1; // refused with the field's name by ReturnVisits
    }
    if (p.isSet(QStringLiteral("at"))) {
        v.visitedAt = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODate);
        if (!v.visitedAt.isValid())
            return ctx.fail(Error::badInput(QStringLiteral("visited_at"),
                Fields::invalid(QStringLiteral("visited_at"), p.value(QStringLiteral("at")))));
        if (v.visitedAt.timeSpec() == Qt::LocalTime)
            v.visitedAt.setTimeZone(Clock::chinaZone());
    }
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto r = ReturnVisits(*db, *calendar).record(v, ctx.actor());
    if (!r)
        return ctx.fail(r.error());
    ctx.out << r->id << Qt::endl;
    return 0;
}

int ReturnVisitCommand::due(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("days"),
        t(QT_TRANSLATE_NOOP("Cli", "Cases closed in the last N days (default 90)")),
        QStringLiteral("n") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const int days = p.isSet(QStringLiteral("days")) ? p.value(QStringLiteral("days")).toInt() : 90;
    if (days < 1 || days > 3660)
        return ctx.fail(Error::badInput(
            QStringLiteral("days"), Fields::invalid(QStringLiteral("days"), p.value(QStringLiteral("days")))));
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    auto rows = ReturnVisits(*db, *calendar).due(today, days, ctx.actor());
    if (!rows)
        return ctx.fail(rows.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const DueReturnVisit& d : *rows)
            a.append(QJsonObject { { QStringLiteral("case"), d.caseNumber },
                { QStringLiteral("client"), d.clientName },
                { QStringLiteral("phone"), d.phone },
                { QStringLiteral("item"), d.itemCode },
                { QStringLiteral("closed_at"), Clock::toStorage(d.closedAt) },
                { QStringLiteral("due"), d.due.toString(Qt::ISODate) },
                { QStringLiteral("overdue"), d.due < today },
                { QStringLiteral("complained"), d.complained } });
        ctx.out << QJsonDocument(a).toJson();
        return 0;
    }
    for (const DueReturnVisit& d : *rows)
        ctx.out << QStringLiteral("%1  %2  %3  %4%5%6")
                       .arg(d.caseNumber,
                           d.due.toString(Qt::ISODate),
                           d.clientName,
                           d.phone,
                           d.complained ? QStringLiteral("  ") + t(QT_TRANSLATE_NOOP("Cli", "complaint")) : QString(),
                           d.due < today ? QStringLiteral("  ") + t(QT_TRANSLATE_NOOP("Cli", "OVERDUE")) : QString())
                << Qt::endl;
    return 0;
}

int ReturnVisitCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("case"), t(QT_TRANSLATE_NOOP("Cli", "Case number")));
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: returnvisit list CASE [--json]")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto rows = ReturnVisits::ofCase(*db, p.positionalArguments().first());
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray a;
    for (const ReturnVisit& v : *rows) {
        QJsonObject ratings;
        for (Dimension d : kAllDimensions)
            if (const auto r = v.ratings[size_t(d)])
                ratings.insert(kDimensions.key(d), *r);
        a.append(QJsonObject { { QStringLiteral("id"), v.id },
            { QStringLiteral("method"), kReturnVisitMethods.key(v.method) },
            { QStringLiteral("visited_at"), Clock::toStorage(v.visitedAt) },
            { QStringLiteral("visited_by"), v.visitedBy },
            { QStringLiteral("contact"), v.contact },
            { QStringLiteral("client_said"), v.clientSaid },
            { QStringLiteral("ratings"), ratings },
            { QStringLiteral("comment"), v.comment },
            { QStringLiteral("supersedes"), v.supersedes } });
        if (!p.isSet(QStringLiteral("json")))
            ctx.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(v.id,
                               Clock::displayDateTime(v.visitedAt),
                               kReturnVisitMethods.label(v.method).local,
                               v.clientSaid)
                    << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(a).toJson();
    return 0;
}

int ReturnVisitCommand::plan(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("share"),
        t(QT_TRANSLATE_NOOP("Cli", "Percent of closed cases to visit again, 0-100")),
        QStringLiteral("percent") });
    p.addOption({ QStringLiteral("complaints"),
        t(QT_TRANSLATE_NOOP("Cli", "Every case with a complaint too: yes or no")),
        QStringLiteral("yes|no") });
    p.addOption({ QStringLiteral("within"),
        t(QT_TRANSLATE_NOOP("Cli", "Working days after closing to make the visit")),
        QStringLiteral("days") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto current = ReturnVisits::plan(*db);
    if (!current)
        return ctx.fail(current.error());
    ReturnVisitPlan plan = *current;
    const bool change = p.isSet(QStringLiteral("share")) || p.isSet(QStringLiteral("complaints"))
        || p.isSet(QStringLiteral("within"));
    if (p.isSet(QStringLiteral("share")))
        plan.sharePercent = p.value(QStringLiteral("share")).toInt();
    if (p.isSet(QStringLiteral("within")))
        plan.withinWorkingDays = p.value(QStringLiteral("within")).toInt();
    if (p.isSet(QStringLiteral("complaints")))
        plan.everyComplaint = p.value(QStringLiteral("complaints")).toLower() == QLatin1String("yes");
    if (change)
        if (Status s = ReturnVisits::setPlan(*db, plan, ctx.actor()); !s)
            return ctx.fail(s.error());
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Return visits: %1% of closed cases%2, within %3 working days of closing"))
                   .arg(plan.sharePercent)
                   .arg(plan.everyComplaint ? t(QT_TRANSLATE_NOOP("Cli", " and every case with a complaint"))
                                            : QString())
                   .arg(plan.withinWorkingDays)
            << Qt::endl;
    return 0;
}
