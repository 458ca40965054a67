#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

// Photos attached to a visit (7.3.3): JPEG or PNG from disk, turned upright by their EXIF
// orientation, scaled to at most 2048 px on the long side and stored as JPEG with their SHA-256.
// What is too big, not an image, or damaged (a truncated file) is refused with the reason.
struct PreparedImage
{
    QByteArray bytes; // as stored
    QString sha256;
    QString fileName; // the original's name, for the record
    int width = 0;
    int height = 0;
};

namespace PhotoImport {
constexpr qint64 kMaxFileBytes = 30ll << 20;
constexpr int kMaxSide = 2048;
Result<PreparedImage> photo(const QString& path);
// A signature image (PNG, as the pad or a scanner makes it), kept as it is.
Result<PreparedImage> signature(const QString& path);
Result<PreparedImage> signatureFromPng(const QByteArray& png);
} // namespace PhotoImport
