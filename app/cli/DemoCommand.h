#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F demo --cases N [--seed S] [--until YYYY-MM-DD]
class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
