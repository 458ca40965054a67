#include "cli/BackupCommands.h"

#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

QString BackupCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli", "Write a consistent backup of the database, even while it is in use"));
}

int BackupCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), t(QT_TRANSLATE_NOOP("Cli", "The backup file to write")));
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: backup FILE")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    if (!ctx.allowedTo(Permission::BackupRestore, rc))
        return rc;
    auto bytes = Backup::write(*db, p.positionalArguments().first());
    if (!bytes)
        return ctx.fail(bytes.error());
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Backup written: %1 (%2 bytes)"))
                   .arg(p.positionalArguments().first(), QLocale().toString(*bytes))
            << Qt::endl;
    return 0;
}

QString RestoreCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli", "Replace the database with a checked backup, keeping the replaced one"));
}

int RestoreCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), t(QT_TRANSLATE_NOOP("Cli", "The backup file to restore")));
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: restore FILE")));
    if (QFileInfo::exists(ctx.dbPath)) {
        auto db = ctx.openDatabase(rc);
        if (!db)
            return rc;
        if (!ctx.allowedTo(Permission::BackupRestore, rc))
            return rc;
    }
    auto kept = Backup::restore(p.positionalArguments().first(), ctx.dbPath);
    if (!kept)
        return ctx.fail(kept.error());
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Restored from %1; the replaced database is kept as %2"))
                   .arg(p.positionalArguments().first(), *kept)
            << Qt::endl;
    return 0;
}
