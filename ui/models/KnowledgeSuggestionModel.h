#pragma once

#include "domain/Knowledge.h"

#include <QAbstractListModel>

// The knowledge entries offered beside a request being typed (issue 21), best first: each shows
// its question with its basis under it, and its answer as the tooltip.
class KnowledgeSuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setEntries(QList<KnowledgeEntry> entries);
    const KnowledgeEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<KnowledgeEntry> m_entries;
};
