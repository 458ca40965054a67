#include "cli/ReportCommand.h"

#include "common/Clock.h"
#include "common/Language.h"
#include "reports/DemandAnalysis.h"
#include "reports/DemandReportOutput.h"
#include "reports/MonthlyReport.h"
#include "reports/MonthlyReportOutput.h"
#include "storage/Database.h"
#include "storage/StationStore.h"
#include "validation/TextRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace {
QJsonArray rowsJson(const QList<CountRow>& rows)
{
    QJsonArray a;
    for (const CountRow& r : rows)
        a.append(QJsonObject { { QStringLiteral("key"), r.key },
            { QStringLiteral("label"), r.label },
            { QStringLiteral("count"), r.count },
            { QStringLiteral("previous"), r.previous },
            { QStringLiteral("last_year"), r.lastYear } });
    return a;
}
} // namespace

QString ReportCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP(
        "Cli", "Monthly statistics (supervisors): report monthly --month YYYY-MM [--pdf F] [--csv F]"));
}

int ReportCommand::execute(CliContext& ctx, const QStringList& args)
{
    if (args.value(1) == QLatin1String("demand"))
        return demand(ctx, args);
    if (args.value(1) != QLatin1String("monthly"))
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli",
            "Usage: report monthly --month YYYY-MM [--station CODE] [--pdf FILE] [--csv FILE] [--xlsx FILE] "
            "[--json]")));
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("month"), t(QT_TRANSLATE_NOOP("Cli", "The month, e.g. 2026-10")), QStringLiteral("month") });
    p.addOption({ QStringLiteral("from"),
        t(QT_TRANSLATE_NOOP("Cli", "Instead of a month: the first day, e.g. 2026-10-01")),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"),
        t(QT_TRANSLATE_NOOP("Cli", "Instead of a month: the last day, e.g. 2026-10-15")),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("station"),
        t(QT_TRANSLATE_NOOP("Cli", "One station's code; all stations if left out")),
        QStringLiteral("code") });
    p.addOption(
        { QStringLiteral("pdf"), t(QT_TRANSLATE_NOOP("Cli", "Write the A4 report as PDF")), QStringLiteral("file") });
    p.addOption({ QStringLiteral("csv"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the tables as CSV for Excel")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("xlsx"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the tables as an Excel workbook")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print the figures as JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args.mid(1), rc))
        return rc;
    ReportPeriod period;
    if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"))) {
        period.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
        period.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (!period.from.isValid() || !period.to.isValid())
            return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "--from and --to: days such as 2026-10-01")));
    } else {
        static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto m = monthPattern.match(p.value(QStringLiteral("month")));
        if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
            return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "--month: a month such as 2026-10")));
        period = ReportPeriod::month(m.captured(1).toInt(), m.captured(2).toInt());
    }
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    // Files are papers: in the documents' language, the figures' labels too.
    std::optional<Language::ForDocuments> papers;
    if (p.isSet(QStringLiteral("pdf")) || p.isSet(QStringLiteral("csv")) || p.isSet(QStringLiteral("xlsx")))
        papers.emplace();
    auto figures = MonthlyReport::compute(*db, *catalog, period, p.value(QStringLiteral("station")), ctx.actor());
    if (!figures)
        return ctx.fail(figures.error());
    QString stationName = figures->stationName;
    if (stationName.isEmpty()) {
        auto local = StationStore::local(*db);
        stationName = local ? local->name : QString();
    }
    if (p.isSet(QStringLiteral("csv")))
        if (Status s = MonthlyReportOutput::writeCsv(*figures, p.value(QStringLiteral("csv"))); !s)
            return ctx.fail(s.error());
    if (p.isSet(QStringLiteral("xlsx")))
        if (Status s = MonthlyReportOutput::writeXlsx(*figures, p.value(QStringLiteral("xlsx"))); !s)
            return ctx.fail(s.error());
    if (p.isSet(QStringLiteral("pdf"))) {
        // The printed report carries the period's demand analysis (7.1.3), for the whole database: it
        // has no station filter, so a report of one station goes without it.
        std::optional<DemandFigures> demand;
        if (p.value(QStringLiteral("station")).isEmpty()) {
            auto d = DemandAnalysis::compute(*db, *catalog, period);
            if (!d)
                return ctx.fail(d.error());
            demand = *d;
        }
        auto pages = MonthlyReportOutput::writePdf(
            *figures, stationName, p.value(QStringLiteral("pdf")), demand ? &*demand : nullptr);
        if (!pages)
            return ctx.fail(pages.error());
    }
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("from"), period.from.toString(Qt::ISODate) },
                                     { QStringLiteral("to"), period.to.toString(Qt::ISODate) },
                                     { QStringLiteral("received"), figures->received },
                                     { QStringLiteral("received_previous"), figures->receivedPrevious },
                                     { QStringLiteral("received_last_year"), figures->receivedLastYear },
                                     { QStringLiteral("by_category"), rowsJson(figures->byCategory) },
                                     { QStringLiteral("by_channel"), rowsJson(figures->byChannel) },
                                     { QStringLiteral("answered_at_once"), figures->answeredAtOnce },
                                     { QStringLiteral("closed"), figures->closed },
                                     { QStringLiteral("open_at_end"), figures->openAtEnd },
                                     { QStringLiteral("close_median_hours"), figures->closeMedianHours },
                                     { QStringLiteral("close_p90_hours"), figures->closeP90Hours },
                                     { QStringLiteral("return_visits"), figures->satisfaction.visits },
                                     { QStringLiteral("ratings"), figures->satisfaction.overall.answers },
                                     { QStringLiteral("satisfied"), figures->satisfaction.overall.satisfied },
                                     { QStringLiteral("complaints"), figures->complaints.received },
                                     { QStringLiteral("complaints_valid"), figures->complaints.valid } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        return 0;
    }
    ctx.out << t(QT_TRANSLATE_NOOP("Cli",
                     "%1: %2 requests received (month before %3, a year earlier %4); %5 closed; %6 open at the end."))
                   .arg(period.label())
                   .arg(figures->received)
                   .arg(figures->receivedPrevious)
                   .arg(figures->receivedLastYear)
                   .arg(figures->closed)
                   .arg(figures->openAtEnd)
            << Qt::endl;
    return 0;
}

int ReportCommand::demand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("from"), t(QT_TRANSLATE_NOOP("Cli", "First day, e.g. 2026-10-01")), QStringLiteral("date") });
    p.addOption(
        { QStringLiteral("to"), t(QT_TRANSLATE_NOOP("Cli", "Last day, e.g. 2026-10-31")), QStringLiteral("date") });
    p.addOption(
        { QStringLiteral("pdf"), t(QT_TRANSLATE_NOOP("Cli", "Write the A4 report as PDF")), QStringLiteral("file") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print the figures as JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args.mid(1), rc))
        return rc;
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (Status s = Fields::period(from, to); !s)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: report demand --from D --to D [--pdf FILE] [--json]")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    if (!ctx.allowedTo(Permission::ViewStatistics, rc))
        return rc;
    std::optional<Language::ForDocuments> papers;
    if (p.isSet(QStringLiteral("pdf")))
        papers.emplace();
    auto f = DemandAnalysis::compute(*db, *catalog, { from, to });
    if (!f)
        return ctx.fail(f.error());
    if (p.isSet(QStringLiteral("pdf"))) {
        auto local = StationStore::local(*db);
        auto pages = DemandReportOutput::writePdf(*f, local ? local->name : QString(), p.value(QStringLiteral("pdf")));
        if (!pages)
            return ctx.fail(pages.error());
    }
    if (p.isSet(QStringLiteral("json"))) {
        const auto termsJson = [](const QList<DemandTerm>& terms) {
            QJsonArray a;
            for (const DemandTerm& t : terms)
                a << QJsonObject { { QStringLiteral("term"), t.term }, { QStringLiteral("requests"), t.requests } };
            return a;
        };
        QJsonArray categories, entries, areas, clients, rising;
        for (const DemandCategory& c : f->byCategory)
            categories << QJsonObject { { QStringLiteral("code"), c.code },
                { QStringLiteral("name"), c.name },
                { QStringLiteral("requests"), c.requests },
                { QStringLiteral("terms"), termsJson(c.terms) } };
        for (const DemandEntryUse& e : f->entries)
            entries << QJsonObject { { QStringLiteral("entry"), e.number },
                { QStringLiteral("question"), e.question },
                { QStringLiteral("uses"), e.uses } };
        for (const DemandArea& a : f->areas)
            areas << QJsonObject { { QStringLiteral("code"), a.code },
                { QStringLiteral("name"), a.name },
                { QStringLiteral("requests"), a.requests } };
        for (const DemandClient& c : f->repeatClients)
            clients << QJsonObject { { QStringLiteral("name"), c.name },
                { QStringLiteral("uscc"), c.uscc },
                { QStringLiteral("requests"), c.requests } };
        for (const DemandItem& i : f->rising)
            rising << QJsonObject { { QStringLiteral("item"), i.code },
                { QStringLiteral("name"), i.name },
                { QStringLiteral("count"), i.count },
                { QStringLiteral("previous"), i.previous } };
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                                     { QStringLiteral("to"), to.toString(Qt::ISODate) },
                                     { QStringLiteral("requests"), f->requests },
                                     { QStringLiteral("answered_on_spot"), f->answeredOnSpot },
                                     { QStringLiteral("answered_with_knowledge"), f->answeredWithKnowledge },
                                     { QStringLiteral("terms"), termsJson(f->terms) },
                                     { QStringLiteral("by_category"), categories },
                                     { QStringLiteral("entries"), entries },
                                     { QStringLiteral("areas"), areas },
                                     { QStringLiteral("repeat_clients"), clients },
                                     { QStringLiteral("rising_items"), rising } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        return 0;
    }
    QStringList top;
    for (const DemandTerm& t : f->terms)
        top << QStringLiteral("%1 %2").arg(t.term).arg(t.requests);
    ctx.out << t(
        QT_TRANSLATE_NOOP("Cli", "%1 requests, %2 answered on the spot (%3 from the knowledge base). Asked about: %4"))
                   .arg(f->requests)
                   .arg(f->answeredOnSpot)
                   .arg(f->answeredWithKnowledge)
                   .arg(top.join(QStringLiteral(", ")))
            << Qt::endl;
    return 0;
}
