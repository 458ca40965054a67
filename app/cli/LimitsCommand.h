#pragma once

#include "cli/Command.h"

// qsdesk-cli limits [--json]: every service item's time limits now (issue 20), shipped or the
// station's own; qsdesk-cli limits set ITEM --response N --close N --reason T: the station's own,
// a new version (station administrators).
class LimitsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("limits"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
