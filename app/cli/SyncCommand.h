#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F sync --server URL --ca FILE [--token T]: one full round with the city platform.
// The token is stored on first use (beside the database, owner-only); exit 5 when the server cannot
// be reached or its certificate is not trusted, with the outbox intact.
class SyncCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int execute(CliContext& ctx, const QStringList& args) override;
};
