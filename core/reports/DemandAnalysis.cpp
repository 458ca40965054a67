#include "reports/DemandAnalysis.h"

#include "reports/ReportQuery.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>

namespace {
// Characters that make a term a function word or a way of asking, not a topic.
const QString kStopChars = QStringLiteral(
    "的了是在和与及或我你他她它们这那有吗呢吧啊个为对要请能可否将把被给向从等就都也还并如何怎么什哪些该需想问下一次其此"
    "已于以及之所");
// Two characters that say how a request is made, not what it is about.
const QStringList kStopTerms { QStringLiteral("咨询"),
    QStringLiteral("办理"),
    QStringLiteral("了解"),
    QStringLiteral("问题"),
    QStringLiteral("关于"),
    QStringLiteral("相关"),
    QStringLiteral("情况"),
    QStringLiteral("需要"),
    QStringLiteral("要求"),
    QStringLiteral("希望"),
    QStringLiteral("进行"),
    QStringLiteral("是否"),
    QStringLiteral("可以"),
    QStringLiteral("申请") };
constexpr int kLongestTerm = 4;

QString text(const sqlite3_stmt* st, int column)
{
    auto* s = const_cast<sqlite3_stmt*>(st);
    return QString::fromUtf8(
        reinterpret_cast<const char*>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
}

template<typename Row>
void sortAndCut(QList<Row>& rows, qsizetype n, const std::function<bool(const Row&, const Row&)>& before)
{
    std::sort(rows.begin(), rows.end(), before);
    if (rows.size() > n)
        rows.resize(n);
}

// The terms clients use, longest first: a term is dropped where a longer one holding it is used
// nearly as often (收费 and 费标 inside 收费标准), so fragments never crowd out what was asked.
QList<DemandTerm> topTerms(const QHash<QString, qint64>& counts, int n)
{
    QList<DemandTerm> all;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() >= 2 || counts.size() <= n)
            all << DemandTerm { it.key(), it.value() };
    std::sort(all.begin(), all.end(), [](const DemandTerm& a, const DemandTerm& b) {
        return a.term.size() != b.term.size() ? a.term.size() > b.term.size() : a.term < b.term;
    });
    // How often the most used kept term holding each shorter one is used: one pass, longest first,
    // instead of comparing every term with every kept one (tens of thousands of each in a month).
    QHash<QString, qint64> heldBy;
    QList<DemandTerm> kept;
    for (const DemandTerm& t : all) {
        if (heldBy.value(t.term) * 5 >= t.requests * 4)
            continue;
        kept << t;
        for (qsizetype length = 2; length < t.term.size(); ++length)
            for (qsizetype i = 0; i + length <= t.term.size(); ++i) {
                qint64& held = heldBy[t.term.mid(i, length)];
                held = std::max(held, t.requests);
            }
    }
    sortAndCut<DemandTerm>(kept, n, [](const DemandTerm& a, const DemandTerm& b) {
        if (a.requests != b.requests)
            return a.requests > b.requests;
        return a.term.size() != b.term.size() ? a.term.size() > b.term.size() : a.term < b.term;
    });
    return kept;
}
} // namespace

QStringList DemandAnalysis::termsOf(const QString& request)
{
    QStringList terms;
    const auto add = [&terms](const QString& term) {
        if (!terms.contains(term))
            terms << term;
    };
    // Runs of Chinese without a stop character give their 2- to 4-character grams; runs of letters
    // and digits (GB, 19001) their word.
    QString run;
    QString word;
    const auto flush = [&]() {
        for (int n = 2; n <= kLongestTerm; ++n)
            for (qsizetype i = 0; i + n <= run.size(); ++i)
                if (const QString gram = run.mid(i, n); !kStopTerms.contains(gram))
                    add(gram);
        run.clear();
        if (word.size() >= 2)
            add(word);
        word.clear();
    };
    for (const QChar ch : request.normalized(QString::NormalizationForm_KC).toUpper()) {
        if (ch.script() == QChar::Script_Han && !kStopChars.contains(ch)) {
            if (!word.isEmpty())
                flush();
            run += ch;
        } else if (ch.script() != QChar::Script_Han && ch.isLetterOrNumber()) {
            if (!run.isEmpty())
                flush();
            word += ch;
        } else {
            flush();
        }
    }
    flush();
    return terms;
}

QString DemandAnalysis::areaName(const QString& code)
{
    // Place names are data, like the stations' names: the same in every language.
    static const QHash<QString, QString> liuzhou {
        { QStringLiteral("450200"), QStringLiteral("柳州市") },
        { QStringLiteral("450201"), QStringLiteral("柳州市市辖区") },
        { QStringLiteral("450202"), QStringLiteral("城中区") },
        { QStringLiteral("450203"), QStringLiteral("鱼峰区") },
        { QStringLiteral("450204"), QStringLiteral("柳南区") },
        { QStringLiteral("450205"), QStringLiteral("柳北区") },
        { QStringLiteral("450206"), QStringLiteral("柳江区") },
        { QStringLiteral("450221"), QStringLiteral("柳江县") }, // before it became a district (2016)
        { QStringLiteral("450222"), QStringLiteral("柳城县") },
        { QStringLiteral("450223"), QStringLiteral("鹿寨县") },
        { QStringLiteral("450224"), QStringLiteral("融安县") },
        { QStringLiteral("450225"), QStringLiteral("融水苗族自治县") },
        { QStringLiteral("450226"), QStringLiteral("三江侗族自治县") },
    };
    if (const auto it = liuzhou.constFind(code); it != liuzhou.constEnd())
        return *it;
    if (code.startsWith(QLatin1String("45")))
        return QCoreApplication::translate("Area", "Elsewhere in Guangxi (%1)").arg(code);
    return QCoreApplication::translate("Area", "Outside Guangxi (%1)").arg(code);
}

Result<DemandFigures> DemandAnalysis::compute(Database& db, const Catalog& catalog, const ReportPeriod& period)
{
    DemandFigures f;
    f.period = period;
    const ReportQuery::Bounds b = ReportQuery::boundsOf(period);
    QHash<QString, qint64> all;
    QHash<QString, QHash<QString, qint64>> byCategory;
    QHash<QString, qint64> categoryRequests, items, areas;
    QHash<QString, DemandClient> clients;
    const Status read = ReportQuery::eachRow(db,
        QByteArrayLiteral("SELECT c.summary, c.category_code, c.item_code, cl.uscc, cl.name, "
                          "EXISTS (SELECT 1 FROM case_events e WHERE e.case_seq = c.seq AND e.kind = 'answered'), "
                          "EXISTS (SELECT 1 FROM kb_uses u WHERE u.case_seq = c.seq) "
                          "FROM cases c JOIN clients cl ON cl.seq = c.client_seq "
                          "WHERE c.received_at >= ?1 AND c.received_at < ?2 AND c.merged_into IS NULL"),
        b,
        0,
        "c.station_seq",
        [&](sqlite3_stmt* st) {
            ++f.requests;
            const QString category = text(st, 1);
            const QStringList terms = termsOf(text(st, 0));
            QHash<QString, qint64>& inCategory = byCategory[category];
            for (const QString& t : terms) {
                ++all[t];
                ++inCategory[t];
            }
            ++categoryRequests[category];
            ++items[text(st, 2)];
            const QString uscc = text(st, 3);
            if (uscc.size() == 18)
                ++areas[uscc.mid(2, 6)];
            DemandClient& client = clients[uscc.isEmpty() ? text(st, 4) : uscc];
            client.name = text(st, 4);
            client.uscc = uscc;
            ++client.requests;
            f.answeredOnSpot += sqlite3_column_int(st, 5);
            f.answeredWithKnowledge += sqlite3_column_int(st, 6);
        });
    if (!read)
        return read.error();
    f.terms = topTerms(all, kTerms);
    for (const CatalogCategory& c : catalog.categories())
        if (categoryRequests.value(c.code) > 0)
            f.byCategory << DemandCategory { c.code,
                c.displayName(),
                categoryRequests.value(c.code),
                topTerms(byCategory.value(c.code), kTermsPerCategory) };
    for (auto it = areas.begin(); it != areas.end(); ++it)
        f.areas << DemandArea { it.key(), areaName(it.key()), it.value() };
    sortAndCut<DemandArea>(f.areas, 30, [](const DemandArea& a, const DemandArea& x) {
        return a.requests != x.requests ? a.requests > x.requests : a.code < x.code;
    });
    for (const DemandClient& c : clients)
        if (c.requests >= 2)
            f.repeatClients << c;
    sortAndCut<DemandClient>(f.repeatClients, 20, [](const DemandClient& a, const DemandClient& x) {
        return a.requests != x.requests ? a.requests > x.requests : a.name < x.name;
    });

    auto uses = Sql::run(db.sql(),
        QStringLiteral("SELECT e.number, e.question, count(*) FROM kb_uses u JOIN kb_entries e ON e.seq = u.entry_seq "
                       "JOIN cases c ON c.seq = u.case_seq WHERE c.received_at >= ? AND c.received_at < ? "
                       "GROUP BY e.seq ORDER BY count(*) DESC, e.number LIMIT 20"),
        { b.lo, b.hi });
    if (!uses)
        return uses.error();
    QSqlQuery u = std::move(uses).value();
    while (u.next())
        f.entries << DemandEntryUse { u.value(0).toString(), u.value(1).toString(), u.value(2).toLongLong() };
    u.finish();

    // Rising demand: the same number of days just before.
    const qint64 days = period.from.daysTo(period.to) + 1;
    const ReportQuery::Bounds before = ReportQuery::boundsOf({ period.from.addDays(-days), period.from.addDays(-1) });
    QHash<QString, qint64> previous;
    const Status readBefore = ReportQuery::eachRow(db,
        QByteArrayLiteral("SELECT c.item_code FROM cases c WHERE c.received_at >= ?1 AND c.received_at < ?2 "
                          "AND c.merged_into IS NULL"),
        before,
        0,
        "c.station_seq",
        [&](sqlite3_stmt* st) { ++previous[text(st, 0)]; });
    if (!readBefore)
        return readBefore.error();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const qint64 was = previous.value(it.key());
        if (it.value() >= was + 3 && it.value() * 2 >= was * 3) {
            const CatalogItem* item = catalog.item(it.key());
            f.rising << DemandItem { it.key(), item ? item->displayName() : it.key(), it.value(), was };
        }
    }
    sortAndCut<DemandItem>(f.rising, 20, [](const DemandItem& a, const DemandItem& x) {
        return a.count - a.previous != x.count - x.previous ? a.count - a.previous > x.count - x.previous
                                                            : a.code < x.code;
    });
    return f;
}
