#include "cli/ArchiveCommand.h"

#include "storage/Database.h"
#include "workflow/CaseArchive.h"

#include <QJsonDocument>
#include <QJsonObject>

QString ArchiveCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli",
        "Move cases closed before a date (at least two years ago, 7.6) to an archive file that stays searchable"));
}

int ArchiveCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("closed-before"),
        t(QT_TRANSLATE_NOOP("Cli", "Cases closed before this day (China time), e.g. 2024-01-01")),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"),
        t(QT_TRANSLATE_NOOP("Cli", "The archive file; made if missing, added to if it exists")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print the result as JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const QDate before = QDate::fromString(p.value(QStringLiteral("closed-before")), Qt::ISODate);
    if (!before.isValid() || p.value(QStringLiteral("to")).isEmpty())
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: archive --closed-before YYYY-MM-DD --to FILE")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto report = CaseArchive(*db).archive(p.value(QStringLiteral("to")), before, ctx.actor());
    if (!report)
        return ctx.fail(report.error());
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("cases"), report->cases },
                                     { QStringLiteral("archive"), report->archivePath },
                                     { QStringLiteral("first"), report->firstNumber },
                                     { QStringLiteral("last"), report->lastNumber } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        return 0;
    }
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "%1 cases closed before %2 moved to %3 (%4 … %5)."))
                   .arg(report->cases)
                   .arg(before.toString(Qt::ISODate), report->archivePath, report->firstNumber, report->lastNumber)
            << Qt::endl;
    return 0;
}
