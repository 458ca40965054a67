#include "widgets/SignaturePad.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace {
constexpr qreal kBaseWidth = 2.6;
constexpr int kMargin = 12;
} // namespace

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setMinimumSize(360, 140);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Sign here with the mouse, a pen or a finger"));
}

void SignaturePad::begin(const QPointF& at, qreal pressure)
{
    m_drawing = true;
    m_undone.clear(); // a new stroke ends what redo could bring back
    m_strokes.append(Stroke { Point { at, pressure } });
    update();
}

void SignaturePad::extend(const QPointF& at, qreal pressure)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    Stroke& s = m_strokes.last();
    if (QLineF(s.last().at, at).length() < 0.8) // jitter, not a movement
        return;
    s.append(Point { at, pressure });
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::undo()
{
    if (m_strokes.isEmpty())
        return;
    m_undone.append(m_strokes.takeLast());
    update();
    emit changed();
}

void SignaturePad::redo()
{
    if (m_undone.isEmpty())
        return;
    m_strokes.append(m_undone.takeLast());
    update();
    emit changed();
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty())
        return;
    // Clear is undoable stroke by stroke too: the strokes go to the redo list in reverse.
    while (!m_strokes.isEmpty())
        m_undone.append(m_strokes.takeLast());
    update();
    emit changed();
}

// Smooth ink: a quadratic curve from midpoint to midpoint with each sampled point as its control
// point, in short pieces so the pen's pressure can vary the width along the stroke.
void SignaturePad::drawStrokes(QPainter& painter, const QPointF& offset) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Stroke& s : m_strokes) {
        if (s.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawEllipse(s.first().at + offset, kBaseWidth / 2, kBaseWidth / 2);
            continue;
        }
        QPointF from = s.first().at + offset;
        for (int i = 1; i < s.size(); ++i) {
            const QPointF control = s.at(i - 1).at + offset;
            const QPointF to = i + 1 < s.size() ? (s.at(i).at + s.at(i + 1).at) / 2 + offset : s.at(i).at + offset;
            QPainterPath piece(from);
            piece.quadTo(i == 1 ? from : control, to);
            const qreal width = kBaseWidth * (0.6 + 0.8 * s.at(i).pressure);
            painter.setPen(QPen(Qt::black, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(piece);
            from = to;
        }
    }
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1, Qt::DashLine));
    p.drawLine(kMargin, height() - 30, width() - kMargin, height() - 30); // the line to sign on
    p.setPen(QColor(0x99, 0x99, 0x99));
    if (m_strokes.isEmpty())
        p.drawText(rect().adjusted(kMargin, 0, 0, -36), Qt::AlignLeft | Qt::AlignBottom, tr("Sign here"));
    drawStrokes(p, {});
    p.setPen(QPen(QColor(0x88, 0x88, 0x88)));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void SignaturePad::mousePressEvent(QMouseEvent* e)
{
    if (e->button() == Qt::LeftButton)
        begin(e->position(), 0.5);
}

void SignaturePad::mouseMoveEvent(QMouseEvent* e)
{
    if (e->buttons() & Qt::LeftButton)
        extend(e->position(), 0.5);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* e)
{
    if (e->button() == Qt::LeftButton)
        end();
}

void SignaturePad::tabletEvent(QTabletEvent* e)
{
    switch (e->type()) {
    case QEvent::TabletPress:
        begin(e->position(), e->pressure());
        break;
    case QEvent::TabletMove:
        extend(e->position(), e->pressure());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    e->accept(); // no synthesized mouse events on top of the pen's own
}

bool SignaturePad::event(QEvent* e)
{
    if (e->type() == QEvent::TouchBegin || e->type() == QEvent::TouchUpdate || e->type() == QEvent::TouchEnd) {
        auto* touch = static_cast<QTouchEvent*>(e);
        if (touch->points().isEmpty())
            return true;
        const QEventPoint& point = touch->points().first(); // one finger signs
        if (e->type() == QEvent::TouchBegin)
            begin(point.position(), 0.5);
        else if (e->type() == QEvent::TouchUpdate)
            extend(point.position(), 0.5);
        else
            end();
        e->accept();
        return true;
    }
    return QWidget::event(e);
}

QByteArray SignaturePad::toPng() const
{
    if (m_strokes.isEmpty())
        return {};
    QRectF ink;
    for (const Stroke& s : m_strokes)
        for (const Point& p : s)
            ink = ink.isNull() ? QRectF(p.at, QSizeF(1, 1)) : ink.united(QRectF(p.at, QSizeF(1, 1)));
    const QRect bounds = ink.toAlignedRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    QImage image(bounds.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        drawStrokes(p, -QPointF(bounds.topLeft()));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray SignaturePad::strokesJson() const
{
    QJsonArray strokes;
    for (const Stroke& s : m_strokes) {
        QJsonArray points;
        for (const Point& p : s)
            points.append(QJsonArray {
                qRound(p.at.x() * 10) / 10.0, qRound(p.at.y() * 10) / 10.0, qRound(p.pressure * 100) / 100.0 });
        strokes.append(points);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("width"), width() },
                             { QStringLiteral("height"), height() },
                             { QStringLiteral("strokes"), strokes } })
        .toJson(QJsonDocument::Compact);
}

void SignaturePad::setStrokesJson(const QByteArray& json)
{
    m_strokes.clear();
    m_undone.clear();
    for (const QJsonValue& stroke : QJsonDocument::fromJson(json).object().value(QStringLiteral("strokes")).toArray()) {
        Stroke s;
        for (const QJsonValue& point : stroke.toArray()) {
            const QJsonArray xyp = point.toArray();
            s.append(Point { QPointF(xyp.at(0).toDouble(), xyp.at(1).toDouble()), xyp.at(2).toDouble(0.5) });
        }
        if (!s.isEmpty())
            m_strokes.append(s);
    }
    update();
}
