#pragma once

#include <QAbstractTableModel>
#include <QBrush>
#include <QHeaderView>
#include <QList>
#include <QTableView>
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
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    std::function<bool(const T&)> m_late;
    QList<T> m_rows;
};

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
