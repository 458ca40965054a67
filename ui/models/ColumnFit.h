#pragma once

#include <Qt>

class QTableView;

// Columns as wide as what they hold (issue 18: 状态 showed 已一次性…, and an empty complaint list had
// its columns squeezed to their titles). A model names, for a column whose contents are known in
// advance (a case number, a date and time, every label a status can have), the widest texts it may
// show, as its horizontal header data in this role (a QStringList).
constexpr int kWidestTextsRole = Qt::UserRole + 40;

namespace ColumnFit {
// Widens each such column of `view` to its widest text and its title, never narrower than it is,
// and again whenever the view's font changes (the larger text setting).
void fit(QTableView* view);
// What a cell leaves of its width for the text (the delegate's margins and the grid line).
int cellPadding(const QTableView* view);
} // namespace ColumnFit
