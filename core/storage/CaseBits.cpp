#include "storage/CaseBits.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/Sql.h"
#include "storage/StatementLog.h"

#include <QScopeGuard>
#include <QtAlgorithms>
#include <algorithm>
#include <atomic>
#include <sqlite3.h>

namespace {
const char* const kWordsOfKey = "SELECT word, bits FROM case_bits WHERE key = ?1 AND word BETWEEN ?2 AND ?3";

Status readWords(RawStatement& st, const QString& key, qint64 first, qint64 last, std::vector<CaseBitmap::Word>& into)
{
    st.reset();
    st.bind(1, key);
    st.bind(2, first);
    st.bind(3, last);
    StatementLog::note(QString::fromLatin1(kWordsOfKey), { key, first, last });
    while (st.step())
        into.push_back({ st.int64(0), quint64(st.int64(1)) });
    if (!st.ok())
        return st.error();
    return success();
}

using RawSql::exec;
} // namespace

Result<CaseBitmap> CaseBitmap::load(Database& db, const QString& key, qint64 first, qint64 last)
{
    RawStatement st(db.handle(), kWordsOfKey);
    if (!st.ok())
        return st.error();
    CaseBitmap b;
    if (Status s = readWords(st, key, first, last, b.m_words); !s)
        return s.error();
    return b;
}

Result<CaseBitmap> CaseBitmap::loadAny(Database& db, const QStringList& keys, qint64 first, qint64 last)
{
    RawStatement st(db.handle(), kWordsOfKey);
    if (!st.ok())
        return st.error();
    std::vector<Word> all;
    for (const QString& key : keys)
        if (Status s = readWords(st, key, first, last, all); !s)
            return s.error();
    std::sort(all.begin(), all.end(), [](const Word& a, const Word& b) { return a.index < b.index; });
    CaseBitmap b;
    for (const Word& w : all) {
        if (!b.m_words.empty() && b.m_words.back().index == w.index)
            b.m_words.back().bits |= w.bits;
        else
            b.m_words.push_back(w);
    }
    return b;
}

void CaseBitmap::intersect(const CaseBitmap& other)
{
    std::vector<Word> out;
    auto a = m_words.cbegin();
    auto b = other.m_words.cbegin();
    while (a != m_words.cend() && b != other.m_words.cend()) {
        if (a->index < b->index) {
            ++a;
        } else if (b->index < a->index) {
            ++b;
        } else {
            if (const quint64 both = a->bits & b->bits)
                out.push_back({ a->index, both });
            ++a;
            ++b;
        }
    }
    m_words = std::move(out);
}

Result<CaseBitmap::Matches> CaseBitmap::matchesIn(Database& db, const QString& expression) const
{
    Matches m;
    if (m_words.empty())
        return m;
    const char* const sql = "SELECT rowid FROM case_search(?1) WHERE rowid BETWEEN ?2 AND ?3 ORDER BY rowid";
    RawStatement st(db.handle(), sql);
    if (!st.ok())
        return st.error();
    st.bind(1, expression);
    st.bind(2, firstWord() << 6);
    st.bind(3, (lastWord() << 6) | 63);
    StatementLog::note(QString::fromLatin1(sql), { expression, firstWord() << 6, (lastWord() << 6) | 63 });
    auto w = m_words.cbegin();
    while (st.step()) {
        const qint64 seq = st.int64(0);
        ++m.matches;
        while (w != m_words.cend() && w->index < seq >> 6)
            ++w;
        if (w != m_words.cend() && w->index == seq >> 6 && (w->bits >> (seq & 63)) & 1)
            ++m.inBitmap;
    }
    if (!st.ok())
        return st.error();
    return m;
}

bool CaseBitmap::contains(qint64 seq) const
{
    const qint64 index = seq >> 6;
    const auto it = std::lower_bound(
        m_words.cbegin(), m_words.cend(), index, [](const Word& w, qint64 i) { return w.index < i; });
    return it != m_words.cend() && it->index == index && (it->bits >> (seq & 63)) & 1;
}

qint64 CaseBitmap::count() const
{
    qint64 n = 0;
    for (const Word& w : m_words)
        n += qPopulationCount(w.bits);
    return n;
}

QString CaseBits::statusKey(const QString& status)
{
    return QStringLiteral("s:") + status;
}

QString CaseBits::channelKey(const QString& channel)
{
    return QStringLiteral("h:") + channel;
}

QString CaseBits::catalogKey(const QString& code)
{
    return (code.count(QLatin1Char('.')) == 1 ? QStringLiteral("c:") : QStringLiteral("i:")) + code;
}

QString CaseBits::tokenKey(const QString& token)
{
    return QStringLiteral("t:") + token;
}

QStringList CaseBits::receivedKeys(const QDate& from, const QDate& to)
{
    QStringList keys;
    if (!from.isValid() || !to.isValid())
        return keys;
    for (QDate day = from; day <= to;) {
        const QDate monthStart(day.year(), day.month(), 1);
        const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
        if (day == monthStart && monthEnd <= to) {
            keys << QStringLiteral("m:") + day.toString(QStringLiteral("yyyy-MM"));
            day = monthEnd.addDays(1);
        } else {
            keys << QStringLiteral("d:") + day.toString(Qt::ISODate);
            day = day.addDays(1);
        }
    }
    return keys;
}

namespace {
std::atomic<qint64> promoteAboveMatches { CaseBits::kPromoteAbove };
}

bool CaseBits::worthAKey(Database& db, qint64 matches)
{
    if (matches <= promoteAboveMatches)
        return false;
    auto last = Sql::one(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM cases"));
    return last && *last && matches > (**last).at(0).toLongLong() / 20;
}

void CaseBits::setPromoteAbove(qint64 matches)
{
    promoteAboveMatches = matches < 0 ? kPromoteAbove : matches;
}

Result<QSet<QString>> CaseBits::promotedTokens(Database& db)
{
    // Tokens are only ever added: their number and the last tell whether another connection added one.
    auto n = Sql::one(db, QStringLiteral("SELECT count(*), coalesce(max(token), '') FROM case_bit_terms"));
    if (!n)
        return n.error();
    const QString version = *n ? (**n).at(0).toString() + QLatin1Char(' ') + (**n).at(1).toString() : QString();
    Database::BitTokens& cache = db.bitTokens();
    if (cache.version != version) {
        auto rows = Sql::all(db, QStringLiteral("SELECT token FROM case_bit_terms"));
        if (!rows)
            return rows.error();
        cache.tokens.clear();
        for (const QVariantList& r : *rows)
            cache.tokens.insert(r.at(0).toString());
        cache.version = version;
    }
    return cache.tokens;
}

Status CaseBits::addSearchRow(Database& db, qint64 seq, const QString& tokens)
{
    auto promoted = promotedTokens(db);
    if (!promoted)
        return promoted.error();
    return addSearchRow(db, seq, tokens, *promoted);
}

Status CaseBits::addSearchRow(Database& db, qint64 seq, const QString& tokens, const QSet<QString>& promoted)
{
    if (promoted.isEmpty())
        return success();
    QSet<QString> seen;
    for (const QString& token : tokens.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!promoted.contains(token) || seen.contains(token))
            continue;
        seen.insert(token);
        if (Status s = Sql::write(db,
                QStringLiteral("INSERT INTO case_bits(key, word, bits) VALUES (?, ?, ?) "
                               "ON CONFLICT(key, word) DO UPDATE SET bits = bits | excluded.bits"),
                { tokenKey(token), seq >> 6, qint64(quint64(1) << (seq & 63)) });
            !s)
            return s;
    }
    return success();
}

Status CaseBits::promote(Database& db, const QString& token)
{
    sqlite3* h = db.handle();
    if (db.isArchive() || !sqlite3_get_autocommit(h))
        return success();
    // Not worth waiting for: while another connection writes (a pull's page), the next count tries again.
    sqlite3_busy_timeout(h, 100);
    Status begun = exec(h, "BEGIN IMMEDIATE");
    sqlite3_busy_timeout(h, Database::kBusyTimeoutMs);
    if (!begun)
        return begun;
    auto rollback = qScopeGuard([h] { exec(h, "ROLLBACK"); });
    {
        RawStatement add(h, "INSERT OR IGNORE INTO case_bit_terms(token) VALUES (?1)");
        add.bind(1, token);
        if (add.step(), !add.ok())
            return add.error();
        if (sqlite3_changes(h) == 0) { // another connection promoted it first
            rollback.dismiss();
            return exec(h, "COMMIT");
        }
        RawStatement matches(h, "SELECT rowid FROM case_search(?1) ORDER BY rowid");
        // OR REPLACE: words left by a token given up by hand would otherwise refuse the new ones.
        RawStatement write(h, "INSERT OR REPLACE INTO case_bits(key, word, bits) VALUES (?1, ?2, ?3)");
        if (!matches.ok() || !write.ok())
            return matches.ok() ? write.error() : matches.error();
        const QString key = tokenKey(token);
        matches.bind(1, QStringLiteral("\"%1\"").arg(token));
        qint64 index = -1;
        quint64 bits = 0;
        const auto flush = [&]() -> bool {
            if (index < 0)
                return true;
            write.reset();
            write.bind(1, key);
            write.bind(2, index);
            write.bind(3, qint64(bits));
            write.step();
            return write.ok();
        };
        qint64 n = 0;
        while (matches.step()) {
            const qint64 seq = matches.int64(0);
            if (seq >> 6 != index) {
                if (!flush())
                    return write.error();
                index = seq >> 6;
                bits = 0;
            }
            bits |= quint64(1) << (seq & 63);
            ++n;
        }
        if (!matches.ok())
            return matches.error();
        if (!flush())
            return write.error();
        qCDebug(lcSearch) << "token" << token << "has a key of its own:" << n << "cases";
    }
    if (Status s = exec(h, "COMMIT"); !s)
        return s;
    rollback.dismiss();
    return success();
}
