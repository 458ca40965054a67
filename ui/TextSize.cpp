#include "TextSize.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QSettings>

namespace {
const QString kKey = QStringLiteral("ui/textSize");

const QFont& systemFont()
{
    static const QFont font = QApplication::font();
    return font;
}
} // namespace

QStringList TextSize::labels()
{
    return { QCoreApplication::translate("TextSize", "Standard (as the system sets it)"),
        QCoreApplication::translate("TextSize", "Larger"),
        QCoreApplication::translate("TextSize", "Largest") };
}

TextSize::Level TextSize::saved()
{
    const int v = QSettings().value(kKey, 0).toInt();
    return v == Larger ? Larger : v == Largest ? Largest : Standard;
}

void TextSize::save(Level level)
{
    QSettings().setValue(kKey, int(level));
}

void TextSize::apply(Level level)
{
    QFont font = systemFont();
    const qreal factor = level == Largest ? 1.5 : level == Larger ? 1.25 : 1.0;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    QApplication::setFont(font);
}
