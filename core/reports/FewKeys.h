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
        for (auto& [k, value] : m_entries)
            if (k == key) {
                if (added)
                    *added = false;
                return value;
            }
        if (added)
            *added = true;
        m_entries.append({ key.toByteArray(), T {} });
        return m_entries.last().second;
    }
    const QList<QPair<QByteArray, T>>& entries() const { return m_entries; }

private:
    QList<QPair<QByteArray, T>> m_entries;
};
