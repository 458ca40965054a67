#include "cli/DemoCommand.h"

#include "demo/DemoCounterWork.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "domain/WorkCalendar.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Fill the database with deterministic, realistic demo data");
}

int DemoCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("cases"),
        QCoreApplication::translate("Cli", "How many cases"),
        QStringLiteral("n"),
        QStringLiteral("1000") });
    p.addOption({ QStringLiteral("seed"),
        QCoreApplication::translate("Cli", "Random seed; the same seed gives the same data"),
        QStringLiteral("s"),
        QStringLiteral("1") });
    p.addOption({ QStringLiteral("until"),
        QCoreApplication::translate("Cli", "Last day with cases (default today)"),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("outbox"),
        QCoreApplication::translate("Cli", "Also write sync ops, as if every record had been registered here") });
    p.addOption({ QStringLiteral("accounts"),
        QCoreApplication::translate("Cli",
            "Also create the demo accounts admin, zhangli, wangqiang and liming (password qsdesk-demo) if the "
            "station has none") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    DemoOptions options;
    options.withOutbox = p.isSet(QStringLiteral("outbox"));
    bool okCases = false, okSeed = false;
    options.cases = p.value(QStringLiteral("cases")).toInt(&okCases);
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okCases || !okSeed)
        return ctx.usage(QCoreApplication::translate("Cli", "--cases and --seed must be whole numbers"));
    if (p.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return ctx.usage(QCoreApplication::translate("Cli", "--until must be a date such as 2026-11-24"));
    }
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    if (!ctx.allowedTo(Permission::ManageSettings, rc))
        return rc;
    if (p.isSet(QStringLiteral("accounts"))) {
        auto made = DemoData::createAccounts(*db);
        if (!made)
            return ctx.fail(made.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoData::generate(*db, *catalog, options, [&](int done, int total) {
        ctx.err << QStringLiteral("%1 / %2\r").arg(done).arg(total) << Qt::flush;
    });
    if (!summary)
        return ctx.fail(summary.error());
    DemoCounterSummary work;
    DemoHistorySummary history;
    if (summary->cases > 0) {
        const WorkCalendar* calendar = ctx.calendar(rc);
        if (!calendar)
            return rc;
        auto done = DemoCounterWork::add(*db, *catalog, *calendar, options.withOutbox);
        if (!done)
            return ctx.fail(done.error());
        work = *done;
        auto past = DemoHistory::add(*db, options.withOutbox);
        if (!past)
            return ctx.fail(past.error());
        history = *past;
    }
    ctx.out << QCoreApplication::translate("Cli", "%1 clients and %2 cases generated in %3 s")
                   .arg(summary->clients)
                   .arg(summary->cases)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    if (work.agencies > 0)
        ctx.out << QCoreApplication::translate("Cli", "%1 service agencies, %2 one-time notices and %3 handoffs added")
                       .arg(work.agencies)
                       .arg(work.notices)
                       .arg(work.handoffs)
                << Qt::endl;
    if (history.notices + history.handoffs + history.instructions > 0)
        ctx.out << QCoreApplication::translate(
            "Cli", "The closed cases' past: %1 one-time notices, %2 handoffs and %3 instructions asked")
                       .arg(history.notices)
                       .arg(history.handoffs)
                       .arg(history.instructions)
                << Qt::endl;
    return 0;
}
