#include "storage/StorageError.h"

#include "common/Logging.h"

#include <QSqlError>
#include <sqlite3.h>

namespace {
UiText messageFor(int primary)
{
    switch (primary) {
    case SQLITE_FULL:
        return UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "The disk is full: nothing was saved. Free some space on the disk that holds the database, then "
                "try again."));
    case SQLITE_READONLY:
        return UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "The database is read-only (the file or its disk cannot be written): nothing was saved. Ask the "
                "station administrator to check the file's permissions."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "The database is locked by another program that is using it: nothing was saved. Close that "
                "program or wait for it to finish, then try again."));
    case SQLITE_IOERR:
        return UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "The disk could not be read or written (an input/output error): nothing was saved. Check the "
                "disk, then try again."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "The database file is damaged: nothing was saved. Ask the station administrator to restore the "
                "latest backup."));
    case SQLITE_CANTOPEN:
        return UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "The database file cannot be opened (it was moved, or its folder cannot be written): nothing "
                "was saved."));
    default:
        return {};
    }
}
} // namespace

bool StorageError::isEnvironmental(int sqliteCode)
{
    return !messageFor(sqliteCode & 0xff).isEmpty();
}

Error StorageError::from(int sqliteCode, const QString& detail)
{
    const int primary = sqliteCode & 0xff;
    const UiText message = messageFor(primary);
    if (message.isEmpty())
        return Error::internal(detail);
    qCDebug(lcStorage) << "storage unavailable:" << sqliteCode << detail;
    return { ErrorCode::Storage, {}, message };
}

Error StorageError::from(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return from(numeric ? code : SQLITE_ERROR, error.text());
}
