#include "models/AgencyListModel.h"

#include "domain/Catalog.h"

#include <QBrush>
#include <QColor>

void AgencyListModel::setAgencies(QList<Agency> agencies, const QDate& today)
{
    beginResetModel();
    m_agencies = std::move(agencies);
    m_today = today;
    endResetModel();
}

const Agency* AgencyListModel::agencyAt(int row) const
{
    return row >= 0 && row < m_agencies.size() ? &m_agencies.at(row) : nullptr;
}

int AgencyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_agencies.size());
}

int AgencyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyListModel::data(const QModelIndex& index, int role) const
{
    const Agency* a = agencyAt(index.row());
    if (!a)
        return {};
    const bool renew = !a->needingRenewal(m_today).isEmpty();
    if (role == Qt::ForegroundRole && index.column() == Qualifications && renew)
        return QBrush(QColor(0xc0, 0x00, 0x00));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return a->name;
    case Kind:
        return AgencyKinds::label(a->kind).local;
    case Scope:
        return role == Qt::ToolTipRole ? m_catalog.itemsWithClauses(a->items) : m_catalog.itemNames(a->items);
    case Qualifications: {
        QStringList parts;
        for (const Qualification& q : a->qualifications)
            parts << QStringLiteral("%1（%2，%3）")
                         .arg(q.name,
                             q.validTo.isValid() ? tr("to %1").arg(q.validTo.toString(Qt::ISODate)) : tr("no end"),
                             Qualifications::stateLabel(q.stateOn(m_today)).local);
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("；"));
    }
    case Load: {
        // Its record (issue 20): what came back, what was signed for late, what had to be urged.
        QStringList parts { tr("%1 open, %2 done").arg(a->openHandoffs).arg(a->doneHandoffs) };
        if (a->returnedHandoffs > 0)
            parts << tr("%n returned", nullptr, a->returnedHandoffs);
        if (a->lateSignFors > 0)
            parts << tr("%n signed for late", nullptr, a->lateSignFors);
        if (a->urgedHandoffs > 0)
            parts << tr("%n urged", nullptr, a->urgedHandoffs);
        return parts.join(tr(", "));
    }
    case Contact:
        return QStringList { a->contactName, a->phone }.join(QLatin1Char(' ')).trimmed();
    }
    return {};
}

QVariant AgencyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Scope:
        return tr("Service items");
    case Qualifications:
        return tr("Qualifications");
    case Load:
        return tr("Handoffs");
    case Contact:
        return tr("Contact");
    }
    return {};
}
