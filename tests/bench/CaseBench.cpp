// qsdesk-bench DB [RUNS]: medians of the work DESIGN.md §8 budgets, on a (1M-case) database.
// Prints one line per measurement: name <TAB> median ms <TAB> rows <TAB> the SQL with literals, so
// run-benchmarks can time the very same statement in the sqlite3 shell beside it.
#include "common/Clock.h"
#include "domain/Catalog.h"
#include "reports/ClientFile.h"
#include "reports/ComplaintStatistics.h"
#include "reports/MonthlyReport.h"
#include "reports/SatisfactionSurvey.h"
#include "search/CaseQuery.h"
#include "search/SearchTokens.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "storage/KnowledgeStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "workflow/Registration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

namespace {
QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

template<typename F>
double timeMs(int runs, F&& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    return median(times);
}

// 10,000 knowledge entries (issue 21), made once in the bench database: a question and answer for
// each catalog item in many wordings, deterministic, about as long as real ones.
void ensureKnowledge(Database& db, const Catalog& catalog, int wanted)
{
    auto have = Sql::one(db, QStringLiteral("SELECT count(*) FROM kb_entries"));
    const int count = have && have->has_value() ? (**have).first().toInt() : 0;
    if (count >= wanted)
        return;
    static const QStringList asks { QStringLiteral("如何办理"),
        QStringLiteral("需要哪些材料"),
        QStringLiteral("收费标准是什么"),
        QStringLiteral("办理时限多久"),
        QStringLiteral("在哪里查询结果"),
        QStringLiteral("有效期多长"),
        QStringLiteral("能否加急"),
        QStringLiteral("是否可以网上申请"),
        QStringLiteral("证书丢失怎么补办"),
        QStringLiteral("依据哪个标准") };
    QList<const CatalogItem*> items;
    for (const CatalogCategory& c : catalog.categories())
        for (const CatalogItem& i : c.items)
            items << &i;
    WriteTransaction tx(db);
    for (int n = count; n < wanted; ++n) {
        const CatalogItem* item = items.at(n % items.size());
        KnowledgeEntry e;
        e.id = Sql::newId();
        e.number = QStringLiteral("LZ-LN-ZS-2026-B%1").arg(n, 5, 10, QLatin1Char('0'));
        e.question = QStringLiteral("%1%2？（%3）").arg(item->nameZh, asks.at((n / items.size()) % asks.size())).arg(n);
        e.answer = QStringLiteral("%1：请携带营业执照副本复印件、经办人身份证明到受理窗口办理，一般%2个工作日内答复；"
                                  "详情可拨打监督电话咨询。编号%3。")
                       .arg(item->nameZh)
                       .arg(3 + n % 10)
                       .arg(n);
        e.basis = QStringLiteral("《中华人民共和国产品质量法》第%1条").arg(1 + n % 70);
        e.items = { item->code };
        e.author = QStringLiteral("bench");
        e.createdAt = e.updatedAt = Clock::nowUtc();
        KnowledgeStore::write(db, e);
    }
    tx.commit();
}

void report(const QString& name, double ms, qint64 rows, const QString& sql)
{
    out << name << '\t' << QString::number(ms, 'f', 2) << '\t' << rows << '\t' << QString(sql).replace(u'\n', u' ')
        << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: qsdesk-bench DB [RUNS]\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? atoi(argv[2]) : 21;

    // Opening the file and reading the first page of the list, as the window does at start.
    qint64 firstRows = 0;
    const double open = timeMs(runs, [&] {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (db)
            firstRows = CaseQuery::page(**db, {}, 0, 100)->size();
    });
    report(QStringLiteral("open + first page (100 rows)"),
        open,
        firstRows,
        CaseQuery::pageStatement({}, 0, 100).withLiterals());

    auto opened = Database::open(path);
    if (!opened) {
        QTextStream(stderr) << opened.error().message.english << '\n';
        return 1;
    }
    Database& db = **opened;
    QString someUscc;
    for (const Client& c : ClientStore::find(db, { {}, 0, 10 }).value())
        if (!c.uscc.isEmpty())
            someUscc = c.uscc;
    struct Probe
    {
        QString name;
        CaseFilter filter;
    };
    auto text = [](const QString& t) {
        CaseFilter f;
        f.text = t;
        return f;
    };
    CaseFilter registered;
    registered.status = CaseStatus::Registered;
    CaseFilter elevators;
    elevators.catalogCode = QStringLiteral("5.6");
    CaseFilter month;
    const QDate last = Clock::chinaDate(Clock::nowUtc());
    month.from = QDate(last.year(), last.month(), 1).addMonths(-1);
    month.to = QDate(last.year(), last.month(), 1).addDays(-1);
    CaseFilter searchAndFilter = text(QStringLiteral("检验"));
    searchAndFilter.channel = Channel::Window;
    const QList<Probe> probes = {
        { QStringLiteral("search 1 char 计"), text(QStringLiteral("计")) },
        { QStringLiteral("search 1 char 梯"), text(QStringLiteral("梯")) },
        { QStringLiteral("search 2 chars 计量"), text(QStringLiteral("计量")) },
        { QStringLiteral("search 2 chars 五菱"), text(QStringLiteral("五菱")) },
        { QStringLiteral("search 3 chars 螺蛳粉"), text(QStringLiteral("螺蛳粉")) },
        { QStringLiteral("search 4 chars 质量管理"), text(QStringLiteral("质量管理")) },
        { QStringLiteral("search rare char 𠮷 (no hits)"), text(QString::fromUtf8("\U00020BB7")) },
        { QStringLiteral("search case-number prefix"), text(QStringLiteral("LZ-LN-202406")) },
        // Issue 18: the end of a number as clerks read it out (day and sequence, or the sequence).
        { QStringLiteral("search number tail 1124-0011"), text(QStringLiteral("1124-0011")) },
        { QStringLiteral("search number tail 24-0011"), text(QStringLiteral("24-0011")) },
        { QStringLiteral("search number tail 20261124-0011"), text(QStringLiteral("20261124-0011")) },
        { QStringLiteral("search number tail 1124-00 (typing)"), text(QStringLiteral("1124-00")) },
        { QStringLiteral("search a whole USCC"), text(someUscc) },
        { QStringLiteral("search USCC first 10 characters"), text(someUscc.left(10)) },
        { QStringLiteral("search USCC prefix 9145020 (45% of cases)"), text(QStringLiteral("9145020")) },
        { QStringLiteral("search Latin word iso"), text(QStringLiteral("iso")) },
        { QStringLiteral("filter status registered"), registered },
        { QStringLiteral("filter category 5.6"), elevators },
        { QStringLiteral("filter last month"), month },
        { QStringLiteral("search 检验 + channel window"), searchAndFilter },
    };
    for (const Probe& p : probes) {
        qint64 rows = 0;
        const double first = timeMs(runs, [&] { rows = CaseQuery::page(db, p.filter, 0, 20)->size(); });
        report(p.name + QStringLiteral(": first 20"),
            first,
            rows,
            CaseQuery::pageStatement(p.filter, 0, 20).withLiterals());
        qint64 total = 0;
        const double count = timeMs(runs, [&] { total = CaseQuery::count(db, p.filter).value(); });
        report(p.name + QStringLiteral(": count"), count, total, CaseQuery::countStatement(p.filter).withLiterals());
    }

    // Deep in the list: by key (what the list does when scrolling) against a plain OFFSET jump.
    const auto middle = CaseQuery::pageAt(db, {}, 500000, 1);
    if (middle && !middle->isEmpty()) {
        const qint64 key = middle->first().seq;
        const double keyset = timeMs(runs, [&] { CaseQuery::page(db, {}, key, 100); });
        report(QStringLiteral("page 100 rows at row 500000, by key"),
            keyset,
            100,
            CaseQuery::pageStatement({}, key, 100).withLiterals());
        const double offset = timeMs(runs, [&] { CaseQuery::pageAt(db, {}, 500000, 100); });
        report(QStringLiteral("page 100 rows at row 500000, by OFFSET"), offset, 100, QString());
    }

    // Registering one case: validation, number, case row, search entry, audit, commit.
    auto catalog = Catalog::loadBuiltIn();
    // Issue 21: the knowledge base's suggestions while a request is typed, on 10,000 entries: every
    // prefix of a request as the clerk types it, the median over all of them (and a whole search).
    if (catalog) {
        ensureKnowledge(db, *catalog, 10000);
        const QString typed = QStringLiteral("企业想咨询计量器具检定校准需要哪些材料，收费标准是什么");
        const QDate today = Clock::chinaToday();
        QList<double> perPrefix;
        qint64 shown = 0;
        for (int n = 2; n <= typed.size(); ++n) {
            const QString prefix = typed.left(n);
            perPrefix << timeMs(
                runs, [&] { shown = KnowledgeStore::suggest(db, prefix, QStringLiteral("5.1.2"), today, 5)->size(); });
        }
        report(QStringLiteral("knowledge suggestions while typing (10k entries), per keystroke"),
            median(perPrefix),
            shown,
            QString());
        report(QStringLiteral("knowledge suggestions, the whole 27-character request"),
            perPrefix.last(),
            shown,
            QStringLiteral("SELECT e.seq FROM kb_entries e JOIN (SELECT rowid AS seq, bm25(kb_search) AS rank FROM "
                           "kb_search WHERE kb_search MATCH '%1') s ON s.seq = e.seq WHERE e.retired_at IS NULL "
                           "ORDER BY EXISTS (SELECT 1 FROM kb_entry_items i WHERE i.item_code = '5.1.2' AND "
                           "i.entry_seq = e.seq) DESC, s.rank LIMIT 5")
                .arg(SearchTokens::anyOfExpression(typed, 40).replace(QLatin1Char('\''), QStringLiteral("''"))));
        qint64 found = 0;
        const double search = timeMs(
            runs, [&] { found = KnowledgeStore::search(db, QStringLiteral("检定"), {}, today, true, 50)->size(); });
        report(QStringLiteral("knowledge search 检定 (10k entries), first 50"),
            search,
            found,
            QStringLiteral("SELECT rowid FROM kb_search WHERE kb_search MATCH '\"检定\"' LIMIT 50"));
    }
    const auto clients = ClientStore::find(db, { {}, 0, 1 });
    if (catalog && clients && !clients->isEmpty()) {
        Registration reg(db, *catalog);
        NewCase input { clients->first().id,
            QStringLiteral("window"),
            QStringLiteral("5.2.2"),
            QStringLiteral("查询GB/T 19001-2016是否现行有效（基准测试）"),
            {},
            {} };
        const double reg1
            = timeMs(runs, [&] { reg.registerCase(input, Actor::user(QStringLiteral("bench"), Role::Clerk)); });
        report(QStringLiteral("register one case"), reg1, 1, QString());

        // The monthly statistics (issue 7, DESIGN.md §8 ≤ 50 ms): every section, with the month before
        // and last year's. Beside it in the shell: its main aggregate, received by category.
        const ReportPeriod october = ReportPeriod::month(2026, 10);
        qint64 received = 0;
        const double monthly = timeMs(runs, [&] {
            received = MonthlyReport::compute(
                db, *catalog, october, {}, Actor::user(QStringLiteral("bench"), Role::Supervisor))
                           ->received;
        });
        report(QStringLiteral("monthly report, every section (3 periods)"),
            monthly,
            received,
            QStringLiteral("SELECT category_code, count(*) FROM cases WHERE received_at >= '2026-09-30T16:00:00.000Z' "
                           "AND received_at < '2026-10-31T16:00:00.000Z' GROUP BY category_code"));

        // Its after-service sections on their own (issue 8): the month's return visits with their
        // ratings, and its complaints by class. Beside them: the same rows read in the shell.
        qint64 visits = 0;
        const double survey = timeMs(runs, [&] {
            visits = SatisfactionSurvey::compute(
                db, *catalog, october.from, october.to, {}, Actor::user(QStringLiteral("bench"), Role::Supervisor))
                         ->visits;
        });
        report(QStringLiteral("satisfaction survey, one month"),
            survey,
            visits,
            QStringLiteral("SELECT r.method, r.rating_matching, r.rating_level, r.rating_attitude, r.rating_complaint, "
                           "c.category_code, a.name FROM return_visits r JOIN cases c ON c.seq = r.case_seq "
                           "LEFT JOIN handoffs h ON h.seq = (SELECT max(seq) FROM handoffs WHERE case_seq = c.seq) "
                           "LEFT JOIN agencies a ON a.seq = h.agency_seq WHERE r.visited_at >= "
                           "'2026-09-30T16:00:00.000Z' AND r.visited_at < '2026-10-31T16:00:00.000Z'"));
        qint64 complaints = 0;
        const double classes = timeMs(runs, [&] {
            complaints = ComplaintStatistics::compute(db,
                october.from,
                october.to,
                {},
                QDate(2026, 11, 24),
                Actor::user(QStringLiteral("bench"), Role::Supervisor))
                             ->received;
        });
        report(QStringLiteral("complaints by class, one month"),
            classes,
            complaints,
            QStringLiteral(
                "SELECT category, count(*), sum(valid) FROM complaints WHERE received_at >= "
                "'2026-09-30T16:00:00.000Z' AND received_at < '2026-10-31T16:00:00.000Z' GROUP BY category"));

        // 4.2 客户档案: one client's whole file, its cases with their timelines, return visits and
        // complaints. Beside it: the timelines' rows read in the shell.
        const Client& client = clients->first();
        qint64 entries = 0;
        const double file
            = timeMs(runs, [&] { entries = ClientFile::collect(db, *catalog, client.id)->entries.size(); });
        report(QStringLiteral("client file of one client (%1 cases)").arg(client.caseCount),
            file,
            entries,
            QStringLiteral("SELECT e.case_seq, e.id, e.kind, e.actor, e.at, e.detail FROM cases k JOIN case_events e "
                           "ON e.case_seq = k.seq WHERE k.client_seq = %1 ORDER BY e.seq")
                .arg(client.seq));
    }
    return 0;
}
