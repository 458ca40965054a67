#pragma once

#include "domain/Actor.h"
#include "models/ListTableModel.h"
#include "storage/QuarantineStore.h"
#include "sync/OutboxOp.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <functional>

class Database;
class DatabaseWorker;
class QPushButton;
class QTableView;

// What the platform refused or found in conflict, one row each, with its reason and what to do
// (DESIGN.md §6: nothing is dropped silently). The records themselves stay here as they were saved.
class AttentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    enum Column
    {
        Saved,
        Record,
        Change,
        Reason,
        WhatToDo,
        ColumnCount
    };
    void setOps(QList<OutboxOp> ops);
    const OutboxOp* opAt(int row) const;
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
    AttentionDialog(DatabaseWorker* worker, const Actor& actor, QWidget* parent = nullptr);

signals:
    void resolved(); // an item left the list

private:
    void load();
    // The selected item settled by `settle` (marked dealt with, or a conflict's choice), on the
    // database thread.
    void settleCurrent(std::function<Status(Database&, qint64, const Actor&)> settle);
    // A record pulled from the platform that this station could not apply (QuarantineStore): apply
    // it again once mended, or dismiss it.
    void settleHeld(bool retry);

    DatabaseWorker* m_worker;
    Actor m_actor;
    AttentionModel* m_model;
    QTableView* m_view;
    QPushButton* m_resolve;
    QPushButton* m_keepPlatform;
    QPushButton* m_keepMine;
    ListTableModel<HeldRecord>* m_held;
    QTableView* m_heldView;
    QPushButton* m_retryHeld;
    QPushButton* m_dismissHeld;
};
