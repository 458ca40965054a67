// 7.3.4 the signature pad: drawn with real mouse events, undone and redone stroke by stroke, exported
// as a PNG cropped to the ink and as vector strokes.
#include "widgets/SignaturePad.h"

#include "UiFixture.h"
#include "support/QtCatch.h"

#include <QApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
void drawStroke(SignaturePad& pad, const QList<QPoint>& points)
{
    QTest::mousePress(&pad, Qt::LeftButton, {}, points.first());
    for (const QPoint& p : points.mid(1)) {
        QMouseEvent move(QEvent::MouseMove, p, pad.mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&pad, &move);
    }
    QTest::mouseRelease(&pad, Qt::LeftButton, {}, points.last());
}

QList<QPoint> wave(int y0)
{
    QList<QPoint> points;
    for (int x = 30; x <= 330; x += 6)
        points << QPoint(x, y0 + int(25 * std::sin(x / 20.0)));
    return points;
}
} // namespace

TEST_CASE("a signature drawn with the mouse becomes a cropped PNG and vector strokes", "[ui][signature]")
{
    SignaturePad pad;
    pad.resize(520, 180);
    pad.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pad, UiFixture::kPatienceMs));
    CHECK(pad.isEmpty());
    CHECK(pad.toPng().isEmpty());
    int changes = 0;
    QObject::connect(&pad, &SignaturePad::changed, [&] { ++changes; });
    drawStroke(pad, wave(80));
    drawStroke(pad, { QPoint(350, 60), QPoint(360, 90), QPoint(372, 120) });
    CHECK(changes == 2);
    const QImage png = QImage::fromData(pad.toPng(), "PNG");
    REQUIRE_FALSE(png.isNull());
    CHECK(png.width() < pad.width()); // cropped to the ink, with a margin
    CHECK(png.width() > 300);
    int dark = 0;
    for (int y = 0; y < png.height(); ++y)
        for (int x = 0; x < png.width(); ++x)
            dark += qGray(png.pixel(x, y)) < 100 ? 1 : 0;
    CHECK(dark > 300); // there is ink
    const QJsonObject strokes = QJsonDocument::fromJson(pad.strokesJson()).object();
    CHECK(strokes.value(QStringLiteral("strokes")).toArray().size() == 2);

    pad.undo();
    CHECK(QJsonDocument::fromJson(pad.strokesJson()).object().value(QStringLiteral("strokes")).toArray().size() == 1);
    pad.redo();
    CHECK(QJsonDocument::fromJson(pad.strokesJson()).object().value(QStringLiteral("strokes")).toArray().size() == 2);
    pad.clear();
    CHECK(pad.isEmpty());
    pad.redo();
    pad.redo();
    CHECK(QJsonDocument::fromJson(pad.strokesJson()).object().value(QStringLiteral("strokes")).toArray().size() == 2);
    drawStroke(pad, wave(120)); // a new stroke: nothing left to redo
    pad.redo();
    CHECK(QJsonDocument::fromJson(pad.strokesJson()).object().value(QStringLiteral("strokes")).toArray().size() == 3);
}
