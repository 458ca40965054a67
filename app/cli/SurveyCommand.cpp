#include "cli/SurveyCommand.h"

#include "reports/SatisfactionSurvey.h"
#include "reports/SurveyReportOutput.h"
#include "storage/Database.h"
#include "storage/StationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonArray rowsJson(const QList<SatisfactionRow>& rows)
{
    QJsonArray a;
    for (const SatisfactionRow& r : rows) {
        QJsonArray levels;
        for (qint64 n : r.levels)
            levels.append(n);
        a.append(QJsonObject { { QStringLiteral("key"), r.key },
            { QStringLiteral("label"), r.label },
            { QStringLiteral("visits"), r.visits },
            { QStringLiteral("answers"), r.answers },
            { QStringLiteral("satisfied"), r.satisfied },
            { QStringLiteral("levels"), levels },
            { QStringLiteral("mean"), r.mean() } });
    }
    return a;
}
} // namespace

QString SurveyCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli", "Client satisfaction survey (8.1.1): survey report --from D --to D [--pdf F]"));
}

int SurveyCommand::execute(CliContext& ctx, const QStringList& args)
{
    return subcommand(ctx,
        args,
        { { QStringLiteral("report"), report } },
        t(QT_TRANSLATE_NOOP(
            "Cli", "Usage: survey report --from DATE --to DATE [--station CODE] [--pdf FILE] [--csv FILE] [--json]")));
}

int SurveyCommand::report(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("from"), t(QT_TRANSLATE_NOOP("Cli", "First day")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"), t(QT_TRANSLATE_NOOP("Cli", "Last day")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("station"),
        t(QT_TRANSLATE_NOOP("Cli", "One station's code; all stations if left out")),
        QStringLiteral("code") });
    p.addOption({ QStringLiteral("pdf"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the written report as PDF")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("csv"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the tables as CSV for Excel")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print the figures as JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "--from and --to: days such as 2026-10-01")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto f = SatisfactionSurvey::compute(*db, *catalog, from, to, p.value(QStringLiteral("station")), ctx.actor());
    if (!f)
        return ctx.fail(f.error());
    QString stationName = f->stationName;
    if (stationName.isEmpty()) {
        auto local = StationStore::local(*db);
        stationName = local ? local->name : QString();
    }
    if (p.isSet(QStringLiteral("pdf")))
        if (auto pages = SurveyReportOutput::writePdf(*f, stationName, p.value(QStringLiteral("pdf"))); !pages)
            return ctx.fail(pages.error());
    if (p.isSet(QStringLiteral("csv")))
        if (Status s = SurveyReportOutput::writeCsv(*f, p.value(QStringLiteral("csv"))); !s)
            return ctx.fail(s.error());
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                                     { QStringLiteral("to"), to.toString(Qt::ISODate) },
                                     { QStringLiteral("visits"), f->visits },
                                     { QStringLiteral("onsite"), f->onsite },
                                     { QStringLiteral("phone"), f->phone },
                                     { QStringLiteral("overall"), rowsJson({ f->overall }).first() },
                                     { QStringLiteral("dimensions"), rowsJson(f->dimensions) },
                                     { QStringLiteral("by_category"), rowsJson(f->byCategory) },
                                     { QStringLiteral("by_station"), rowsJson(f->byStation) },
                                     { QStringLiteral("by_agency"), rowsJson(f->byAgency) },
                                     { QStringLiteral("comments"), qint64(f->comments.size()) } })
                       .toJson();
        return 0;
    }
    ctx.out << SurveyReportOutput::summary(*f) << Qt::endl;
    return 0;
}
