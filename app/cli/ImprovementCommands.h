#pragma once

#include "cli/Command.h"

// qsdesk-cli evaluation add --kind self|client|third_party --from D --to D --evaluator NAME
//                           --conclusion TEXT [--score 0-100] [--report FILE] | evaluation list [--json]   (8.1.2)
class EvaluationCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("evaluation"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    static int add(CliContext& ctx, const QStringList& args);
    static int list(CliContext& ctx, const QStringList& args);
};

// qsdesk-cli improvement add --problem T --measure T --owner NAME --due D [--complaint N] [--finding T]
// qsdesk-cli improvement update ID --status planned|in_progress|done|reviewed [--review T]
// qsdesk-cli improvement list [--json]                                                           (8.2)
class ImprovementCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("improvement"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    static int add(CliContext& ctx, const QStringList& args);
    static int update(CliContext& ctx, const QStringList& args);
    static int list(CliContext& ctx, const QStringList& args);
};
