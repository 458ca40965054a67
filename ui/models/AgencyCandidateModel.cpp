#include "models/AgencyCandidateModel.h"

#include "domain/Catalog.h"

#include <QBrush>
#include <QColor>

void AgencyCandidateModel::setCandidates(QList<AgencyCandidate> candidates, const QString& itemCode, const QDate& today)
{
    beginResetModel();
    m_all = std::move(candidates);
    m_item = itemCode;
    m_today = today;
    filter();
    endResetModel();
}

void AgencyCandidateModel::setShowAll(bool all)
{
    m_showAll = all;
    refilter();
}

void AgencyCandidateModel::refilter()
{
    beginResetModel();
    filter();
    endResetModel();
}

void AgencyCandidateModel::filter()
{
    m_shown.clear();
    for (const AgencyCandidate& c : std::as_const(m_all))
        if (m_showAll || c.offered)
            m_shown << &c;
}

const AgencyCandidate* AgencyCandidateModel::candidateAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row) : nullptr;
}

int AgencyCandidateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AgencyCandidateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyCandidateModel::data(const QModelIndex& index, int role) const
{
    const AgencyCandidate* c = candidateAt(index.row());
    if (!c)
        return {};
    if (role == Qt::ForegroundRole && !c->offered)
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Agency& a = c->agency;
    switch (index.column()) {
    case Name:
        return a.kind == AgencyKind::ExpertTeam ? tr("%1 (expert team)").arg(a.name) : a.name;
    case Scope:
        return role == Qt::ToolTipRole ? m_catalog.itemsWithClauses(a.items) : m_catalog.itemNames(a.items);
    case Qualification: {
        QStringList states;
        for (const ::Qualification& q : a.qualifications)
            if (q.covers(m_item))
                states << QStringLiteral("%1：%2").arg(q.name, Qualifications::stateLabel(q.stateOn(m_today)).local);
        return states.isEmpty() ? tr("none") : states.join(QStringLiteral("；"));
    }
    case Load:
        return tr("%1 open, %2 done").arg(a.openHandoffs).arg(a.doneHandoffs);
    case Note:
        return c->offered ? QString() : c->whyNotOffered.local;
    }
    return {};
}

QVariant AgencyCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Agency");
    case Scope:
        return tr("Service items");
    case Qualification:
        return tr("Qualification for this item");
    case Load:
        return tr("Handoffs");
    case Note:
        return tr("Not offered because");
    }
    return {};
}
