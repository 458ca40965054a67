#include "reports/ReportCharts.h"

#include "documents/PagedDocument.h"

#include <QCoreApplication>
#include <QPainter>

namespace {
// 16 cm wide on A4 at 300 dpi.
constexpr int kWidth = 1890;
const QColor kColors[] = { QColor(0x20, 0x9f, 0xdf), QColor(0x99, 0xca, 0x53), QColor(0xf6, 0xa6, 0x25) };

QFont font(int pixels, bool bold = false)
{
    QFont f(PagedDocument::documentFamily());
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QImage canvas(int height)
{
    QImage image(kWidth, height, QImage::Format_RGB32);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    return image;
}

// A tick step of 1, 2 or 5 times a power of ten giving at most five lines.
qint64 niceStep(qint64 top)
{
    for (qint64 power = 1;; power *= 10)
        for (qint64 m : { 1, 2, 5 })
            if (top / (m * power) <= 5)
                return m * power;
}
} // namespace

QImage ReportCharts::categoryBars(const MonthlyFigures& f)
{
    QImage image = canvas(800);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect plot(120, 40, kWidth - 160, 560);
    qint64 top = 1;
    for (const CountRow& r : f.byCategory)
        top = std::max({ top, r.count, r.previous, r.lastYear });
    const qint64 step = niceStep(top);
    const qint64 axisTop = (top / step + 1) * step;
    p.setFont(font(30));
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (qint64 v = 0; v <= axisTop; v += step) {
        const int y = plot.bottom() - int(double(v) / axisTop * plot.height());
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::black);
        p.drawText(QRect(0, y - 20, plot.left() - 12, 40), Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    const int groups = int(f.byCategory.size());
    const QStringList names = categoryLabels(f);
    p.setFont(font(28)); // two lines where a name needs them (特种设备, Special equipment)
    const double groupWidth = double(plot.width()) / std::max(1, groups);
    const double barWidth = groupWidth * 0.8 / 3;
    for (int g = 0; g < groups; ++g) {
        const CountRow& r = f.byCategory.at(g);
        const qint64 values[3] = { r.count, r.previous, r.lastYear };
        for (int k = 0; k < 3; ++k) {
            const int h = int(double(values[k]) / axisTop * plot.height());
            const QRectF bar(
                plot.left() + g * groupWidth + groupWidth * 0.1 + k * barWidth, plot.bottom() - h, barWidth - 3, h);
            p.fillRect(bar, kColors[k]);
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 6, groupWidth, 84),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            names.at(g));
    }
    const QString labels[3] = { QCoreApplication::translate("Report", "This period"),
        QCoreApplication::translate("Report", "Month before"),
        QCoreApplication::translate("Report", "Same month last year") };
    int x = plot.left();
    for (int k = 0; k < 3; ++k) {
        p.fillRect(QRect(x, 730, 36, 36), kColors[k]);
        p.drawText(QRect(x + 48, 720, 420, 56), Qt::AlignLeft | Qt::AlignVCenter, labels[k]);
        x += 480;
    }
    return image;
}

QStringList ReportCharts::categoryLabels(const MonthlyFigures& f)
{
    QStringList labels;
    for (const CountRow& r : f.byCategory)
        labels << (r.shortLabel.isEmpty() ? r.label : r.shortLabel);
    return labels;
}

QImage ReportCharts::channelShares(const MonthlyFigures& f)
{
    const int rows = int(f.byChannel.size());
    QImage image = canvas(60 + rows * 70);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font(32));
    qint64 top = 1;
    for (const CountRow& r : f.byChannel)
        top = std::max(top, r.count);
    const int labelWidth = 360, barLeft = labelWidth + 20, barMax = kWidth - barLeft - 320;
    for (int i = 0; i < rows; ++i) {
        const CountRow& r = f.byChannel.at(i);
        const int y = 30 + i * 70;
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, labelWidth, 56), Qt::AlignRight | Qt::AlignVCenter, r.label);
        const int w = int(double(r.count) / top * barMax);
        p.fillRect(QRect(barLeft, y + 8, std::max(w, 2), 40), kColors[0]);
        const QString share = f.received > 0
            ? QStringLiteral("%1（%2%）").arg(r.count).arg(100.0 * r.count / f.received, 0, 'f', 1)
            : QString::number(r.count);
        p.drawText(QRect(barLeft + w + 16, y, 400, 56), Qt::AlignLeft | Qt::AlignVCenter, share);
    }
    return image;
}
