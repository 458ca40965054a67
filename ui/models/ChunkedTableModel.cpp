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
    for (const auto& p : std::as_const(m_pending))
        p.second->store(true);
    m_pending.clear();
    endResetModel();
    emit totalCountChanged(-1);
    ensureChunk(0);
    requestCount(m_generation);
}

void ChunkedTableModel::refreshLoaded()
{
    const QList<int> held = m_chunks.keys();
    for (int chunk : held)
        ensureChunk(chunk);
    requestCount(m_generation);
}

void ChunkedTableModel::chunkLoaded(
    quint64 generation, int chunk, const QList<QVariant>& rows, const CancelFlag& cancelled)
{
    if (generation != m_generation || cancelled->load())
        return;
    m_pending.removeIf([chunk](const auto& p) { return p.first == chunk; });
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
    for (const auto& p : std::as_const(m_pending))
        if (p.first == chunk)
            return;
    // A scrollbar dragged through a million rows asks for hundreds of chunks on its way; only the
    // last few are still on screen when the worker gets to them.
    while (m_pending.size() >= kMaxPendingChunks)
        m_pending.takeFirst().second->store(true);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_pending.append({ chunk, cancelled });
    qint64 before = 0;
    auto previous = m_chunks.constFind(chunk - 1);
    if (previous != m_chunks.constEnd() && previous->size() == kChunkRows)
        before = keyOf(previous->last());
    const_cast<ChunkedTableModel*>(this)->requestChunk(m_generation, chunk, before, cancelled);
}
