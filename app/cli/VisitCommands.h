#pragma once

#include "cli/Command.h"

// qsdesk-cli visit add CASE --summary TEXT --signer NAME --signature SIG.png [--photo FILE]…
//                         [--place P] [--staff S] [--client-people P] [--answers T] [--materials T]
//                         [--followup T]… [--corrects VISIT_ID]        (prints the visit id)
// qsdesk-cli visit show ID [--json]
// qsdesk-cli visit pdf ID --pdf FILE
class VisitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("visit"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    int add(CliContext& ctx, const QStringList& args);
    int show(CliContext& ctx, const QStringList& args);
    int pdf(CliContext& ctx, const QStringList& args);
};
