#include "models/ClientListModel.h"

#include "storage/ClientStore.h"
#include "storage/DatabaseWorker.h"

ClientListModel::ClientListModel(DatabaseWorker* worker, QObject* parent)
    : ChunkedTableModel(worker, &keyOfRow, parent)
{ }

void ClientListModel::setSearch(const QString& text)
{
    m_search = text;
    restart();
}

std::optional<Client> ClientListModel::clientAt(int row) const
{
    const QVariant* v = rowValue(row);
    if (!v)
        return std::nullopt;
    return v->value<Client>();
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::TextAlignmentRole))
        return {};
    const QVariant* v = rowValue(index.row());
    if (!v)
        return role == Qt::DisplayRole && index.column() == Name ? QVariant(tr("Loading…")) : QVariant();
    const Client c = v->value<Client>();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Cases ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    switch (index.column()) {
    case Name:
        return c.name;
    case Uscc:
        return c.uscc;
    case Contact:
        return c.contactName;
    case Phone:
        return c.phone;
    case Cases:
        return c.caseCount;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Uscc:
        return tr("Unified social credit code");
    case Contact:
        return tr("Contact");
    case Phone:
        return tr("Phone");
    case Cases:
        return tr("Cases");
    }
    return {};
}

ChunkedTableModel::RowsJob ClientListModel::rowsJob() const
{
    const QString search = m_search;
    return [search](Database& db, qint64 offset, qint64 afterKey, int limit) -> Result<QList<QVariant>> {
        qint64 before = afterKey;
        if (before == 0 && offset > 0) { // a jump into the middle: find the key to continue from
            auto key = ClientStore::seqAt(db, search, offset - 1);
            if (!key)
                return key.error();
            if (*key == 0)
                return QList<QVariant>();
            before = *key;
        }
        auto rows = ClientStore::find(db, { search, before, limit });
        if (!rows)
            return rows.error();
        QList<QVariant> out;
        out.reserve(rows->size());
        for (const Client& c : *rows)
            out << QVariant::fromValue(c);
        return out;
    };
}

ChunkedTableModel::CountJob ClientListModel::countJob() const
{
    const QString search = m_search;
    return [search](Database& db) { return ClientStore::count(db, search); };
}

qint64 ClientListModel::keyOfRow(const QVariant& row)
{
    return row.value<Client>().seq;
}
