#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F report monthly --month 2026-10 [--station CODE] [--pdf FILE] [--csv FILE] [--json]
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    // report demand --from D --to D [--pdf FILE] [--json]: what clients ask for (7.1.3, issue 21).
    static int demand(CliContext& ctx, const QStringList& args);
};
