#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Database;

// Blobs kept in the station's database by SHA-256 (hex): the same bytes are stored once.
namespace BlobStore {
QString sha256Of(const QByteArray& data);
// Stores the bytes (inside the caller's transaction) and returns their SHA-256.
Result<QString> put(Database& db, const QByteArray& data);
Result<QByteArray> get(Database& db, const QString& sha256);
// Blobs the platform does not hold whole yet, oldest first.
Result<QStringList> waitingForUpload(Database& db);
Status markUploaded(Database& db, const QString& sha256);
// The platform lacks them after all (it was restored from an older backup): upload them again.
Status markForUpload(Database& db, const QStringList& sha256s);
bool has(Database& db, const QString& sha256);
// A blob fetched from the platform, which therefore holds it (not uploaded again).
Status putDownloaded(Database& db, const QString& sha256, const QByteArray& data); // `sha256` checked by the caller
} // namespace BlobStore
