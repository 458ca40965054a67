#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F archive --closed-before 2024-01-01 --to ARCHIVE.db    (7.6; administrators)
class ArchiveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("archive"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
