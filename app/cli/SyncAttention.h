#pragma once

#include "cli/Command.h"

// qsdesk-cli --db F sync attention list [--json] | retry ID | resolve ID: what needs a person after
// syncing (需处理的记录). out-N is a change of this station the platform refused or found in
// conflict; held-N a record pulled from the platform that this station could not apply, held back
// so the pull went on. retry applies a held record again once its cause is mended (and what waited
// for it); resolve marks an item dealt with (a held record is dismissed).
namespace SyncAttention {
int run(CliContext& ctx, const QStringList& args); // args[0] == "attention"
} // namespace SyncAttention
