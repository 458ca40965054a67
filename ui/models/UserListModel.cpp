#include "UserListModel.h"

#include "common/Clock.h"

#include <QBrush>

void UserListModel::setUsers(QList<UserAccount> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserAccount* UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    const UserAccount* u = userAt(index.row());
    if (!u)
        return {};
    const bool locked = u->lockedUntil.isValid() && u->lockedUntil > Clock::nowUtc();
    if (role == Qt::ForegroundRole && (!u->active || locked))
        return QBrush(u->active ? QColor(0xb0, 0x00, 0x20) : QColor(Qt::gray));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Login:
        return u->login;
    case Name:
        return u->name;
    case RoleColumn:
        return Roles::label(u->role).local;
    case State:
        if (!u->active)
            return tr("Deactivated");
        if (locked)
            return tr("Locked until %1").arg(Clock::displayDateTime(u->lockedUntil));
        return u->failedLogins > 0 ? tr("Active (%n wrong password(s))", nullptr, u->failedLogins) : tr("Active");
    case LastLogin:
        return u->lastLoginAt.isValid() ? Clock::displayDateTime(u->lastLoginAt) : tr("never");
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login name");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    case LastLogin:
        return tr("Last log-in");
    }
    return {};
}
