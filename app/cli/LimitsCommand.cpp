#include "cli/LimitsCommand.h"

#include "cli/JsonFormat.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "validation/TextRules.h"
#include "workflow/TimeLimits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonObject json(const TimeLimits::Limit& l)
{
    return { { QStringLiteral("item"), l.itemCode },
        { QStringLiteral("response_days"), l.responseDays },
        { QStringLiteral("close_days"), l.closeDays },
        { QStringLiteral("version"), l.version },
        { QStringLiteral("reason"), l.reason },
        { QStringLiteral("changed_by"), l.changedBy },
        { QStringLiteral("changed_at"), l.changedAt.isValid() ? Clock::toStorage(l.changedAt) : QString() } };
}
} // namespace

QString LimitsCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP(
        "Cli", "The service items' time limits in working days: list them, or set the station's own (limits set)"));
}

int LimitsCommand::execute(CliContext& ctx, const QStringList& args)
{
    const bool setting = args.value(1) == QLatin1String("set");
    QCommandLineParser p;
    if (setting) {
        p.addPositionalArgument(QStringLiteral("item"), t(QT_TRANSLATE_NOOP("Cli", "Service item, e.g. 5.1.2")));
        p.addOption({ QStringLiteral("response"),
            t(QT_TRANSLATE_NOOP("Cli", "Working days to a first response")),
            QStringLiteral("n") });
        p.addOption(
            { QStringLiteral("close"), t(QT_TRANSLATE_NOOP("Cli", "Working days to close")), QStringLiteral("n") });
        p.addOption({ QStringLiteral("reason"),
            t(QT_TRANSLATE_NOOP("Cli", "Why the station changes them")),
            QStringLiteral("text") });
    }
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, setting ? args.mid(1) : args, rc))
        return rc;
    if (setting && p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: limits set ITEM --response N --close N --reason TEXT")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    TimeLimits limits(*db, *catalog);
    if (setting) {
        bool okResponse = false, okClose = false;
        const int response = p.value(QStringLiteral("response")).toInt(&okResponse);
        const int close = p.value(QStringLiteral("close")).toInt(&okClose);
        if (!okResponse || !okClose)
            return ctx.fail(Error::badInput(okResponse ? QStringLiteral("close_days") : QStringLiteral("response_days"),
                Fields::invalid(okResponse ? QStringLiteral("close_days") : QStringLiteral("response_days"),
                    p.value(okResponse ? QStringLiteral("close") : QStringLiteral("response")))));
        auto l = limits.set(
            p.positionalArguments().first(), response, close, p.value(QStringLiteral("reason")), ctx.actor());
        if (!l)
            return ctx.fail(l.error());
        if (p.isSet(QStringLiteral("json")))
            ctx.out << JsonFormat::toText(json(*l));
        else
            ctx.out << t(
                QT_TRANSLATE_NOOP("Cli", "%1: respond within %2 and close within %3 working days (version %4)."))
                           .arg(l->itemCode)
                           .arg(l->responseDays)
                           .arg(l->closeDays)
                           .arg(l->version)
                    << Qt::endl;
        return 0;
    }
    auto all = limits.all();
    if (!all)
        return ctx.fail(all.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const TimeLimits::Limit& l : *all)
            a.append(json(l));
        ctx.out << JsonFormat::toText(a);
        return 0;
    }
    for (const TimeLimits::Limit& l : *all) {
        const CatalogItem* item = catalog->item(l.itemCode);
        ctx.out << l.itemCode << QLatin1Char('\t') << (item ? item->displayName() : QString()) << QLatin1Char('\t')
                << l.responseDays << QLatin1Char('\t') << l.closeDays << QLatin1Char('\t')
                << (l.version == 0 ? t(QT_TRANSLATE_NOOP("Cli", "shipped"))
                                   : t(QT_TRANSLATE_NOOP("Cli", "version %1")).arg(l.version))
                << Qt::endl;
    }
    return 0;
}
