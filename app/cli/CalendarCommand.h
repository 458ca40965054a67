#pragma once

#include "cli/Command.h"

// qsdesk-cli calendar [--from DATE --days N]: the holiday calendar in use (years, where an
// administrator adds one), and the deadline N working days after DATE.
class CalendarCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
