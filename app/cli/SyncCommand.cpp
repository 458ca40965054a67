#include "cli/SyncCommand.h"

#include "cli/PasswordPrompt.h"
#include "cli/SyncAttention.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "sync/CredentialFile.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>

namespace {
// A station credential given for this run, and whether it was given at all (else the stored one).
struct GivenToken
{
    QString value;
    bool given = false;
};

// --token VALUE (kept for existing scripts, though other users see it in `ps`), --token - (one
// line on standard input) or QSDESK_SYNC_TOKEN, in that order; none of them: the stored one.
Result<GivenToken> givenToken(const QCommandLineParser& p, const QString& dbPath)
{
    QString token = p.value(QStringLiteral("token"));
    if (token == QLatin1String("-")) {
        token = PasswordPrompt::ask(QCoreApplication::translate("Cli", "Station credential: ")).trimmed();
        if (token.isEmpty())
            return Error::badInput(QStringLiteral("token"),
                UiText::of(
                    "Sync", QT_TRANSLATE_NOOP("Sync", "Station credential: standard input gave none (--token -).")));
    }
    if (token.isEmpty())
        token = qEnvironmentVariable("QSDESK_SYNC_TOKEN").trimmed();
    if (!token.isEmpty())
        return GivenToken { token, true };
    return GivenToken { CredentialFile::load(dbPath), false };
}
} // namespace

QString SyncCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Synchronise with the city platform once");
}

int SyncCommand::execute(CliContext& ctx, const QStringList& args)
{
    if (args.value(1) == QLatin1String("attention"))
        return SyncAttention::run(ctx, args.mid(1));
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli",
        "The station's credential is read from the environment variable QSDESK_SYNC_TOKEN, or from standard "
        "input with --token -, and stored beside the database once the platform has accepted it; later runs "
        "need none."));
    p.addOption({ QStringLiteral("server"),
        QCoreApplication::translate("Cli", "The platform's address, https://host:port"),
        QStringLiteral("url") });
    p.addOption({ QStringLiteral("ca"),
        QCoreApplication::translate("Cli", "The city's CA certificate (PEM)"),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("token"),
        QCoreApplication::translate("Cli",
            "The station's credential; - reads it from standard input. A value given here is visible to other "
            "users of this computer (ps): prefer - or QSDESK_SYNC_TOKEN"),
        QStringLiteral("token") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const QStringList words = p.positionalArguments();
    const bool verify = words == QStringList { QStringLiteral("verify") };
    if (!words.isEmpty() && !verify)
        return ctx.usage(
            QCoreApplication::translate("Cli", "Unknown sync command: %1. Known: sync, sync verify, sync attention.")
                .arg(words.first()));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto token = givenToken(p, ctx.dbPath);
    if (!token)
        return ctx.fail(token.error());
    SyncClient client(*db, { p.value(QStringLiteral("server")), p.value(QStringLiteral("ca")), token->value });
    if (token->given && token->value != CredentialFile::load(ctx.dbPath)) {
        const QString dbPath = ctx.dbPath;
        const QString value = token->value;
        client.onCredentialAccepted([dbPath, value] { return CredentialFile::save(dbPath, value); });
    }
    client.verifyAlways(verify);
    auto report = client.runOnce();
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
    auto attention = OutboxStore::attentionCount(*db);
    if (!attention)
        return ctx.fail(attention.error());
    auto held = QuarantineStore::heldCount(*db);
    if (!held)
        return ctx.fail(held.error());
    ctx.out << QCoreApplication::translate(
        "Cli", "Pushed %1 (%2 already there), refused %3; pulled %4 (%5 new). Needs attention: %6")
                   .arg(report->pushed)
                   .arg(report->duplicates)
                   .arg(report->refused)
                   .arg(report->pulled)
                   .arg(report->added)
                   .arg(*attention + *held)
            << Qt::endl;
    if (report->repaired > 0)
        ctx.out << QCoreApplication::translate(
            "Cli", "%1 records were different here from the platform's and were taken from it (logged).")
                       .arg(report->repaired)
                << Qt::endl;
    if (!verify)
        return 0;
    // Every sync checks; verify says what it found, and is exit 8 when something differs that no
    // repair can mend (records only here).
    if (!report->verified) {
        ctx.err << QCoreApplication::translate(
            "Cli", "Not compared: the platform's records for this station kept changing while it compared. Try again.")
                << Qt::endl;
        return 5;
    }
    if (!report->matches) {
        ctx.out << QCoreApplication::translate("Cli",
            "This station does not match the platform: %1 records here are not on the platform though nothing "
            "about them waits to be sent (the log names them). Ask the platform's administrator.")
                       .arg(report->onlyHere)
                << Qt::endl;
        return 8;
    }
    ctx.out << (report->setAside > 0
            ? QCoreApplication::translate("Cli",
                "This station matches the platform: %1 records in its scope compared, the same, except %2 "
                "held back, dismissed, refused or still to be sent here (see sync attention list).")
                  .arg(report->compared)
                  .arg(report->setAside)
            : QCoreApplication::translate(
                "Cli", "This station matches the platform: %1 records in its scope compared, the same.")
                  .arg(report->compared))
            << Qt::endl;
    return 0;
}
