#pragma once

#include <QString>

// Case files are confidential (7.6.3): the database, its WAL and its backups are readable by the
// operating-system account that owns them and nobody else (mode 600). SQLite gives the -wal and
// -shm files the mode of the database file, so setting the main file is enough.
namespace OwnerOnlyFile {
// Creates `path` empty with mode 600 if it does not exist; an existing file this account owns is
// narrowed to 600. False if the file could not be created.
bool prepare(const QString& path);
} // namespace OwnerOnlyFile
