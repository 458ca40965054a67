#include "models/ChunkedTableModel.h"

#include "common/Logging.h"
#include "storage/DatabaseWorker.h"

#include <algorithm>

ChunkedTableModel::ChunkedTableModel(DatabaseWorker* worker, KeyOf keyOf, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
    , m_keyOf(keyOf)
{ }

int ChunkedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

bool ChunkedTableModel::isLoaded(int row) const
{
    return m_chunks.contains(row / kChunkRows);
}

int ChunkedTableModel::rowOfKey(qint64 key) const
{
    for (auto it = m_chunks.constBegin(); it != m_chunks.constEnd(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (keyOf(it->at(i)) == key)
                return it.key() * kChunkRows + i;
    return -1;
}

qint64 ChunkedTableModel::keyAt(int row) const
{
    auto it = m_chunks.constFind(row / kChunkRows);
    if (row < 0 || row >= m_rows || it == m_chunks.constEnd() || row % kChunkRows >= it->size())
        return 0;
    return keyOf(it->at(row % kChunkRows));
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
    requestCount();
}

void ChunkedTableModel::requestCount()
{
    const quint64 generation = m_generation;
    m_worker->post<Result<qint64>>(
        this, countJob(), [this, generation](Result<qint64> total) { countLoaded(generation, total); });
}

void ChunkedTableModel::refreshLoaded()
{
    QList<int> held = m_chunks.keys();
    std::sort(held.begin(), held.end());
    const quint64 generation = m_generation;
    const RowsJob rows = rowsJob();
    const CountJob count = countJob();
    const KeyOf keyOfRow = m_keyOf; // not the model: it may be gone before the job runs
    m_worker->post<Refresh>(
        this,
        [held, rows, count, keyOfRow](Database& db) {
            // One job, so the total and every chunk describe the same moment of the database.
            Refresh r;
            r.total = count(db);
            for (int chunk : held) {
                qint64 after = 0;
                if (!r.chunks.empty() && r.chunks.back().first == chunk - 1 && r.chunks.back().second.ok()
                    && r.chunks.back().second->size() == kChunkRows)
                    after = keyOfRow(r.chunks.back().second->last());
                r.chunks.emplace_back(chunk, rows(db, qint64(chunk) * kChunkRows, after, kChunkRows));
            }
            return r;
        },
        [this, generation](Refresh r) { refreshed(generation, r); });
}

void ChunkedTableModel::refreshed(quint64 generation, const Refresh& r)
{
    if (generation != m_generation)
        return; // a new query started meanwhile; it loads its own rows
    if (!r.total)
        return fail(r.total.error());
    for (const auto& [chunk, rows] : r.chunks)
        if (!rows)
            return fail(rows.error());
    const qint64 total = *r.total;
    bool sameRows = total == m_total && m_rows == int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    for (const auto& [chunk, rows] : r.chunks) {
        const QList<QVariant>& old = m_chunks.value(chunk);
        sameRows = sameRows && old.size() == rows->size();
        for (int i = 0; sameRows && i < old.size(); ++i)
            sameRows = keyOf(old.at(i)) == keyOf(rows->at(i));
    }
    if (sameRows) {
        for (const auto& [chunk, rows] : r.chunks) {
            m_chunks.insert(chunk, *rows);
            if (!rows->isEmpty())
                emit dataChanged(
                    index(chunk * kChunkRows, 0), index(chunk * kChunkRows + int(rows->size()) - 1, columnCount() - 1));
        }
        return;
    }
    // Rows came or went: the rows held and the total of the same moment replace the old ones at once.
    emit aboutToReshape();
    beginResetModel();
    ++m_generation; // chunks asked for before this moment would not fit it
    for (const auto& p : std::as_const(m_pending))
        p.second->store(true);
    m_pending.clear();
    m_chunks.clear();
    m_recent.clear();
    m_total = total;
    m_rows = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    for (const auto& [chunk, rows] : r.chunks)
        if (chunk * kChunkRows < m_rows && !rows->isEmpty())
            remember(chunk, *rows);
    endResetModel();
    emit totalCountChanged(total);
    emit reshaped();
}

void ChunkedTableModel::fail(const Error& e)
{
    qCWarning(lcStorage) << "the list could not be read:" << e.message.english;
    emit loadFailed(e.message);
}

void ChunkedTableModel::remember(int chunk, const QList<QVariant>& rows)
{
    m_chunks.insert(chunk, rows);
    m_recent.removeAll(chunk);
    m_recent.append(chunk);
    while (m_recent.size() > kMaxCachedChunks)
        m_chunks.remove(m_recent.takeFirst());
}

void ChunkedTableModel::chunkLoaded(
    quint64 generation, int chunk, const Result<QList<QVariant>>& loaded, const CancelFlag& cancelled)
{
    if (generation != m_generation || cancelled->load())
        return;
    m_pending.removeIf([chunk](const auto& p) { return p.first == chunk; });
    if (!loaded)
        return fail(loaded.error());
    QList<QVariant> rows = *loaded;
    const int first = chunk * kChunkRows;
    if (m_total >= 0 && first + rows.size() > m_rows)
        rows.resize(std::max(0, m_rows - first)); // the count of this query is what the view was told
    remember(chunk, rows);
    if (m_total >= 0 && rows.size() < std::min(kChunkRows, m_rows - first))
        return refreshLoaded(); // records went since the count: the rows and the count again, as one

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

void ChunkedTableModel::countLoaded(quint64 generation, const Result<qint64>& loaded)
{
    if (generation != m_generation)
        return;
    if (!loaded)
        return fail(loaded.error());
    const qint64 total = *loaded;
    const int rows = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (rows < m_rows) {
        // The database changed between the first page and the count: load again, as one.
        refreshLoaded();
        return;
    }
    m_total = total;
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    emit totalCountChanged(total);
}

const QVariant* ChunkedTableModel::rowValue(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
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
    qint64 after = 0;
    auto previous = m_chunks.constFind(chunk - 1);
    if (previous != m_chunks.constEnd() && previous->size() == kChunkRows)
        after = keyOf(previous->last());
    auto* self = const_cast<ChunkedTableModel*>(this);
    const quint64 generation = m_generation;
    const RowsJob rows = rowsJob();
    m_worker->post<Result<QList<QVariant>>>(
        self,
        [rows, chunk, after, cancelled](Database& db) -> Result<QList<QVariant>> {
            if (cancelled->load())
                return QList<QVariant>();
            return rows(db, qint64(chunk) * kChunkRows, after, kChunkRows);
        },
        [self, generation, chunk, cancelled](
            Result<QList<QVariant>> rows) { self->chunkLoaded(generation, chunk, rows, cancelled); });
}
