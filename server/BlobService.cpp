#include "BlobService.h"

#include "common/Clock.h"
#include "storage/BlobStore.h"

#include <QRegularExpression>

namespace {
using BlobService::Answer;
using BlobService::Outcome;

Answer stateOf(const QString& sha256, const BlobState& b)
{
    return { Outcome::Ok,
        {},
        { { QStringLiteral("sha256"), sha256 },
            { QStringLiteral("size"), b.size },
            { QStringLiteral("received"), b.received },
            { QStringLiteral("complete"), b.complete } } };
}

Answer refusal(Outcome outcome, const QString& message, const QJsonObject& body = {})
{
    return { outcome, message, body };
}
} // namespace

bool BlobService::isSha256(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

Result<Answer> BlobService::upload(PlatformStore& store,
    const PlatformStation& station,
    const QString& sha256,
    qint64 size,
    qint64 offset,
    const QByteArray& chunk)
{
    if (!isSha256(sha256))
        return refusal(Outcome::BadRequest, QStringLiteral("a blob is named by its SHA-256, 64 lowercase hex digits"));
    if (size < 0 || size > kMaxBlobBytes)
        return refusal(Outcome::BadRequest, QStringLiteral("size must be 0 to %1 bytes").arg(kMaxBlobBytes));
    if (offset < 0 || offset + chunk.size() > size)
        return refusal(Outcome::BadRequest, QStringLiteral("the chunk goes past the blob's size"));
    PlatformTransaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    auto held = store.blob(sha256);
    if (!held)
        return held.error();
    const QString now = Clock::toStorage(Clock::nowUtc());
    BlobState b;
    if (held->has_value()) {
        b = **held;
        if (b.size != size)
            return refusal(Outcome::BadRequest, QStringLiteral("this blob was started with size %1").arg(b.size));
        if (b.complete) // uploaded before (by anyone): the same bytes, nothing to do
            return stateOf(sha256, b);
    } else {
        if (Status s = store.startBlob(sha256, size, station.code, now); !s)
            return s.error();
        b = { size, 0, false, station.code };
    }
    if (offset != b.received)
        return refusal(Outcome::OffsetMismatch,
            QStringLiteral("the upload stands at byte %1, not %2").arg(b.received).arg(offset),
            stateOf(sha256, b).body);
    if (!chunk.isEmpty()) {
        if (Status s = store.appendBlobChunk(sha256, offset, chunk); !s)
            return s.error();
        b.received += chunk.size();
    }
    if (b.received == size) {
        auto data = store.blobData(sha256);
        if (!data)
            return data.error();
        const QString actual = BlobStore::sha256Of(*data);
        if (actual != sha256) {
            if (Status s = store.discardBlob(sha256); !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
            return refusal(Outcome::HashMismatch,
                QStringLiteral("the bytes hash to %1, not to the blob's name; it was discarded, upload it again")
                    .arg(actual));
        }
        if (Status s = store.completeBlob(sha256, now); !s)
            return s.error();
        b.complete = true;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return stateOf(sha256, b);
}

Result<Answer> BlobService::progress(PlatformStore& store, const QString& sha256)
{
    if (!isSha256(sha256))
        return refusal(Outcome::BadRequest, QStringLiteral("a blob is named by its SHA-256, 64 lowercase hex digits"));
    auto held = store.blob(sha256);
    if (!held)
        return held.error();
    if (!held->has_value())
        return refusal(Outcome::NotFound, QStringLiteral("no upload of this blob has started"));
    return stateOf(sha256, **held);
}

Result<QByteArray> BlobService::download(
    PlatformStore& store, const PlatformStation& station, const QString& sha256, Answer& why)
{
    if (!isSha256(sha256)) {
        why = refusal(Outcome::BadRequest, QStringLiteral("a blob is named by its SHA-256, 64 lowercase hex digits"));
        return QByteArray();
    }
    auto held = store.blob(sha256);
    if (!held)
        return held.error();
    if (!held->has_value() || !(*held)->complete) {
        why = refusal(Outcome::NotFound, QStringLiteral("no such blob here"));
        return QByteArray();
    }
    if ((*held)->station != station.code && !station.isCity()) {
        auto visible = store.blobVisibleTo(sha256, station);
        if (!visible)
            return visible.error();
        if (!*visible) {
            why = refusal(Outcome::Forbidden, QStringLiteral("this blob belongs to a record of another station"));
            return QByteArray();
        }
    }
    why = stateOf(sha256, **held);
    return store.blobData(sha256);
}
