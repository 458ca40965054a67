#pragma once

#include "domain/Catalog.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

// Picks a service item of clause 5: category → item in a tree, filtered as you type (by clause
// number, Chinese or English words, or the item's keywords).
class CatalogPicker : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPicker(const Catalog& catalog, QWidget* parent = nullptr);

    QString selectedItem() const; // "5.2.2", or empty
    bool select(const QString& itemCode);
    void clear();
    QLineEdit* filterEdit() const { return m_filter; }

signals:
    void itemChanged(const QString& itemCode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};
