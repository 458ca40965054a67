#include "models/KnowledgeSuggestionModel.h"

void KnowledgeSuggestionModel::setEntries(QList<KnowledgeEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const KnowledgeEntry* KnowledgeSuggestionModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int KnowledgeSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant KnowledgeSuggestionModel::data(const QModelIndex& index, int role) const
{
    const KnowledgeEntry* e = entryAt(index.row());
    if (!e || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return e->basis.isEmpty() ? e->question : QStringLiteral("%1\n%2").arg(e->question, e->basis);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n\n%2").arg(e->answer, tr("%1, version %2").arg(e->number).arg(e->version));
    case Qt::UserRole:
        return e->number;
    default:
        return {};
    }
}
