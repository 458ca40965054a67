#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F audit verify [--against BACKUP]   checks the audit log's hash chain (7.6.3)
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    int verify(CliContext& ctx, const QStringList& args);
};
