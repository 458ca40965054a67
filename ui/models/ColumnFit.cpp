#include "models/ColumnFit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <algorithm>

namespace {
const char* kFitting = "qsdeskColumnFit";

void fitNow(QTableView* view)
{
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    QFont bold = view->font(); // an overdue date is bold: measure every text as if it were
    bold.setBold(true);
    const QFontMetrics cell(bold);
    const QFontMetrics title(view->horizontalHeader()->font());
    const int titlePadding = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view) + 8;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QStringList widest = model->headerData(column, Qt::Horizontal, kWidestTextsRole).toStringList();
        if (widest.isEmpty())
            continue;
        int width = title.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + titlePadding;
        for (const QString& text : widest)
            width = std::max(width, cell.horizontalAdvance(text) + ColumnFit::cellPadding(view));
        if (view->columnWidth(column) < width)
            view->setColumnWidth(column, width);
    }
}

class Refit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FontChange)
            if (auto* view = qobject_cast<QTableView*>(watched))
                fitNow(view);
        return false;
    }
};
} // namespace

namespace ColumnFit {

void fit(QTableView* view)
{
    if (!view->property(kFitting).toBool()) {
        view->setProperty(kFitting, true);
        view->installEventFilter(new Refit(view));
    }
    fitNow(view);
}

int cellPadding(const QTableView* view)
{
    // QStyledItemDelegate keeps PM_FocusFrameHMargin + 1 free on each side of the text; a few
    // pixels more, so a label never touches the grid.
    return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 6;
}

} // namespace ColumnFit
