#pragma once

#include "cli/Command.h"

// qsdesk-cli notice issue CASE --pdf FILE [--item TEXT]… [--no-materials] [--reason T] [--next T]
//                        [--contact T] [--by YYYY-MM-DD] [--again REASON]   (prints the notice number)
// qsdesk-cli notice pdf NUMBER --pdf FILE        (the same document again)
// qsdesk-cli notice deliver NUMBER --how paper|sms|phone
class NoticeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("notice"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    int issue(CliContext& ctx, const QStringList& args);
    int pdf(CliContext& ctx, const QStringList& args);
    int deliver(CliContext& ctx, const QStringList& args);
};
