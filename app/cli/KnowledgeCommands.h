#pragma once

#include "cli/Command.h"

// qsdesk-cli kb add --question T --answer T [--basis T] [--items 5.2.2[,…]] [--from D] [--to D]
// qsdesk-cli kb list [--all] [--json] | kb show ID [--json] | kb search QUERY [--item CODE] [--all] [--json]
// qsdesk-cli kb revise ID [--question T] [--answer T] [--basis T] [--items …] [--from D] [--to D] [--basis-withdrawn]
// qsdesk-cli kb propose CASE | kb proposals [--json] | kb approve ID | kb reject ID --reason T
// qsdesk-cli kb retire ID [--reason T]                                   (the knowledge base, issue 21)
class KnowledgeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("kb"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    static int add(CliContext& ctx, const QStringList& args);
    static int list(CliContext& ctx, const QStringList& args);
    static int show(CliContext& ctx, const QStringList& args);
    static int search(CliContext& ctx, const QStringList& args);
    static int revise(CliContext& ctx, const QStringList& args);
    static int propose(CliContext& ctx, const QStringList& args);
    static int proposals(CliContext& ctx, const QStringList& args);
    static int approve(CliContext& ctx, const QStringList& args);
    static int reject(CliContext& ctx, const QStringList& args);
    static int retire(CliContext& ctx, const QStringList& args);
};
