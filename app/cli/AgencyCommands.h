#pragma once

#include "cli/Command.h"

// qsdesk-cli agency add --name NAME [--uscc C] --items 5.1.2[,5.1.1…] [--kind agency|expert_team]
//                       [--contact N] [--phone P] [--capability T] [--qualification "NAME|NO|ISSUER|FROM|TO"]…
// qsdesk-cli agency import FILE.csv [--json]      (UTF-8 or GBK; all rows or none, with a per-row report)
// qsdesk-cli agency list [--item 5.1.2] [--json]   (with --item: ranked for that item, offered first)
class AgencyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("agency"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int import(CliContext& ctx, const QStringList& args);
};
