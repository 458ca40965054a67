#include "cli/SyncCommand.h"

#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "sync/CredentialFile.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>

QString SyncCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Synchronise with the city platform once");
}

int SyncCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("server"),
        QCoreApplication::translate("Cli", "The platform's address, https://host:port"),
        QStringLiteral("url") });
    p.addOption({ QStringLiteral("ca"),
        QCoreApplication::translate("Cli", "The city's CA certificate (PEM)"),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("token"),
        QCoreApplication::translate("Cli", "The station's credential (stored on first use)"),
        QStringLiteral("token") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    QString token = p.value(QStringLiteral("token"));
    if (!token.isEmpty()) {
        if (Status s = CredentialFile::save(ctx.dbPath, token); !s)
            return ctx.fail(s.error());
    } else {
        token = CredentialFile::load(ctx.dbPath);
    }
    auto report
        = SyncClient(*db, { p.value(QStringLiteral("server")), p.value(QStringLiteral("ca")), token }).runOnce();
    if (!report)
        return ctx.fail(report.error());
    if (report->clockFarOff())
        ctx.err << UiText::of("Sync",
            QT_TRANSLATE_NOOP("Sync",
                "Warning: this computer's clock is %1 minutes off the platform's. Times "
                "recorded here may be wrong; please correct the clock."))
                       .arg(report->clockOffsetSeconds / 60)
                       .bilingual()
                << Qt::endl;
    const qint64 attention = OutboxStore::attentionCount(*db).value();
    ctx.out << QCoreApplication::translate(
        "Cli", "Pushed %1 (%2 already there), refused %3; pulled %4 (%5 new). Needs attention: %6")
                   .arg(report->pushed)
                   .arg(report->duplicates)
                   .arg(report->refused)
                   .arg(report->pulled)
                   .arg(report->added)
                   .arg(attention)
            << Qt::endl;
    return 0;
}
