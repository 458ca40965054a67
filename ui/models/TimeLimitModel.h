#pragma once

#include "workflow/TimeLimits.h"

#include <QAbstractTableModel>
#include <QHash>

// Every service item's time limits as the station has them now (issue 20): the catalog's shipped
// ones, or the station's own with the version, reason, date and who set them. Tens of rows,
// loaded whole.
class TimeLimitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Item,
        ResponseDays,
        CloseDays,
        Source,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    // `itemNames`: item codes to their names; `staffNames`: logins to people's names.
    void setLimits(
        QList<TimeLimits::Limit> limits, QHash<QString, QString> itemNames, QHash<QString, QString> staffNames);
    const TimeLimits::Limit* limitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TimeLimits::Limit> m_limits;
    QHash<QString, QString> m_itemNames;
    QHash<QString, QString> m_staffNames;
};
