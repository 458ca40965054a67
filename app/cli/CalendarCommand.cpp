#include "cli/CalendarCommand.h"

#include "domain/WorkCalendar.h"
#include "validation/TextRules.h"

#include <QCoreApplication>

QString CalendarCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli", "The holiday calendar in use, and deadlines in working days"));
}

int CalendarCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("from"), t(QT_TRANSLATE_NOOP("Cli", "Start date, YYYY-MM-DD")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("days"), t(QT_TRANSLATE_NOOP("Cli", "Working days to add")), QStringLiteral("n") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("days"))) {
        const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
        bool ok = false;
        const int days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!from.isValid())
            return ctx.fail(Error::badInput(
                QStringLiteral("date"), Fields::invalid(QStringLiteral("date"), p.value(QStringLiteral("from")))));
        if (!ok || days < 0 || days > 365)
            return ctx.fail(Error::badInput(QStringLiteral("days"),
                UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be a whole number from %2 to %3."))
                    .arg(Fields::label(QStringLiteral("days")), 0, 365)));
        ctx.out << calendar->addWorkingDays(from, days).toString(Qt::ISODate) << Qt::endl;
        return 0;
    }
    for (int year : calendar->years())
        ctx.out << year << (calendar->isProvisional(year) ? t(QT_TRANSLATE_NOOP("Cli", " (provisional)")) : QString())
                << Qt::endl;
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Add or correct a year in %1 (format: docs/holidays.md)"))
                   .arg(WorkCalendar::adminFile())
            << Qt::endl;
    return 0;
}
