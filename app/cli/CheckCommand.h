#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F check: SQLite integrity, foreign keys, schema version, search index, station.
class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
