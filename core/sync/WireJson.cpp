#include "sync/WireJson.h"

#include <QJsonArray>
#include <utility>

void WireJson::appendString(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    auto flush = [&](qsizetype upTo) {
        if (upTo > plainFrom)
            out += text.mid(plainFrom, upTo - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    flush(text.size());
    out += '"';
}

namespace {
// A forward reader over JSON that QJsonDocument has accepted already; it still checks every
// bound, so text it was not meant for ends in failure rather than past the end.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    // A string's raw bytes between its quotes (escapes left as they are).
    std::optional<QByteArrayView> string()
    {
        skipSpace();
        if (m_p == m_end || *m_p != '"')
            return std::nullopt;
        const char* from = ++m_p;
        while (m_p != m_end && *m_p != '"') {
            if (*m_p == '\\' && ++m_p == m_end)
                return std::nullopt;
            ++m_p;
        }
        if (m_p == m_end)
            return std::nullopt;
        return QByteArrayView(from, m_p++ - from);
    }
    // Skips one value, counting the members of the objects in it.
    bool skipValue(int& members, int depth = 0)
    {
        if (depth > 512)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '"')
            return string().has_value();
        if (*m_p == '{') {
            ++m_p;
            if (take('}'))
                return true;
            do {
                if (!string() || !take(':') || !skipValue(members, depth + 1))
                    return false;
                ++members;
            } while (take(','));
            return take('}');
        }
        if (*m_p == '[') {
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(members, depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        }
        const char* from = m_p; // a number, true, false or null
        while (m_p != m_end && !isDelimiter(*m_p))
            ++m_p;
        return m_p != from;
    }
    const char* position() const { return m_p; }
    void skipSpace()
    {
        const char* from = m_p;
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
        m_spaced = m_spaced || m_p != from;
    }
    // Whether whitespace was skipped since the last call.
    bool spacedSince() { return std::exchange(m_spaced, false); }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    const char* m_p;
    const char* m_end;
    bool m_spaced = false;
};

// One op object: the span of its "payload" member's value, which must be an object given once.
std::optional<WireJson::RawPayload> payloadOfOp(Scanner& s)
{
    if (!s.take('{'))
        return std::nullopt;
    std::optional<WireJson::RawPayload> payload;
    if (s.take('}'))
        return std::nullopt;
    do {
        // A key written with an escape could be "payload" to the parser and not to this scanner.
        const auto key = s.string();
        if (!key || key->contains('\\') || !s.take(':'))
            return std::nullopt;
        s.skipSpace();
        const char* from = s.position();
        s.spacedSince();
        int members = 0;
        if (!s.skipValue(members))
            return std::nullopt;
        if (*key == "payload") {
            if (*from != '{' || payload)
                return std::nullopt;
            payload = WireJson::RawPayload { QByteArrayView(from, s.position() - from), members, !s.spacedSince() };
        }
    } while (s.take(','));
    if (!s.take('}'))
        return std::nullopt;
    return payload;
}
} // namespace

std::optional<QList<WireJson::RawPayload>> WireJson::payloadsOfOps(QByteArrayView body)
{
    Scanner s(body);
    if (!s.take('{'))
        return std::nullopt;
    std::optional<QList<RawPayload>> ops;
    if (s.take('}'))
        return std::nullopt;
    do {
        const auto key = s.string();
        if (!key || key->contains('\\') || !s.take(':'))
            return std::nullopt;
        if (*key != "ops") {
            int members = 0;
            if (!s.skipValue(members))
                return std::nullopt;
            continue;
        }
        if (ops || !s.take('['))
            return std::nullopt;
        ops.emplace();
        if (s.take(']'))
            continue;
        do {
            auto payload = payloadOfOp(s);
            if (!payload)
                return std::nullopt;
            ops->append(*payload);
        } while (s.take(','));
        if (!s.take(']'))
            return std::nullopt;
    } while (s.take(','));
    if (!s.take('}') || !s.atEnd())
        return std::nullopt;
    return ops;
}

namespace {
int membersIn(const QJsonValue& v);

int membersIn(const QJsonArray& a)
{
    int n = 0;
    for (const QJsonValue& v : a)
        n += membersIn(v);
    return n;
}

int membersIn(const QJsonValue& v)
{
    if (v.isObject())
        return WireJson::memberCount(v.toObject());
    if (v.isArray())
        return membersIn(v.toArray());
    return 0;
}
} // namespace

int WireJson::memberCount(const QJsonObject& object)
{
    int n = int(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        n += membersIn(it.value());
    return n;
}
