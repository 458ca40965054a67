#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>
#include <atomic>
#include <memory>

// A table over a result too large to hold (a million cases): rows are fetched in chunks, around
// what the view asks for, on a database worker thread. The total arrives separately; until then the
// model shows what it has. A new query bumps the generation, so late answers to an old one are
// dropped. Chunks continue from the key of the chunk before when it is loaded (no deep OFFSET), and
// the cache forgets the least recently used chunks beyond a limit, keeping memory flat.
class ChunkedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kChunkRows = 100;
    static constexpr int kMaxCachedChunks = 200;
    static constexpr int kMaxPendingChunks = 6; // older requests are cancelled: the view moved on

    explicit ChunkedTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    qint64 totalCount() const { return m_total; } // -1 while counting
    bool isLoaded(int row) const;
    // Loads the rows held now again, in place (a record changed): the view keeps its selection and
    // scroll position, where restart() would reset it.
    void refreshLoaded();

signals:
    void totalCountChanged(qint64 total);
    void firstChunkLoaded();

protected:
    // Set when a request is no longer wanted; the worker skips it if it has not started yet.
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    // Subclasses fetch rows [chunk * kChunkRows, +kChunkRows) after `beforeKey` (0 = use the offset)
    // and call chunkLoaded() with the same generation and flag; likewise countLoaded() for the total.
    virtual void requestChunk(quint64 generation, int chunk, qint64 beforeKey, CancelFlag cancelled) = 0;
    virtual void requestCount(quint64 generation) = 0;
    virtual qint64 keyOf(const QVariant& row) const = 0;

    void restart(); // a new query: forget everything and load again
    void chunkLoaded(quint64 generation, int chunk, const QList<QVariant>& rows, const CancelFlag& cancelled);
    void countLoaded(quint64 generation, qint64 total);
    const QVariant* rowValue(int row) const; // nullptr, and a load is scheduled, when not in memory yet
    quint64 generation() const { return m_generation; }

private:
    void ensureChunk(int chunk) const;

    quint64 m_generation = 0;
    int m_rows = 0;
    qint64 m_total = -1;
    mutable QHash<int, QList<QVariant>> m_chunks;
    mutable QList<int> m_recent; // chunk numbers, most recent last
    mutable QList<QPair<int, CancelFlag>> m_pending; // oldest first
};
