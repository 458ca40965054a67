#pragma once

#include "sync/OutboxOp.h"

#include <QAbstractTableModel>
#include <QDialog>

class DatabaseWorker;

// What the platform refused, one row each, with its reason (DESIGN.md §6: nothing is dropped
// silently). The records themselves stay here as they were saved.
class AttentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setOps(QList<OutboxOp> ops);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OutboxOp> m_ops;
};

class AttentionDialog : public QDialog
{
    Q_OBJECT

public:
    AttentionDialog(DatabaseWorker* worker, QWidget* parent = nullptr);

private:
    AttentionModel* m_model;
};
