#include "search/CaseQuery.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/CaseNumber.h"
#include "search/SearchTokens.h"
#include "storage/CaseBits.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "validation/Uscc.h"

#include <QTimeZone>

bool CaseFilter::operator==(const CaseFilter& o) const
{
    return text == o.text && status == o.status && catalogCode == o.catalogCode && channel == o.channel
        && from == o.from && to == o.to && clientSeq == o.clientSeq && exactNumber == o.exactNumber && dueBy == o.dueBy
        && closeDueBy == o.closeDueBy && pausedOnly == o.pausedOnly && urgedBy == o.urgedBy;
}

namespace {
const char* kColumns
    = "c.seq, c.id, c.number, c.client_seq, cl.id, cl.name, cl.uscc, c.channel, c.item_code, "
      "c.category_code, c.summary, c.status, c.received_at, c.received_by, c.answer, c.due_date, c.rev, "
      "coalesce(c.visitor_name, ''), coalesce(c.visitor_phone, ''), coalesce(c.response_days, 0), "
      "coalesce(c.close_days, 0), c.due_response, c.due_close, c.paused_since";

// A credit-code prefix typed alone (issue 22; migration 27): the cases of the clients in a range of
// clients(uscc), with those whose own words begin so (a standard's number, GB/T 19001).
struct CodePrefix
{
    QString lo, hi; // the range of codes
    QString match; // the same word in case_search
    bool common = false; // so many cases that reading the newest and testing each is quicker
};

struct QueryParts
{
    QString match; // an FTS5 expression, or empty
    std::optional<CodePrefix> code; // drives the page instead of `match` (then empty)
    QStringList where; // conditions on cases c
    QVariantList binds; // for `where`, in order
    bool bitsCount = true; // false: a condition no bitmap stands for (storage/CaseBits)
    // The same once more for a count from bitmaps: the filters' keys, the words typed (a one-token
    // word may have a key of its own), the dates received, the client whose cases they are.
    QStringList bitKeys;
    QList<SearchTokens::Term> terms;
    QDate from, to;
    qint64 clientSeq = 0;
};

// The end of the range of texts that begin with `prefix`: '~' sorts after every character of a
// case number and of a credit code.
QString rangeEnd(const QString& prefix)
{
    return prefix + QLatin1Char('~');
}

QString chinaDayStartUtc(const QDate& day)
{
    return Clock::toStorage(QDateTime(day, QTime(0, 0), Clock::chinaZone()));
}

// The index's words for the end of a number: the whole day and the sequence's start; or a
// whole sequence ("0011": one case a day has it); or, while a short sequence is typed after a
// day such as 1125, the days that end so (20001125 … next year's), each a word of the index.
// A short sequence after a short day ("25-00") is the one costly case: every word that begins so.
QString tailMatch(const CaseNumber::Tail& tail)
{
    if (tail.day.size() == 8)
        return QStringLiteral("\"%1\" AND \"%2\"*").arg(tail.day, tail.sequence);
    if (tail.sequence.size() >= 4 || tail.day.size() < 4)
        return QStringLiteral("\"%1\"*").arg(tail.sequence);
    QStringList days;
    const int last = Clock::chinaDate(Clock::nowUtc()).year() + 1;
    for (int year = 2000; year <= last; ++year) {
        const QString day = QString::number(year) + tail.day.right(4);
        if (day.endsWith(tail.day))
            days << QStringLiteral("\"%1\"").arg(day);
    }
    return days.isEmpty() ? QStringLiteral("\"%1\"*").arg(tail.sequence)
                          : QStringLiteral("(%1)").arg(days.join(QStringLiteral(" OR ")));
}

// The words typed: through the full-text index, except a word that could begin a credit code,
// which the cases' words do not hold (migration 27): the first such word alone drives the page as a
// code range; any other is a condition of either kind.
void textParts(QueryParts& s, const QString& text, Database* db)
{
    QStringList match;
    QList<SearchTokens::Term> codes;
    for (const SearchTokens::Term& t : SearchTokens::terms(text)) {
        if (Uscc::couldBegin(t.word)) {
            codes << t;
        } else {
            match << t.match;
            s.terms << t;
        }
    }
    s.match = match.join(QStringLiteral(" AND "));
    if (s.match.isEmpty() && !codes.isEmpty()) {
        const SearchTokens::Term first = codes.takeFirst();
        CodePrefix p { first.word, rangeEnd(first.word), first.match, false };
        if (db) {
            // Reading the newest cases costs about 20 / share of rows; the range's own cases, sorted,
            // about their number: the two meet near sqrt(40 x cases) (6,300 of a million), a few ms.
            // More than 500 codes (some 10,000 cases of a million) is common whatever they hold.
            auto n = Sql::one(*db,
                QStringLiteral("SELECT coalesce(sum(cases), 0), count(*), (SELECT coalesce(max(seq), 0) FROM cases) "
                               "FROM (SELECT cases FROM uscc_cases WHERE uscc >= ? AND uscc < ? LIMIT 500)"),
                { p.lo, p.hi });
            if (n && *n) {
                const double cases = (**n).at(0).toDouble();
                p.common = (**n).at(1).toInt() >= 500 || cases * cases > 40.0 * (**n).at(2).toDouble();
            }
        }
        s.code = p;
    }
    s.bitsCount = codes.isEmpty(); // a code beside words: a condition no bitmap stands for
    for (const SearchTokens::Term& t : codes) {
        s.where << QStringLiteral("(c.client_seq IN (SELECT seq FROM clients WHERE uscc >= ? AND uscc < ?) "
                                  "OR c.seq IN (SELECT rowid FROM case_search(?)))");
        s.binds << t.word << rangeEnd(t.word) << t.match;
    }
}

QueryParts build(const CaseFilter& f, Database* db)
{
    QueryParts s;
    const QString text = f.text.trimmed();
    if (!f.exactNumber.isEmpty()) {
        // That case only: a merged case's number finds the case kept too where people search (the
        // prefix below), but a lookup by number is of the case filed under it.
        s.where << QStringLiteral("c.number = ?");
        s.binds << f.exactNumber;
        s.bitsCount = false;
    } else if (const auto tail = CaseNumber::tailOf(text)) {
        // The end of a number (issue 18): "1125-0011" is a tail of LZ-LN-20261125-0011. The index
        // narrows to a few rows a day; on those rows only, the number decides with LIKE, or the
        // request's text holding the same digits (查询 GB 1231-2006 is found by 1231-2006 as before).
        s.match = tailMatch(*tail);
        s.bitsCount = false;
        s.where << QStringLiteral("(c.number LIKE ? OR c.summary LIKE ?)");
        s.binds << QStringLiteral("%%1%2%").arg(tail->station.isEmpty() ? QString() : QStringLiteral("-"), tail->text())
                << QStringLiteral("%%1%").arg(tail->text());
        qCDebug(lcSearch) << "number tail" << text << "->" << s.match << s.binds;
    } else if (!text.isEmpty() && CaseNumber::looksLikePrefix(text)) {
        const QString prefix = CaseNumber::normalisePrefix(text);
        s.where << QStringLiteral("((c.number >= ? AND c.number < ?) OR c.seq IN (SELECT case_seq FROM case_aliases "
                                  "WHERE number >= ? AND number < ?))");
        s.binds << prefix << rangeEnd(prefix) << prefix << rangeEnd(prefix);
        s.bitsCount = false;
    } else {
        textParts(s, text, db);
        qCDebug(lcSearch) << "search" << text << "->" << s.match << (s.code ? s.code->lo : QString());
    }
    const auto equals = [&s](const char* column, const QVariant& value) {
        s.where << QStringLiteral("c.%1 = ?").arg(QLatin1String(column));
        s.binds << value;
    };
    if (f.status) {
        s.bitKeys << CaseBits::statusKey(CaseStatuses::key(*f.status));
        equals("status", CaseStatuses::key(*f.status));
    }
    if (!f.catalogCode.isEmpty()) {
        s.bitKeys << CaseBits::catalogKey(f.catalogCode);
        equals(f.catalogCode.count(QLatin1Char('.')) == 1 ? "category_code" : "item_code", f.catalogCode);
    }
    if (f.channel) {
        s.bitKeys << CaseBits::channelKey(Channels::key(*f.channel));
        equals("channel", Channels::key(*f.channel));
    }
    s.from = f.from;
    s.to = f.to;
    if (f.from.isValid()) {
        s.where << QStringLiteral("c.received_at >= ?");
        s.binds << chinaDayStartUtc(f.from);
    }
    if (f.to.isValid()) {
        s.where << QStringLiteral("c.received_at < ?");
        s.binds << chinaDayStartUtc(f.to.addDays(1));
    }
    const qsizetype withBits = s.where.size();
    if (f.dueBy.isValid()) {
        // 7.2.4: handed-off cases due on or before the day (the partial index on due_date).
        s.where << QStringLiteral("c.due_date <= ? AND c.status IN ('handed_off', 'in_service')");
        s.binds << f.dueBy.toString(Qt::ISODate);
    }
    if (f.closeDueBy.isValid()) {
        // The partial index on due_close (migration 22) holds just the open cases.
        s.where << QStringLiteral("c.due_close <= ? AND c.status <> 'closed' AND c.paused_since IS NULL");
        s.binds << f.closeDueBy.toString(Qt::ISODate);
    }
    if (f.pausedOnly)
        s.where << QStringLiteral("c.paused_since IS NOT NULL AND c.status <> 'closed'");
    if (f.urgedBy.isValid()) {
        s.where << QStringLiteral("c.seq IN (SELECT case_seq FROM clock_events WHERE kind = 'urged' AND at <= ?)");
        s.binds << Clock::toStorage(f.urgedBy);
    }
    if (s.where.size() > withBits)
        s.bitsCount = false;
    if (f.clientSeq > 0) {
        equals("client_seq", f.clientSeq);
        s.clientSeq = f.clientSeq;
    }
    return s;
}

// The token a term is, when it is one token of the index (a CJK character or pair), else empty.
QString singleToken(const SearchTokens::Term& t)
{
    if (!t.word.isEmpty() || t.match.size() < 3 || !t.match.startsWith(QLatin1Char('"'))
        || !t.match.endsWith(QLatin1Char('"')))
        return {};
    const QString inner = t.match.mid(1, t.match.size() - 2);
    return inner.contains(QLatin1Char(' ')) ? QString() : inner;
}

bool countsFromBits(const QueryParts& s)
{
    // A client's file searched by words is the one case left to the statement: a few cases anyway.
    return s.bitsCount && !s.code && !(s.clientSeq > 0 && !s.match.isEmpty())
        && (!s.match.isEmpty() || !s.bitKeys.isEmpty() || s.from.isValid() || s.to.isValid());
}

// The China days of the first and the last case received, for a range of dates open at one end.
Result<std::pair<QDate, QDate>> receivedSpan(Database& db)
{
    auto span = Sql::one(
        db, QStringLiteral("SELECT (SELECT min(received_at) FROM cases), (SELECT max(received_at) FROM cases)"));
    if (!span)
        return span.error();
    if (!*span || (**span).at(0).isNull())
        return std::pair<QDate, QDate> {};
    return std::pair<QDate, QDate> { Clock::chinaDate(Clock::fromStorage((**span).at(0).toString())),
        Clock::chinaDate(Clock::fromStorage((**span).at(1).toString())) };
}

// A count from bitmaps (issue 22): the received dates' days and months, then each filter's key and
// each promoted token's, ANDed in seq order, each read only over the words still left; the words
// typed that have no key of their own are the full-text index's matches in that range, each looked
// up in the bitmap. A token found in many cases is given a key of its own for the next count.
Result<qint64> bitsCount(Database& db, const QueryParts& s)
{
    auto promoted = CaseBits::promotedTokens(db);
    if (!promoted)
        return promoted.error();
    QStringList keys = s.bitKeys;
    QStringList match;
    QStringList candidates;
    for (const SearchTokens::Term& t : s.terms) {
        const QString token = singleToken(t);
        if (!token.isEmpty() && promoted->contains(token)) {
            keys << CaseBits::tokenKey(token);
            continue;
        }
        match << t.match;
        if (!token.isEmpty())
            candidates << token;
    }
    std::optional<CaseBitmap> cases;
    qint64 first = 0;
    qint64 last = CaseBits::kNoLastWord;
    const auto narrow = [&](CaseBitmap&& b) {
        if (cases)
            cases->intersect(b);
        else
            cases = std::move(b);
        first = cases->firstWord();
        last = cases->lastWord();
    };
    if (s.from.isValid() || s.to.isValid()) {
        // Within the days anything was received: an open end, or a range wider than the data, has
        // no more keys to read than the data's own days and months.
        auto span = receivedSpan(db);
        if (!span)
            return span.error();
        if (!span->first.isValid())
            return 0; // no cases at all
        const QDate from = s.from.isValid() ? std::max(s.from, span->first) : span->first;
        const QDate to = s.to.isValid() ? std::min(s.to, span->second) : span->second;
        auto b = CaseBitmap::loadAny(db, CaseBits::receivedKeys(from, to), first, last);
        if (!b)
            return b.error();
        narrow(std::move(b).value());
    }
    for (const QString& key : keys) {
        if (cases && cases->isEmpty())
            return 0;
        auto b = CaseBitmap::load(db, key, first, last);
        if (!b)
            return b.error();
        narrow(std::move(b).value());
    }
    if (s.clientSeq > 0 && !(cases && cases->isEmpty())) { // a client's cases: a few, from their index
        auto rows = Sql::run(
            db.sql(), QStringLiteral("SELECT seq FROM cases WHERE client_seq = ? ORDER BY seq"), { s.clientSeq });
        if (!rows)
            return rows.error();
        QSqlQuery q = std::move(rows).value();
        qint64 n = 0;
        while (q.next())
            if (!cases || cases->contains(q.value(0).toLongLong()))
                ++n;
        return n;
    }
    qint64 streamed = 0;
    qint64 n = 0;
    if (match.isEmpty()) {
        n = cases ? cases->count() : 0;
    } else {
        const QString expression = match.join(QStringLiteral(" AND "));
        if (cases) {
            auto in = cases->matchesIn(db, expression);
            if (!in)
                return in.error();
            streamed = in->matches;
            n = in->inBitmap;
        } else {
            auto all = Sql::one(db, QStringLiteral("SELECT count(*) FROM case_search(?)"), { expression });
            if (!all)
                return all.error();
            n = streamed = *all ? (**all).at(0).toLongLong() : 0;
        }
    }
    if (!candidates.isEmpty() && CaseBits::worthAKey(db, streamed))
        for (const QString& token : candidates)
            if (Status p = CaseBits::promote(db, token); !p) // the count stands; the next one streams again
                qCWarning(lcSearch) << "no bitmap for a common token:" << p.error().message.english;
    return n;
}

QString whereClause(const QStringList& where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

// A code prefix's keys: the cases of its codes' clients, merged in seq order with the cases whose
// own words begin so (the compound's ORDER BY runs each side as a sorted stream). Common codes are
// read newest case first, each tested (cases first: CROSS JOIN); rare ones from their clients' cases.
QString codeKeys(const QueryParts& s, const QString& after, const QString& tail, QVariantList& binds)
{
    QStringList onCase = s.where;
    if (!after.isEmpty())
        onCase << QStringLiteral("c.seq ") + after;
    const QString filters
        = onCase.isEmpty() ? QString() : QStringLiteral(" AND ") + onCase.join(QStringLiteral(" AND "));
    const QString byCode = s.code->common
        ? QStringLiteral("SELECT c.seq FROM cases c CROSS JOIN clients cl ON cl.seq = c.client_seq")
        : QStringLiteral("SELECT c.seq FROM clients cl CROSS JOIN cases c ON c.client_seq = cl.seq");
    binds << s.code->lo << s.code->hi;
    binds += s.binds;
    binds << s.code->match;
    binds += s.binds;
    const QString keys = QStringLiteral("%1 WHERE cl.uscc >= ? AND cl.uscc < ?%2 UNION SELECT x.rowid FROM "
                                        "case_search(?) x CROSS JOIN cases c ON c.seq = x.rowid WHERE 1%2")
                             .arg(byCode, filters);
    return tail.isEmpty() ? keys : keys + QStringLiteral(" ORDER BY 1 DESC ") + tail; // no tail: all, for a count
}

// Two steps: the keys of the page, sorted and cut in the subquery (index-only where an index covers
// the filter), then the full rows of just those keys. Sorting whole rows of a month or a
// number prefix (16,000 of them) first cost 30 ms; the keys alone cost 2. With a search, the FTS
// index drives (CROSS JOIN fixes that order): left to itself, SQLite may scan a filter's index and
// run the full-text query once per row, which took seconds.
CaseQuery::Statement selectStatement(
    QueryParts s, const QString& after, const QString& tail, const QVariantList& tailBinds)
{
    QString keys;
    QVariantList binds;
    if (s.code) {
        keys = codeKeys(s, after, tail, binds);
        s.binds.clear(); // in `binds` already, once for each side
    } else if (s.match.isEmpty()) {
        if (!after.isEmpty())
            s.where << QStringLiteral("c.seq ") + after;
        keys = QStringLiteral("SELECT c.seq FROM cases c%1 ORDER BY c.seq DESC %2").arg(whereClause(s.where), tail);
    } else {
        const bool join = !s.where.isEmpty(); // only filters on the case need its row
        if (!after.isEmpty())
            s.where << QStringLiteral("x.rowid ") + after;
        keys = QStringLiteral("SELECT x.rowid FROM case_search(?) x%1%2 ORDER BY x.rowid DESC %3")
                   .arg(join ? QStringLiteral(" CROSS JOIN cases c ON c.seq = x.rowid") : QString(),
                       whereClause(s.where),
                       tail);
        binds << s.match;
    }
    return { QStringLiteral("SELECT %1 FROM cases c JOIN clients cl ON cl.seq = c.client_seq WHERE c.seq IN (%2) "
                            "ORDER BY c.seq DESC")
                 .arg(QLatin1String(kColumns), keys),
        binds + s.binds + tailBinds };
}

Result<QList<CaseRecord>> select(Database& db, const CaseQuery::Statement& st)
{
    auto q = Sql::run(db.sql(), st.sql, st.binds);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<CaseRecord> list;
    while (query.next()) {
        CaseRecord c;
        c.seq = query.value(0).toLongLong();
        c.id = query.value(1).toString();
        c.number = query.value(2).toString();
        c.stationCode = c.number.section(QLatin1Char('-'), 1, 1);
        c.clientSeq = query.value(3).toLongLong();
        c.clientId = query.value(4).toString();
        c.clientName = query.value(5).toString();
        c.clientUscc = query.value(6).toString();
        c.channel = Channels::fromKey(query.value(7).toString()).value_or(Channel::Window);
        c.itemCode = query.value(8).toString();
        c.categoryCode = query.value(9).toString();
        c.summary = query.value(10).toString();
        c.status = CaseStatuses::fromKey(query.value(11).toString()).value_or(CaseStatus::Registered);
        c.receivedAt = Clock::fromStorage(query.value(12).toString());
        c.receivedBy = query.value(13).toString();
        c.answer = query.value(14).toString();
        c.dueDate = QDate::fromString(query.value(15).toString(), Qt::ISODate);
        c.rev = query.value(16).toLongLong();
        c.visitorName = query.value(17).toString();
        c.visitorPhone = query.value(18).toString();
        c.responseDays = query.value(19).toInt();
        c.closeDays = query.value(20).toInt();
        c.dueResponse = QDate::fromString(query.value(21).toString(), Qt::ISODate);
        c.dueClose = QDate::fromString(query.value(22).toString(), Qt::ISODate);
        c.pausedSince = Clock::fromStorage(query.value(23).toString());
        list << c;
    }
    return list;
}
} // namespace

CaseQuery::Statement CaseQuery::pageStatement(const CaseFilter& filter, qint64 beforeSeq, int limit, Database* db)
{
    QueryParts s = build(filter, db);
    if (beforeSeq <= 0)
        return selectStatement(s, {}, QStringLiteral("LIMIT ?"), { limit });
    s.binds << beforeSeq;
    return selectStatement(s, QStringLiteral("< ?"), QStringLiteral("LIMIT ?"), { limit });
}

CaseQuery::Statement CaseQuery::countStatement(const CaseFilter& filter)
{
    // No plan to choose for a code prefix: a count reads all of its cases, so from its clients' cases.
    const QueryParts s = build(filter, nullptr);
    if (s.code && s.where.isEmpty()) // the codes' own counts, and the cases of other codes with the word
        return { QStringLiteral(
                     "SELECT (SELECT coalesce(sum(cases), 0) FROM uscc_cases WHERE uscc >= ? AND uscc < ?) + "
                     "(SELECT count(*) FROM case_search(?) x CROSS JOIN cases c ON c.seq = x.rowid "
                     "JOIN clients cl ON cl.seq = c.client_seq WHERE cl.uscc IS NULL OR cl.uscc < ? "
                     "OR cl.uscc >= ?)"),
            { s.code->lo, s.code->hi, s.code->match, s.code->lo, s.code->hi } };
    if (s.code) {
        QVariantList binds;
        const QString keys = codeKeys(s, {}, {}, binds);
        return { QStringLiteral("SELECT count(*) FROM (%1)").arg(keys), binds };
    }
    if (s.match.isEmpty())
        return { QStringLiteral("SELECT count(*) FROM cases c%1").arg(whereClause(s.where)), s.binds };
    if (s.where.isEmpty()) // the index alone: a few milliseconds even for a character in most rows
        return { QStringLiteral("SELECT count(*) FROM case_search(?)"), { s.match } };
    return { QStringLiteral("SELECT count(*) FROM cases c%1 AND c.seq IN (SELECT rowid FROM case_search(?))")
                 .arg(whereClause(s.where)),
        s.binds + QVariantList { s.match } };
}

QString CaseQuery::Statement::withLiterals() const
{
    QString out;
    int next = 0;
    for (QChar ch : sql) {
        if (ch != QLatin1Char('?') || next >= binds.size()) {
            out += ch;
            continue;
        }
        const QVariant& v = binds.at(next++);
        if (v.typeId() == QMetaType::QString)
            out += QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
        else
            out += v.toString();
    }
    return out;
}

Result<QList<CaseRecord>> CaseQuery::page(Database& db, const CaseFilter& filter, qint64 beforeSeq, int limit)
{
    return select(db, pageStatement(filter, beforeSeq, limit, &db));
}

Result<QList<CaseRecord>> CaseQuery::pageAt(Database& db, const CaseFilter& filter, qint64 offset, int limit)
{
    return select(db, selectStatement(build(filter, &db), {}, QStringLiteral("LIMIT ? OFFSET ?"), { limit, offset }));
}

Result<qint64> CaseQuery::count(Database& db, const CaseFilter& filter)
{
    if (const QueryParts s = build(filter, nullptr); countsFromBits(s))
        return bitsCount(db, s);
    const Statement st = countStatement(filter);
    auto q = Sql::run(db.sql(), st.sql, st.binds);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}
