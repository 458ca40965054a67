#pragma once

#include "models/ColumnFit.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QHash>
#include <QHeaderView>
#include <QList>
#include <QTableView>
#include <algorithm>
#include <functional>

// A table over a list loaded whole (complaints, the return-visit worklist: hundreds of rows, read
// on the reader thread): each column a title and how to show a record; rows past a deadline in red.
template<typename T>
class ListTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString title;
        std::function<QString(const T&)> text;
    };
    ListTableModel(QList<Column> columns, std::function<bool(const T&)> late, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_late(std::move(late))
    { }

    void setRows(QList<T> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const T* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // What a column may show at its widest (a number, every state's label), for ColumnFit.
    void setWidest(int column, const QStringList& texts) { m_widest.insert(column, texts); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        const T* r = rowAt(index.row());
        if (!r || index.column() >= m_columns.size())
            return {};
        if (role == Qt::ForegroundRole && m_late && m_late(*r))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_columns.at(index.column()).text(*r);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
            return m_columns.at(section).title;
        if (orientation == Qt::Horizontal && role == kWidestTextsRole)
            return m_widest.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    std::function<bool(const T&)> m_late;
    QList<T> m_rows;
    QHash<int, QStringList> m_widest;
};

// Loads the list again (after a step moved a record on) without losing the person's place: the
// record chosen before stays chosen if it is still listed; if it left the list, the one that took
// its row is chosen (the one before it at the end), or nothing when the list is empty. Selecting
// emits the view's currentRowChanged, so the details follow.
template<typename T>
void replaceRowsKeepingChoice(
    ListTableModel<T>* model, QTableView* view, QList<T> rows, const std::function<QString(const T&)>& key)
{
    const int row = view->currentIndex().row();
    const T* chosen = model->rowAt(row);
    const QString was = chosen ? key(*chosen) : QString();
    model->setRows(std::move(rows));
    if (!chosen || model->rowCount() == 0)
        return;
    int next = -1;
    for (int i = 0; i < model->rowCount() && next < 0; ++i)
        if (key(*model->rowAt(i)) == was)
            next = i;
    view->selectRow(next >= 0 ? next : std::min(row, model->rowCount() - 1));
}

// The read-only, whole-row-selecting view these lists are shown in.
inline QTableView* listTableView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    return view;
}
