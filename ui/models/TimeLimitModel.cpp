#include "TimeLimitModel.h"

#include "common/Clock.h"
#include "domain/CaseEvents.h"

void TimeLimitModel::setLimits(
    QList<TimeLimits::Limit> limits, QHash<QString, QString> itemNames, QHash<QString, QString> staffNames)
{
    beginResetModel();
    m_limits = std::move(limits);
    m_itemNames = std::move(itemNames);
    m_staffNames = std::move(staffNames);
    endResetModel();
}

const TimeLimits::Limit* TimeLimitModel::limitAt(int row) const
{
    return row >= 0 && row < m_limits.size() ? &m_limits.at(row) : nullptr;
}

int TimeLimitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_limits.size());
}

int TimeLimitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimeLimitModel::data(const QModelIndex& index, int role) const
{
    const TimeLimits::Limit* l = limitAt(index.row());
    if (!l || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == ResponseDays || index.column() == CloseDays))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Item:
        return m_itemNames.value(l->itemCode, l->itemCode);
    case ResponseDays:
        return l->responseDays;
    case CloseDays:
        return l->closeDays;
    case Source:
        if (l->version == 0)
            return tr("the catalog's");
        return tr("the station's, version %1, %2 by %3: %4")
            .arg(l->version)
            .arg(Clock::displayDateTime(l->changedAt), CaseEvents::staff(m_staffNames, l->changedBy), l->reason);
    }
    return {};
}

QVariant TimeLimitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Service item");
    case ResponseDays:
        return tr("Response (working days)");
    case CloseDays:
        return tr("Closing (working days)");
    case Source:
        return tr("Set by");
    }
    return {};
}
