#pragma once

#include "cli/Command.h"

// qsdesk-cli client add --name NAME [--uscc CODE] [--contact NAME] [--phone P] [--address A] [--json]
// qsdesk-cli client list [--search Q] [--limit N] [--json]
// qsdesk-cli client file CLIENT [--json] [--pdf FILE]   (CLIENT: the client's id or credit code)
class ClientCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("client"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int file(CliContext& ctx, const QStringList& args);
};
