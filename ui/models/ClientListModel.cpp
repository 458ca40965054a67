#include "models/ClientListModel.h"

#include "storage/ClientStore.h"
#include "storage/DatabaseWorker.h"

ClientListModel::ClientListModel(DatabaseWorker* worker, QObject* parent)
    : ChunkedTableModel(parent)
    , m_worker(worker)
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

void ClientListModel::requestChunk(quint64 generation, int chunk, qint64 beforeKey, CancelFlag cancelled)
{
    const QString search = m_search;
    m_worker->post<QList<QVariant>>(
        this,
        [search, chunk, beforeKey, cancelled](Database& db) {
            QList<QVariant> out;
            if (cancelled->load())
                return out;
            qint64 before = beforeKey;
            if (before == 0 && chunk > 0) { // a jump into the middle: find the key to continue from
                auto key = ClientStore::seqAt(db, search, qint64(chunk) * kChunkRows - 1);
                if (!key || key.value() == 0)
                    return out;
                before = key.value();
            }
            auto rows = ClientStore::find(db, { search, before, kChunkRows });
            if (rows)
                for (const Client& c : rows.value())
                    out << QVariant::fromValue(c);
            return out;
        },
        [this, generation, chunk, cancelled](
            QList<QVariant> rows) { chunkLoaded(generation, chunk, rows, cancelled); });
}

void ClientListModel::requestCount(quint64 generation)
{
    const QString search = m_search;
    m_worker->post<qint64>(
        this,
        [search](Database& db) {
            auto n = ClientStore::count(db, search);
            return n ? n.value() : qint64(0);
        },
        [this, generation](qint64 total) { countLoaded(generation, total); });
}

qint64 ClientListModel::keyOf(const QVariant& row) const
{
    return row.value<Client>().seq;
}
