#include "ScreenFit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>
#include <QWindow>

namespace ScreenFit {

QRect available(const QWidget* w)
{
    QScreen* screen = nullptr;
    for (const QWidget* at = w; at && !screen; at = at->parentWidget()) {
        if (const QWindow* handle = at->window()->windowHandle())
            screen = handle->screen();
    }
    if (!screen && w)
        screen = w->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

QSize fitted(const QWidget* w, QSize wanted)
{
    const QRect room = available(w);
    return { std::max(1, std::min(wanted.width(), room.width() - kFrameWidth)),
        std::max(1, std::min(wanted.height(), room.height() - kFrameHeight)) };
}

void resize(QWidget* w, QSize wanted)
{
    w->resize(fitted(w, wanted));
}

QScrollArea* scrolling(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setObjectName(content->objectName().isEmpty() ? QStringLiteral("scrollingForm")
                                                        : content->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(content); // tabbing to a field out of view scrolls to it (QScrollArea does that)
    return area;
}

QScrollArea* scrolling(QLayout* content, QWidget* parent)
{
    auto* inner = new QWidget;
    inner->setLayout(content);
    content->setContentsMargins(0, 0, 0, 0);
    return scrolling(inner, parent);
}

} // namespace ScreenFit
