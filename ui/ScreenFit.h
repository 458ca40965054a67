#pragma once

#include <QRect>
#include <QScrollArea>
#include <QSize>

class QLayout;
class QWidget;

// Windows that fit the screen they open on (issue 18): a county office's laptop has 1366×768 or
// 1280×720, and a window taller than that hides its buttons below the bottom edge. Dialogs ask for
// the size they would like and get at most what the screen has; tall content scrolls inside the
// window while the buttons stay outside the scroll area, always visible.
namespace ScreenFit {
// Room a window manager takes around a window (title bar, borders), kept free when fitting.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 40;

// The available geometry (screen less panels) of the screen `w` is on, or would open on: its own,
// its parent window's, else the primary screen's.
QRect available(const QWidget* w);
// `wanted`, reduced to what fits the available screen with room for the window frame.
QSize fitted(const QWidget* w, QSize wanted);
// Resizes a dialog or window to `wanted` or less, so that it fits its screen with its frame.
void resize(QWidget* w, QSize wanted);
// A frameless scroll area around `content` (vertical scrolling, its width follows the area), for
// a form whose fields may be taller than the screen; put the buttons outside it.
QScrollArea* scrolling(QWidget* content, QWidget* parent);
QScrollArea* scrolling(QLayout* content, QWidget* parent);
} // namespace ScreenFit
