#pragma once

#include "cli/Command.h"

// qsdesk-cli survey report --from D --to D [--station CODE] [--pdf F] [--csv F] [--json]   (8.1.1)
class SurveyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("survey"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    static int report(CliContext& ctx, const QStringList& args);
};
