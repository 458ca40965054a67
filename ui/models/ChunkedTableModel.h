#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class Database;
class DatabaseWorker;

// A table over a result too large to hold (a million cases): rows are fetched in chunks, around
// what the view asks for, on a database worker thread. The total arrives separately; until then the
// model shows what it has. A new query bumps the generation, so late answers to an old one are
// dropped. Chunks continue from the key of the chunk before when it is loaded (no deep OFFSET), and
// the cache forgets the least recently used chunks beyond a limit, keeping memory flat.
//
// When a record changes (refreshLoaded), the rows held and the total are read again in one job and
// applied at once: in place when the same records are still in the same rows; otherwise (a record
// left the filter, another came in) as a reset between aboutToReshape() and reshaped(), so a view
// can put its selection back on the same record or its neighbour. Rows never change under a view
// in two steps (rows removed at the end while the one chosen was in the middle).
class ChunkedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kChunkRows = 100;
    static constexpr int kMaxCachedChunks = 200;
    static constexpr int kMaxPendingChunks = 6; // older requests are cancelled: the view moved on

    // The key rows are paged by (a case's seq): a plain function of the row, so that jobs on the
    // database thread may use it without touching the model.
    using KeyOf = qint64 (*)(const QVariant& row);
    ChunkedTableModel(DatabaseWorker* worker, KeyOf keyOf, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    qint64 totalCount() const { return m_total; } // -1 while counting (or when counting failed)
    bool isLoaded(int row) const;
    // Loads the rows held now again, in place where it can (see above).
    void refreshLoaded();
    // The row of the record with this key among the rows held, or -1.
    int rowOfKey(qint64 key) const;
    qint64 keyAt(int row) const; // 0 when the row is not held

signals:
    void totalCountChanged(qint64 total);
    void firstChunkLoaded();
    void aboutToReshape();
    void reshaped();
    // A count or a page could not be read: the list shows what it had, and this says why.
    void loadFailed(const UiText& message);

protected:
    // The rows [offset, offset + limit) of the current query, or the `limit` rows after the one with
    // key `afterKey` when it is not 0; run on the database thread, so they capture the query by value.
    using RowsJob = std::function<Result<QList<QVariant>>(Database&, qint64 offset, qint64 afterKey, int limit)>;
    using CountJob = std::function<Result<qint64>(Database&)>;
    virtual RowsJob rowsJob() const = 0;
    virtual CountJob countJob() const = 0;
    qint64 keyOf(const QVariant& row) const { return m_keyOf(row); }

    void restart(); // a new query: forget everything and load again
    const QVariant* rowValue(int row) const; // nullptr, and a load is scheduled, when not in memory yet
    quint64 generation() const { return m_generation; }

private:
    using CancelFlag = std::shared_ptr<std::atomic_bool>;
    struct Refresh
    {
        Result<qint64> total = qint64(0);
        std::vector<std::pair<int, Result<QList<QVariant>>>> chunks; // by chunk number, ascending
    };

    void ensureChunk(int chunk) const;
    void requestCount();
    void chunkLoaded(quint64 generation, int chunk, const Result<QList<QVariant>>& rows, const CancelFlag& cancelled);
    void countLoaded(quint64 generation, const Result<qint64>& total);
    void refreshed(quint64 generation, const Refresh& r);
    void remember(int chunk, const QList<QVariant>& rows);
    void fail(const Error& e);

    DatabaseWorker* m_worker;
    KeyOf m_keyOf;
    quint64 m_generation = 0;
    int m_rows = 0;
    qint64 m_total = -1;
    mutable QHash<int, QList<QVariant>> m_chunks;
    mutable QList<int> m_recent; // chunk numbers, most recent last
    mutable QList<QPair<int, CancelFlag>> m_pending; // oldest first
};
