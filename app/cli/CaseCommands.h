#pragma once

#include "cli/Command.h"

// qsdesk-cli case register --client ID --channel C --item 5.2.2 --summary TEXT [--answer TEXT] [--json]
// qsdesk-cli case list [--search Q] [--status S] [--item 5.2] [--channel C] [--from D] [--to D] [--limit N] [--json]
// qsdesk-cli case show NUMBER [--json]
// qsdesk-cli case accept REQUEST [--json] | case return REQUEST --reason T   (online requests, issue 23)
// qsdesk-cli case dispatch NUMBER --to STATION   (the city platform only, 4.2)
// qsdesk-cli case escalate NUMBER --reason T      (to the city platform, 4.3)
// qsdesk-cli case close NUMBER [--answer T] | case reopen NUMBER --reason T
// qsdesk-cli case handoff NUMBER --agency ID [--due-days N --reason T] [--override T]   (7.2.4)
// qsdesk-cli case instruct NUMBER --question T [--to WHOM] | case instructed NUMBER --answer T  (7.2.3)
// qsdesk-cli case progress NUMBER --told paper|sms|phone | --accepted | --declined REASON | --result T
//                                 | --followup NOTE     (after a handoff, 7.2.4, 7.3)
// qsdesk-cli case receipt NUMBER --pdf FILE   (the acceptance receipt, 受理回执)
// qsdesk-cli case merge KEEP OTHER   (a request registered twice, supervisors; issue 21)
// qsdesk-cli case contact NUMBER --channel C --summary T   (asked again about an open case, instead of a new one)
// qsdesk-cli case pause NUMBER --reason materials|testing|expert|instruction [--note T] | case resume NUMBER
//            | case extend NUMBER --days N --reason T | case extension NUMBER approve|refuse [--note T]
//            | case urge NUMBER --note T     (the case's clock, issue 20)
// qsdesk-cli case pause-notice NUMBER --pdf FILE | case urge-notice NUMBER --pdf FILE   (its papers)
class CaseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    int registerCase(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int listPending(CliContext& ctx, const QCommandLineParser& p);
    int show(CliContext& ctx, const QStringList& args);
    int dispatch(CliContext& ctx, const QStringList& args);
    int intake(CliContext& ctx, const QStringList& args); // accept or return an online request
    // escalate, close, reopen: a case number and one text option, through CaseActions.
    int act(CliContext& ctx, const QStringList& args);
    int handoff(CliContext& ctx, const QStringList& args);
    int instruct(CliContext& ctx, const QStringList& args);
    int progress(CliContext& ctx, const QStringList& args);
    int receipt(CliContext& ctx, const QStringList& args);
    int merge(CliContext& ctx, const QStringList& args); // 合并 (issue 21)
    int contact(CliContext& ctx, const QStringList& args); // the client asked again about an open case
    // pause, resume, extend, extension, urge: the case's clock, through CaseClocks.
    int clock(CliContext& ctx, const QStringList& args);
    int clockNotice(CliContext& ctx, const QStringList& args);
};
