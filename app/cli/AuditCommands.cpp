#include "cli/AuditCommands.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

QString AuditCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP(
        "Cli", "The audit log (7.6.3): check that no entry was edited, removed or moved (verify [--against BACKUP])"));
}

int AuditCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("verify"))
        return verify(ctx, args.mid(1));
    return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: audit verify [--against BACKUP] [--json]")));
}

int AuditCommand::verify(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("against"),
        t(QT_TRANSLATE_NOOP("Cli",
            "An older backup of this station: its log must be the start of this one (finds entries cut "
            "from the end)")),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print the result as JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    if (!ctx.allowedTo(Permission::ViewAudit, rc))
        return rc;
    auto checked = AuditLog::verify(*db);
    if (!checked)
        return ctx.fail(checked.error());
    AuditLog::Verification v = *checked;
    if (v.holds() && p.isSet(QStringLiteral("against"))) {
        auto older = Database::open(p.value(QStringLiteral("against")), Database::Mode::ReadOnly);
        if (!older)
            return ctx.fail(older.error());
        v = AuditLog::verifyAgainst(*db, v, **older);
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("entries"), v.entries },
            { QStringLiteral("holds"), v.holds() },
            { QStringLiteral("head_seq"), v.headSeq },
            { QStringLiteral("head_hash"), v.headHash } };
        if (!v.holds()) {
            o.insert(QStringLiteral("broken_at"), v.brokenAt);
            o.insert(QStringLiteral("problem"), v.problem.english);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (v.holds()) {
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "The audit log holds: %1 entries, none edited, removed or moved."))
                       .arg(QLocale().toString(v.entries))
                << Qt::endl;
    }
    if (v.holds())
        return 0;
    ctx.err << v.problem.bilingual() << Qt::endl;
    return int(ErrorCode::Internal);
}
