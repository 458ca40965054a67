#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F user add --login L --name N --role R    password from QSDESK_NEW_PASSWORD or a prompt
//                    user list [--json] | passwd LOGIN | role LOGIN ROLE | deactivate|activate|unlock LOGIN
class UserCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;

private:
    int add(CliContext& ctx, const QStringList& args);
    int list(CliContext& ctx, const QStringList& args);
    int change(CliContext& ctx, const QString& what, const QStringList& args);
};
