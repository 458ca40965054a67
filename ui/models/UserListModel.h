#pragma once

#include "domain/UserAccount.h"

#include <QAbstractTableModel>

// The station's accounts (tens of rows, loaded whole): login, name, role, state, last log-in.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        Name,
        RoleColumn,
        State,
        LastLogin,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setUsers(QList<UserAccount> users);
    const UserAccount* userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<UserAccount> m_users;
};
