#pragma once

#include <QKeySequence>
#include <QString>

class QAbstractButton;
class QAbstractItemView;
class QLineEdit;
class QWidget;

// One keyboard scheme for the forms of the desk (issue 18). In a form, Enter moves to the next
// field, the way clerks fill paper forms in, and never presses a default button behind their back
// (Enter in the notice's 其他事项 box used to add the item and issue the notice at once); a field
// that gives Enter a meaning of its own (add this item) keeps the focus. Enter on a focused button
// presses it. What saves the form or issues a numbered document is its button, or Ctrl+Enter.
namespace KeyFlow {
// Installs the scheme on `form` (a dialog): every push button in it stops being a default button,
// Enter moves on, Ctrl+Enter clicks `commit`, whose tooltip says so.
void enterMovesOn(QWidget* form, QAbstractButton* commit);
// Marks a field whose own Enter handling (returnPressed) is all Enter does there: the focus stays.
void enterStays(QWidget* field);
// Moves the focus to the next widget in the tab chain of `from`'s window that takes Tab focus.
void focusNext(QWidget* from);
// The search of a list page, the same on every page: Ctrl+F goes to `search` (its text selected),
// ↓ from it into `results` on the current row or the first.
void searchKeys(QWidget* page, QLineEdit* search, QAbstractItemView* results);
// "text (Ctrl+G)": the shortcut as written on the keys, for tooltips and labels.
QString withShortcut(const QString& text, const QKeySequence& keys);
} // namespace KeyFlow
