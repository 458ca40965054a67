#pragma once

#include "cli/Command.h"

// qsdesk-cli feedback add CASE --channel website|phone|sms --content T          (7.4.1)
class FeedbackCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("feedback"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    static int add(CliContext& ctx, const QStringList& args);
};

// qsdesk-cli returnvisit add CASE --method onsite|phone --said T --matching N --level N --attitude N
//                            [--complaint N] [--contact NAME] [--comment T] [--at TIME] [--corrects ID]
// qsdesk-cli returnvisit due [--days 90] [--json]    the worklist of the plan (7.4.2)
// qsdesk-cli returnvisit list CASE [--json]
// qsdesk-cli returnvisit plan [--share PERCENT] [--complaints yes|no] [--within DAYS]
class ReturnVisitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("returnvisit"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    static int add(CliContext& ctx, const QStringList& args);
    static int due(CliContext& ctx, const QStringList& args);
    static int list(CliContext& ctx, const QStringList& args);
    static int plan(CliContext& ctx, const QStringList& args);
};
