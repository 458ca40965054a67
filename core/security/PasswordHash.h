#pragma once

#include "common/Result.h"

#include <QString>

// Passwords as libsodium's Argon2id strings (issue 6): memory-hard, salted, the parameters inside
// the string so they can be raised later without breaking old accounts (needsRehash). A password
// is never stored, logged or kept longer than the call; the UTF-8 copy made here is wiped.
namespace PasswordHash {
// crypto_pwhash's "interactive" limits: 64 MiB and 2 passes, about 0.1-0.3 s on an office PC. Each
// guess at a stolen hash costs an attacker the same.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 64ull * 1024 * 1024;

Result<QString> make(const QString& password);
bool matches(const QString& stored, const QString& password);
bool needsRehash(const QString& stored);
} // namespace PasswordHash
