#pragma once

#include "common/Result.h"

#include <QString>

// The station's sync credential beside its database, in a file only its owner can read (0600).
// Used where no system keychain is at hand (the CLI, headless stations).
namespace CredentialFile {
QString pathFor(const QString& dbPath); // "<db>.credential"
Status save(const QString& dbPath, const QString& token);
QString load(const QString& dbPath); // empty if none
} // namespace CredentialFile
