#include "reports/DemandAnalysis.h"

#include "domain/Divisions.h"
#include "reports/ReportQuery.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>

namespace {
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

} // namespace

QString DemandAnalysis::areaName(const QString& code)
{
    if (const QString name = Divisions::liuzhouName(code); !name.isEmpty())
        return name;
    if (code.startsWith(QLatin1String("45")))
        return QCoreApplication::translate("Area", "Elsewhere in Guangxi (%1)").arg(code);
    return QCoreApplication::translate("Area", "Outside Guangxi (%1)").arg(code);
}

Result<DemandFigures> DemandAnalysis::compute(Database& db, const Catalog& catalog, const ReportPeriod& period)
{
    DemandFigures f;
    f.period = period;
    const ReportQuery::Bounds b = ReportQuery::boundsOf(period);
    DemandTerms terms;
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
            terms.add(text(st, 0), category);
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
    f.terms = terms.top(kTerms);
    for (const CatalogCategory& c : catalog.categories())
        if (categoryRequests.value(c.code) > 0)
            f.byCategory << DemandCategory {
                c.code, c.displayName(), categoryRequests.value(c.code), terms.top(c.code, kTermsPerCategory)
            };
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
