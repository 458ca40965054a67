#pragma once

#include "common/Result.h"

class QSqlError;

// What a failed SQLite call means to the person at the desk. A full disk, a read-only file, a
// database another program has locked, a disk that cannot be read or a damaged file are not the
// program's fault: each has its own message in Chinese and English and ErrorCode::Storage (exit 6),
// and is logged at debug level only, since the message already says all. Anything else is an
// internal error as before.
namespace StorageError {
Error from(int sqliteCode, const QString& detail);
Error from(const QSqlError& error);
bool isEnvironmental(int sqliteCode); // disk full, read-only, locked, I/O, damaged, cannot open
} // namespace StorageError
