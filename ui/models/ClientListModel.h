#pragma once

#include "domain/Records.h"
#include "models/ChunkedTableModel.h"

class DatabaseWorker;

// The client archive (客户档案), newest first, searched by name, USCC, contact or phone.
class ClientListModel : public ChunkedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Uscc,
        Contact,
        Phone,
        Cases,
        ColumnCount
    };

    explicit ClientListModel(DatabaseWorker* worker, QObject* parent = nullptr);

    void setSearch(const QString& text);
    void reload() { restart(); }
    std::optional<Client> clientAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    RowsJob rowsJob() const override;
    CountJob countJob() const override;
    static qint64 keyOfRow(const QVariant& row);

private:
    QString m_search;
};
