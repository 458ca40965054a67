#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>
#include <limits>
#include <vector>

class Database;

// Sets of cases as bitmaps of their seqs, for counts (issue 22; migration 31): 64 cases a row of
// case_bits, one key per filter value (s:closed, h:window, c:5.1, i:5.1.2, m:2026-10, d:2026-10-03)
// and per frequent search token (t:咨询). Triggers keep the filter keys; the token keys are written
// with a case's search row (addSearchRow) once a count has found the token frequent (promote).
class CaseBitmap
{
public:
    struct Word
    {
        qint64 index; // seq >> 6
        quint64 bits; // bit seq & 63
    };

    // The key's words in [first, last] (all words: 0 and the largest).
    static Result<CaseBitmap> load(Database& db, const QString& key, qint64 first, qint64 last);
    // The union of several keys' words (the days and months of a range of dates).
    static Result<CaseBitmap> loadAny(Database& db, const QStringList& keys, qint64 first, qint64 last);

    void intersect(const CaseBitmap& other);
    // The full-text index's matches of `expression` within the bitmap's words, and how many of
    // them are in the bitmap.
    struct Matches
    {
        qint64 matches = 0;
        qint64 inBitmap = 0;
    };
    Result<Matches> matchesIn(Database& db, const QString& expression) const;
    bool contains(qint64 seq) const;
    qint64 count() const;
    bool isEmpty() const { return m_words.empty(); }
    qint64 firstWord() const { return m_words.empty() ? 0 : m_words.front().index; }
    qint64 lastWord() const { return m_words.empty() ? -1 : m_words.back().index; }
    const std::vector<Word>& words() const { return m_words; }

private:
    std::vector<Word> m_words; // ascending index, none zero
};

namespace CaseBits {
constexpr qint64 kNoLastWord = std::numeric_limits<qint64>::max() >> 6;

QString statusKey(const QString& status);
QString channelKey(const QString& channel);
QString catalogKey(const QString& code); // a category (one dot) or an item
QString tokenKey(const QString& token);
// The keys whose union is the cases received from `from` to `to` (China days, both valid): the
// months wholly inside, the days of the others.
QStringList receivedKeys(const QDate& from, const QDate& to);

// The tokens with keys of their own, as this transaction sees them.
Result<QSet<QString>> promotedTokens(Database& db);
// Sets the bits of a new case's search row's promoted tokens; in the transaction writing that row.
Status addSearchRow(Database& db, qint64 seq, const QString& tokens);
// The same for many rows in one transaction, the promoted tokens read once (promotedTokens).
Status addSearchRow(Database& db, qint64 seq, const QString& tokens, const QSet<QString>& promoted);
// Gives `token` a key of its own, from the full-text index, in a transaction of its own. Only outside
// a transaction; a connection that cannot write (an archive, a file on read-only media) leaves the
// token to the index, and its counts stay right, only slower.
Status promote(Database& db, const QString& token);
// Matches above which a token is worth a key. A key is read at ~200 ns a word of 64 cases, the
// index's matches at ~60 ns each: a word in more than one case in twenty is cheaper as a key (at a
// million cases, 50,000 matches, 3 ms either way), and never below kPromoteAbove matches.
constexpr qint64 kPromoteAbove = 50000;
bool worthAKey(Database& db, qint64 matches);
// For tests, whose databases are small; a negative value restores kPromoteAbove.
void setPromoteAbove(qint64 matches);
} // namespace CaseBits
