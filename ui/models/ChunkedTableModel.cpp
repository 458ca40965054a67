#include "models/ChunkedTableModel.h"

ChunkedTableModel::ChunkedTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ChunkedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

bool ChunkedTableModel::isLoaded(int row) const
{
    return m_chunks.contains(row / kChunkRows);
}

void ChunkedTableModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_rows = 0;
    m_total = -1;
    m_chunks.clear();
    m_recent.clear();
    m_pending.clear();
    endResetModel();
    emit totalCountChanged(-1);
    m_pending.insert(0);
    requestChunk(m_generation, 0, 0);
    requestCount(m_generation);
}

void ChunkedTableModel::chunkLoaded(quint64 generation, int chunk, const QList<QVariant>& rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(chunk);
    m_chunks.insert(chunk, rows);
    m_recent.removeAll(chunk);
    m_recent.append(chunk);
    while (m_recent.size() > kMaxCachedChunks)
        m_chunks.remove(m_recent.takeFirst());

    const int first = chunk * kChunkRows;
    const int end = first + int(rows.size());
    if (m_total < 0 && end > m_rows) {
        // Before the count is known, the list grows with what has been loaded.
        beginInsertRows({}, m_rows, end - 1);
        m_rows = end;
        endInsertRows();
    } else if (!rows.isEmpty()) {
        emit dataChanged(index(first, 0), index(end - 1, columnCount() - 1));
    }
    if (chunk == 0)
        emit firstChunkLoaded();
}

void ChunkedTableModel::countLoaded(quint64 generation, qint64 total)
{
    if (generation != m_generation)
        return;
    m_total = total;
    const int rows = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    emit totalCountChanged(total);
}

const QVariant* ChunkedTableModel::rowValue(int row) const
{
    const int chunk = row / kChunkRows;
    auto it = m_chunks.constFind(chunk);
    if (it == m_chunks.constEnd()) {
        ensureChunk(chunk);
        return nullptr;
    }
    const int offset = row % kChunkRows;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void ChunkedTableModel::ensureChunk(int chunk) const
{
    if (m_pending.contains(chunk))
        return;
    m_pending.insert(chunk);
    qint64 before = 0;
    auto previous = m_chunks.constFind(chunk - 1);
    if (previous != m_chunks.constEnd() && previous->size() == kChunkRows)
        before = keyOf(previous->last());
    const_cast<ChunkedTableModel*>(this)->requestChunk(m_generation, chunk, before);
}
