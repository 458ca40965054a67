#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// Values for a handful of keys read row by row (twelve categories, six channels, the clerks, the
// agencies), found by SQLite's own bytes in a short list: no string made or hashed per row.
template<typename T>
class FewKeys
{
public:
    // The value for `key`, made (value-initialised) the first time; `added` says whether it was.
    T& at(QByteArrayView key, bool* added = nullptr)
    {
        // Rows of day counts bring the same keys in the same order day after day: look after the
        // last one found first.
        const qsizetype n = m_entries.size();
        for (qsizetype i = 0; i < n; ++i) {
            const qsizetype at = (m_next + i) % n;
            if (m_entries[at].first == key) {
                if (added)
                    *added = false;
                m_next = (at + 1) % n;
                return m_entries[at].second;
            }
        }
        if (added)
            *added = true;
        m_entries.append({ key.toByteArray(), T {} });
        m_next = 0;
        return m_entries.last().second;
    }
    const QList<QPair<QByteArray, T>>& entries() const { return m_entries; }

private:
    QList<QPair<QByteArray, T>> m_entries;
    qsizetype m_next = 0; // where the next look starts
};
