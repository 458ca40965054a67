#pragma once

#include "cli/Command.h"

// qsdesk-cli complaint add --channel phone|email|window|website|letter --summary T [--complainant N]
//                          [--contact C] [--about agency|staff|platform] [--agency ID] [--staff LOGIN]
//                          [--case NUMBER] [--category attitude|timeliness|quality|fees|discipline|other]
// qsdesk-cli complaint advance NUMBER --to STATE [--note T] [--valid yes|no] [--forwarded-to NAME]
// qsdesk-cli complaint list [--state S] [--open] [--overdue] [--from D] [--to D] [--json]
// qsdesk-cli complaint show NUMBER [--json]
// qsdesk-cli complaint stats --from D --to D [--json]      (7.5.4, 7.5.5)
class ComplaintCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("complaint"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    static int add(CliContext& ctx, const QStringList& args);
    static int advance(CliContext& ctx, const QStringList& args);
    static int list(CliContext& ctx, const QStringList& args);
    static int show(CliContext& ctx, const QStringList& args);
    static int stats(CliContext& ctx, const QStringList& args);
};
