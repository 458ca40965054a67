#include "storage/BlobStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <openssl/sha.h>

QString BlobStore::sha256Of(const QByteArray& data)
{
    // OpenSSL's, with the CPU's SHA instructions where it has them: several times Qt's own, which
    // was a sixth of a pull with photos in it (issue 22).
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), digest);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char*>(digest), SHA256_DIGEST_LENGTH).toHex());
}

Result<QString> BlobStore::put(Database& db, const QByteArray& data)
{
    const QString sha = sha256Of(data);
    if (Status s = Sql::write(db,
            QStringLiteral("INSERT OR IGNORE INTO blobs(sha256, size, data, created_at) VALUES (?, ?, ?, ?)"),
            { sha, qint64(data.size()), data, Clock::toStorage(Clock::nowUtc()) });
        !s)
        return s.error();
    return sha;
}

Result<QByteArray> BlobStore::get(Database& db, const QString& sha256)
{
    auto row = Sql::one(db, QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"), { sha256 });
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound(UiText::of("Storage", QT_TRANSLATE_NOOP("Storage", "No stored file %1.")).arg(sha256));
    return (**row).at(0).toByteArray();
}

Result<QStringList> BlobStore::waitingForUpload(Database& db)
{
    auto q = Sql::run(
        db.sql(), QStringLiteral("SELECT sha256 FROM blobs WHERE uploaded_at IS NULL ORDER BY created_at, sha256"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QStringList shas;
    while (query.next())
        shas << query.value(0).toString();
    return shas;
}

Status BlobStore::markUploaded(Database& db, const QString& sha256)
{
    return Sql::write(db,
        QStringLiteral("UPDATE blobs SET uploaded_at = ? WHERE sha256 = ?"),
        { Clock::toStorage(Clock::nowUtc()), sha256 });
}

Status BlobStore::markForUpload(Database& db, const QStringList& sha256s)
{
    for (const QString& sha : sha256s)
        if (Status s = Sql::write(db, QStringLiteral("UPDATE blobs SET uploaded_at = NULL WHERE sha256 = ?"), { sha });
            !s)
            return s;
    return success();
}

bool BlobStore::has(Database& db, const QString& sha256)
{
    auto row = Sql::one(db, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), { sha256 });
    return row.ok() && row->has_value();
}

Status BlobStore::putDownloaded(Database& db, const QString& sha256, const QByteArray& data)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    return Sql::write(db,
        QStringLiteral(
            "INSERT OR IGNORE INTO blobs(sha256, size, data, created_at, uploaded_at) VALUES (?, ?, ?, ?, ?)"),
        { sha256, qint64(data.size()), data, now, now });
}
