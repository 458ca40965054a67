#pragma once

#include "common/Result.h"
#include "common/UiText.h"
#include "validation/TextRules.h"

#include <QList>
#include <QString>
#include <optional>

// The one table behind an enum that is stored by a stable key and shown by a translated label
// (channels, case statuses): the entries list each value once, in display order.
template<typename E>
struct KeyedEnumEntry
{
    E value;
    const char* key; // stored in the database and used by the CLI
    const char* label; // English source text, marked for lupdate where the table is written
};

template<typename E, std::size_t N>
class KeyedEnum
{
public:
    constexpr KeyedEnum(const char* context, const KeyedEnumEntry<E> (&entries)[N])
        : m_context(context)
        , m_entries(entries)
    { }

    QList<E> all() const
    {
        QList<E> list;
        for (const auto& e : m_entries)
            list << e.value;
        return list;
    }
    QString key(E value) const { return QString::fromLatin1(entry(value).key); }
    std::optional<E> fromKey(const QString& key) const
    {
        for (const auto& e : m_entries)
            if (key == QLatin1String(e.key))
                return e.value;
        return std::nullopt;
    }
    UiText label(E value) const { return UiText::of(m_context, entry(value).label); }
    // What someone typed into `field` ("SMS ", "Phone"), read as a key; BadInput naming the field.
    Result<E> parse(const QString& field, const QString& text) const
    {
        if (const auto v = fromKey(text.trimmed().toLower()))
            return *v;
        return Error::badInput(field, Fields::invalid(field, text));
    }

private:
    const KeyedEnumEntry<E>& entry(E value) const
    {
        for (const auto& e : m_entries)
            if (e.value == value)
                return e;
        return m_entries[0];
    }

    const char* m_context;
    const KeyedEnumEntry<E> (&m_entries)[N];
};
