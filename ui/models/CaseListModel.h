#pragma once

#include "domain/Catalog.h"
#include "domain/Records.h"
#include "models/ChunkedTableModel.h"
#include "search/CaseQuery.h"

class DatabaseWorker;

// The case list: newest first, filtered and searched by a CaseFilter, loaded lazily.
class CaseListModel : public ChunkedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Received,
        Client,
        Item,
        Channel,
        Status,
        Summary,
        ColumnCount
    };

    CaseListModel(DatabaseWorker* worker, const Catalog* catalog, QObject* parent = nullptr);

    void setFilter(const CaseFilter& filter); // reloads
    const CaseFilter& filter() const { return m_filter; }
    void reload() { restart(); }
    std::optional<CaseRecord> caseAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    void requestChunk(quint64 generation, int chunk, qint64 beforeKey, CancelFlag cancelled) override;
    void requestCount(quint64 generation) override;
    qint64 keyOf(const QVariant& row) const override;

private:
    DatabaseWorker* m_worker;
    const Catalog* m_catalog;
    CaseFilter m_filter;
};
