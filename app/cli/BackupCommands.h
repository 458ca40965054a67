#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F backup FILE     a consistent copy while the program is in use
class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};

// qsdesk-cli --db F restore FILE    checks the backup, keeps the replaced database, then replaces it
class RestoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
