#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

// 7.3.4: the client signs here with a mouse, a pen or a finger. Strokes are kept as points (in the
// pad's coordinates, with the pen pressure where there is one) and drawn as smooth curves through
// them; undo, redo and clear work stroke by stroke. The signature leaves as vector strokes (JSON)
// and as a PNG cropped to the ink, for the record and the printed sheet.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget* parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    QByteArray toPng() const; // empty when nothing is signed
    QByteArray strokesJson() const;
    void setStrokesJson(const QByteArray& json); // a draft's strokes back on the pad

    QSize sizeHint() const override { return { 520, 180 }; }

public slots:
    void undo();
    void redo();
    void clear();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    bool event(QEvent* event) override; // touch

private:
    struct Point
    {
        QPointF at;
        qreal pressure = 0.5;
    };
    using Stroke = QList<Point>;
    void begin(const QPointF& at, qreal pressure);
    void extend(const QPointF& at, qreal pressure);
    void end();
    void drawStrokes(QPainter& painter, const QPointF& offset) const;

    QList<Stroke> m_strokes;
    QList<Stroke> m_undone;
    bool m_drawing = false;
};
