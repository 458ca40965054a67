#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F init --city LZ --station LN --station-name 柳南区 [--level county|city|district|park]
class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
