#pragma once

#include "PlatformStore.h"

#include <QJsonObject>

// Blobs (signatures, photos; DESIGN.md §6) go up before the records that name them, addressed by
// their SHA-256, in chunks appended in order: an upload cut halfway resumes at `received`, and a
// blob whose bytes do not hash to its name is discarded, never kept.
namespace BlobService {
constexpr qint64 kMaxBlobBytes = 64ll << 20; // a photo is scaled to 2048 px first: far below this

enum class Outcome
{
    Ok,
    BadRequest, // not a SHA-256, a size over the limit, a chunk past the end
    OffsetMismatch, // the chunk does not start where the upload stands (the answer says where)
    HashMismatch, // all bytes arrived and they are not what the name says: discarded
    NotFound,
    Forbidden,
};

struct Answer
{
    Outcome outcome = Outcome::Ok;
    QString message;
    QJsonObject body; // {"sha256", "size", "received", "complete"}
};

bool isSha256(const QString& text);
// Appends `chunk` at `offset` of a blob of `size` bytes; completes it when the last byte arrives.
Result<Answer> upload(PlatformStore& store,
    const PlatformStation& station,
    const QString& sha256,
    qint64 size,
    qint64 offset,
    const QByteArray& chunk);
Result<Answer> progress(PlatformStore& store, const QString& sha256);
// A complete blob's bytes, for the station that uploaded it, the city, and the stations that see a
// record naming it (blob_refs).
Result<QByteArray> download(PlatformStore& store, const PlatformStation& station, const QString& sha256, Answer& why);
} // namespace BlobService
