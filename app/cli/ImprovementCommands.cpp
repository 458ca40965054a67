#include "cli/ImprovementCommands.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "workflow/Improvement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject planJson(const ImprovementPlan& p)
{
    return { { QStringLiteral("id"), p.id },
        { QStringLiteral("problem"), p.problem },
        { QStringLiteral("measure"), p.measure },
        { QStringLiteral("owner"), p.owner },
        { QStringLiteral("due"), p.due.toString(Qt::ISODate) },
        { QStringLiteral("status"), kPlanStatuses.key(p.status) },
        { QStringLiteral("review_result"), p.reviewResult },
        { QStringLiteral("complaint"), p.complaintNumber },
        { QStringLiteral("finding"), p.finding } };
}

QString planLine(const ImprovementPlan& p)
{
    return QStringLiteral("%1  %2  %3  %4  %5 -> %6")
        .arg(p.id, p.due.toString(Qt::ISODate), kPlanStatuses.label(p.status).local, p.owner, p.problem, p.measure);
}
} // namespace

QString EvaluationCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli", "Evaluation records (8.1.2): self, client and third-party, with the report"));
}

int EvaluationCommand::execute(CliContext& ctx, const QStringList& args)
{
    return subcommand(ctx,
        args,
        { { QStringLiteral("add"), add }, { QStringLiteral("list"), list } },
        t(QT_TRANSLATE_NOOP("Cli",
            "Usage: evaluation add --kind self|client|third_party --from D --to D --evaluator NAME --conclusion T "
            "[--score N] [--report FILE] | evaluation list [--json]")));
}

int EvaluationCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("kind"), t(QT_TRANSLATE_NOOP("Cli", "self, client or third_party")), QStringLiteral("kind") });
    p.addOption({ QStringLiteral("from"), t(QT_TRANSLATE_NOOP("Cli", "First day")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"), t(QT_TRANSLATE_NOOP("Cli", "Last day")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("evaluator"), t(QT_TRANSLATE_NOOP("Cli", "Who evaluated")), QStringLiteral("name") });
    p.addOption(
        { QStringLiteral("conclusion"), t(QT_TRANSLATE_NOOP("Cli", "The conclusion")), QStringLiteral("text") });
    p.addOption(
        { QStringLiteral("score"), t(QT_TRANSLATE_NOOP("Cli", "A score of 0-100, if given")), QStringLiteral("n") });
    p.addOption({ QStringLiteral("report"),
        t(QT_TRANSLATE_NOOP("Cli", "The written report to attach")),
        QStringLiteral("file") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    NewEvaluation e;
    e.kind = p.value(QStringLiteral("kind"));
    e.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    e.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    e.evaluator = p.value(QStringLiteral("evaluator"));
    e.conclusion = p.value(QStringLiteral("conclusion"));
    e.reportFile = p.value(QStringLiteral("report"));
    if (p.isSet(QStringLiteral("score"))) {
        bool ok = false;
        e.score = p.value(QStringLiteral("score")).toDouble(&ok);
        if (!ok)
            e.score = -2; // refused with the field's name
    }
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto added = Improvement(*db).addEvaluation(e, ctx.actor());
    if (!added)
        return ctx.fail(added.error());
    ctx.out << added->id << Qt::endl;
    return 0;
}

int EvaluationCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto rows = Improvement(*db).evaluations();
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray a;
    for (const Evaluation& e : *rows) {
        a.append(QJsonObject { { QStringLiteral("id"), e.id },
            { QStringLiteral("kind"), kEvaluationKinds.key(e.kind) },
            { QStringLiteral("from"), e.from.toString(Qt::ISODate) },
            { QStringLiteral("to"), e.to.toString(Qt::ISODate) },
            { QStringLiteral("evaluator"), e.evaluator },
            { QStringLiteral("conclusion"), e.conclusion },
            { QStringLiteral("score"), e.score < 0 ? QJsonValue() : QJsonValue(e.score) },
            { QStringLiteral("report"), e.reportName },
            { QStringLiteral("report_sha256"), e.reportSha256 } });
        if (!p.isSet(QStringLiteral("json")))
            ctx.out << QStringLiteral("%1  %2  %3 – %4  %5  %6")
                           .arg(e.id,
                               kEvaluationKinds.label(e.kind).local,
                               e.from.toString(Qt::ISODate),
                               e.to.toString(Qt::ISODate),
                               e.evaluator,
                               e.conclusion)
                    << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(a).toJson();
    return 0;
}

QString ImprovementCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli", "Improvement plans (8.2): add, update the status and review, list"));
}

int ImprovementCommand::execute(CliContext& ctx, const QStringList& args)
{
    return subcommand(ctx,
        args,
        { { QStringLiteral("add"), add }, { QStringLiteral("update"), update }, { QStringLiteral("list"), list } },
        t(QT_TRANSLATE_NOOP("Cli",
            "Usage: improvement add --problem T --measure T --owner NAME --due D [--complaint N] [--finding T] | "
            "improvement update ID --status planned|in_progress|done|reviewed [--review T] | improvement list")));
}

int ImprovementCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("problem"), t(QT_TRANSLATE_NOOP("Cli", "The problem found")), QStringLiteral("text") });
    p.addOption(
        { QStringLiteral("measure"), t(QT_TRANSLATE_NOOP("Cli", "What will be done")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("owner"), t(QT_TRANSLATE_NOOP("Cli", "Who is responsible")), QStringLiteral("name") });
    p.addOption({ QStringLiteral("due"), t(QT_TRANSLATE_NOOP("Cli", "By when")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("complaint"),
        t(QT_TRANSLATE_NOOP("Cli", "The complaint it answers")),
        QStringLiteral("number") });
    p.addOption({ QStringLiteral("finding"),
        t(QT_TRANSLATE_NOOP("Cli", "The survey finding it answers")),
        QStringLiteral("text") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const NewImprovementPlan plan { p.value(QStringLiteral("problem")),
        p.value(QStringLiteral("measure")),
        p.value(QStringLiteral("owner")),
        QDate::fromString(p.value(QStringLiteral("due")), Qt::ISODate),
        p.value(QStringLiteral("complaint")),
        p.value(QStringLiteral("finding")) };
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto added = Improvement(*db).addPlan(plan, ctx.actor());
    if (!added)
        return ctx.fail(added.error());
    ctx.out << added->id << Qt::endl;
    return 0;
}

int ImprovementCommand::update(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "The plan's id")));
    p.addOption({ QStringLiteral("status"),
        t(QT_TRANSLATE_NOOP("Cli", "planned, in_progress, done or reviewed")),
        QStringLiteral("status") });
    p.addOption({ QStringLiteral("review"),
        t(QT_TRANSLATE_NOOP("Cli", "The review's result (required for reviewed)")),
        QStringLiteral("text") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: improvement update ID --status S [--review T]")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto updated = Improvement(*db).updatePlan(p.positionalArguments().first(),
        p.value(QStringLiteral("status")),
        p.value(QStringLiteral("review")),
        ctx.actor());
    if (!updated)
        return ctx.fail(updated.error());
    ctx.out << planLine(*updated) << Qt::endl;
    return 0;
}

int ImprovementCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto rows = Improvement(*db).plans();
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray a;
    for (const ImprovementPlan& plan : *rows) {
        a.append(planJson(plan));
        if (!p.isSet(QStringLiteral("json")))
            ctx.out << planLine(plan) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(a).toJson();
    return 0;
}
