#include "media/PhotoImport.h"

#include "storage/BlobStore.h"
#include "validation/TextRules.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace {
constexpr qint64 kMaxSignatureBytes = 2 << 20;

Error refused(const QString& field, const QString& name, const UiText& why)
{
    if (name.isEmpty())
        return Error::badInput(
            field, UiText::of("Media", QT_TRANSLATE_NOOP("Media", "%1: %2")).arg(Fields::label(field), why));
    return Error::badInput(
        field, UiText::of("Media", QT_TRANSLATE_NOOP("Media", "%1 %2: %3")).arg(Fields::label(field), name, why));
}

// A JPEG ends with its EOI marker and a PNG with its IEND chunk; a file cut short (a copy that did
// not finish) does not, and Qt's readers would hand back a half-grey picture without complaint.
bool complete(const QByteArray& bytes, const QByteArray& format)
{
    QByteArray tail = bytes.right(64);
    while (tail.endsWith('\0') || tail.endsWith('\n') || tail.endsWith('\r') || tail.endsWith(' '))
        tail.chop(1);
    if (format == "jpeg")
        return tail.endsWith("\xFF\xD9");
    if (format == "png")
        return tail.size() >= 8 && tail.mid(tail.size() - 8, 4) == "IEND";
    return false;
}

Result<QByteArray> readLimited(const QString& path, const QString& field, qint64 limit)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refused(field,
            name,
            UiText::of("Media", QT_TRANSLATE_NOOP("Media", "cannot be opened (%1).")).arg(f.errorString()));
    if (f.size() > limit)
        return refused(field,
            name,
            UiText::of("Media", QT_TRANSLATE_NOOP("Media", "is %1 MB; at most %2 MB can be attached."))
                .arg(QString::number(double(f.size()) / (1 << 20), 'f', 1), qlonglong(limit >> 20)));
    return f.readAll();
}

Result<QImage> decode(const QByteArray& bytes, const QString& field, const QString& name, QByteArray* formatOut)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation: the picture as the photographer held the camera
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png")
        return refused(field, name, UiText::of("Media", QT_TRANSLATE_NOOP("Media", "is not a JPEG or PNG image.")));
    if (!complete(bytes, format))
        return refused(field, name, UiText::of("Media", QT_TRANSLATE_NOOP("Media", "is damaged or cut short.")));
    QImage image = reader.read();
    if (image.isNull())
        return refused(field,
            name,
            UiText::of("Media", QT_TRANSLATE_NOOP("Media", "cannot be read as an image (%1)."))
                .arg(reader.errorString()));
    if (formatOut)
        *formatOut = format;
    return image;
}
} // namespace

Result<PreparedImage> PhotoImport::photo(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    auto bytes = readLimited(path, QStringLiteral("photo"), kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    auto image = decode(*bytes, QStringLiteral("photo"), name, nullptr);
    if (!image)
        return image.error();
    QImage upright = *image;
    if (std::max(upright.width(), upright.height()) > kMaxSide)
        upright = upright.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // JPEG has no transparency: a PNG's clear parts become white, as on paper.
    if (upright.hasAlphaChannel()) {
        QImage flat(upright.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, upright);
        upright = flat;
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(85);
    if (!writer.write(upright))
        return Error::internal(QStringLiteral("cannot encode %1 as JPEG: %2").arg(name, writer.errorString()));
    return PreparedImage { jpeg, BlobStore::sha256Of(jpeg), name, upright.width(), upright.height() };
}

Result<PreparedImage> PhotoImport::signatureFromPng(const QByteArray& png)
{
    QByteArray format;
    auto image = decode(png, QStringLiteral("signature"), QString(), &format);
    if (!image)
        return image.error();
    if (format != "png")
        return refused(QStringLiteral("signature"),
            QString(),
            UiText::of("Media", QT_TRANSLATE_NOOP("Media", "must be a PNG image.")));
    if (png.size() > kMaxSignatureBytes)
        return refused(QStringLiteral("signature"),
            QString(),
            UiText::of("Media", QT_TRANSLATE_NOOP("Media", "is %1 MB; at most %2 MB can be attached."))
                .arg(QString::number(double(png.size()) / (1 << 20), 'f', 1), qlonglong(kMaxSignatureBytes >> 20)));
    return PreparedImage { png, BlobStore::sha256Of(png), QString(), image->width(), image->height() };
}

Result<PreparedImage> PhotoImport::signature(const QString& path)
{
    auto bytes = readLimited(path, QStringLiteral("signature"), kMaxSignatureBytes);
    if (!bytes)
        return bytes.error();
    auto prepared = signatureFromPng(*bytes);
    if (!prepared)
        return prepared.error();
    PreparedImage p = prepared.value();
    p.fileName = QFileInfo(path).fileName();
    return p;
}
