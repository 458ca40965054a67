// qsdesk-bench DB [RUNS]: medians of the work DESIGN.md §8 budgets, on a (1M-case) database.
// Prints one line per measurement: name <TAB> median ms <TAB> floor ms <TAB> rows. The floor is the
// very statements the work ran (StatementLog), prepared and stepped through SQLite's C API on the
// same connection (same library, same PRAGMAs), timed in the same process, the two alternated run
// by run (issue 22: the sqlite3 shell beside a running bench, at 1 ms resolution, misled). Work that
// writes (registering, the knowledge fixture) runs on a copy: the database is left as it was.
#include "common/Clock.h"
#include "domain/Catalog.h"
#include "reports/ClientFile.h"
#include "reports/ComplaintStatistics.h"
#include "reports/MonthlyReport.h"
#include "reports/SatisfactionSurvey.h"
#include "search/CaseQuery.h"
#include "search/SearchTokens.h"
#include "storage/CaseBits.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "storage/KnowledgeStore.h"
#include "storage/Sql.h"
#include "storage/StatementLog.h"
#include "storage/Transaction.h"
#include "workflow/Registration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

namespace {
QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e6;
}

template<typename F>
double timeMs(int runs, F&& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times << elapsedMs(work);
    return median(times);
}

struct Timed
{
    double ms = 0;
    double floorMs = -1; // none
};

// The work's median beside its floor: the statements it ran (noted once, before timing), stepped
// through the C API on `db`'s connection; the two alternate, run by run.
template<typename F>
Timed withFloor(Database& db, int runs, F&& work)
{
    QList<StatementLog::Statement> statements;
    {
        StatementLog log;
        work();
        statements = log.statements();
    }
    QList<double> mine, floor;
    for (int i = 0; i < runs; ++i) {
        mine << elapsedMs(work);
        floor << elapsedMs([&] { StatementLog::replay(db.handle(), statements); });
    }
    return { median(mine), median(floor) };
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

QString ms(double v)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 3);
}

void report(const QString& name, const Timed& t, qint64 rows)
{
    out << name << '\t' << ms(t.ms) << '\t' << ms(t.floorMs) << '\t' << rows << Qt::endl;
}

// Times `work` (which sets `rows`) beside its floor, then reports: the rows are read after the work
// has run, not as an argument beside it (whose order C++ leaves open).
template<typename F>
void measure(Database& db, int runs, const QString& name, const qint64& rows, F&& work)
{
    const Timed t = withFloor(db, runs, std::forward<F>(work));
    report(name, t, rows);
}

// A copy of the database for work that writes, removed when done.
struct ScratchCopy
{
    QString path;
    explicit ScratchCopy(const QString& of)
        : path(of + QStringLiteral(".bench-scratch"))
    {
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
        ok = QFile::copy(of, path);
    }
    ~ScratchCopy()
    {
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
    }
    bool ok = false;
};
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

    // Opening the file and reading the first page of the list, as the window does at start; the
    // floor opens the file with sqlite3_open_v2 and steps the same page statement.
    qint64 firstRows = 0;
    const CaseQuery::Statement firstPage = CaseQuery::pageStatement({}, 0, 100);
    QList<double> opens, rawOpens;
    for (int i = 0; i < runs; ++i) {
        opens << elapsedMs([&] {
            auto db = Database::open(path, Database::Mode::ReadOnly);
            if (db)
                firstRows = CaseQuery::page(**db, {}, 0, 100)->size();
        });
        rawOpens << elapsedMs([&] {
            sqlite3* raw = nullptr;
            if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK)
                StatementLog::replay(raw, { { firstPage.sql, firstPage.binds } });
            sqlite3_close(raw);
        });
    }
    report(QStringLiteral("open + first page (100 rows)"), { median(opens), median(rawOpens) }, firstRows);

    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        QTextStream(stderr) << opened.error().message.english << '\n';
        return 1;
    }
    Database& db = **opened;
    // What the file costs a case (issue 22), and the largest of its tables and indexes (dbstat).
    {
        const auto value = [&](const QString& sql) {
            auto row = Sql::one(db, sql);
            return row && *row ? (**row).at(0).toLongLong() : 0;
        };
        const qint64 cases = value(QStringLiteral("SELECT count(*) FROM cases"));
        const qint64 bytes
            = value(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"));
        QTextStream out(stdout);
        out << "database: " << bytes << " bytes, " << (cases > 0 ? bytes / cases : 0) << " bytes a case";
        auto largest = Sql::run(
            db.sql(), QStringLiteral("SELECT name, pgsize FROM dbstat('main', 1) ORDER BY pgsize DESC LIMIT 8"));
        if (largest) {
            out << "; largest:";
            for (QSqlQuery q = std::move(largest).value(); q.next();)
                out << ' ' << q.value(0).toString() << ' ' << q.value(1).toLongLong() / std::max<qint64>(cases, 1)
                    << " B/case";
        }
        out << Qt::endl;
    }
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
    auto textAnd = [&](const QString& t, const std::function<void(CaseFilter&)>& more) {
        CaseFilter f = text(t);
        more(f);
        return f;
    };
    CaseFilter registered;
    registered.status = CaseStatus::Registered;
    CaseFilter elevators;
    elevators.catalogCode = QStringLiteral("5.6");
    CaseFilter month;
    month.from = QDate(2026, 10, 1);
    month.to = QDate(2026, 10, 31);
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
        { QStringLiteral("search USCC prefix 91450202MA"), text(QStringLiteral("91450202MA")) },
        { QStringLiteral("search Latin word iso"), text(QStringLiteral("iso")) },
        { QStringLiteral("filter status registered"), registered },
        { QStringLiteral("filter category 5.6"), elevators },
        { QStringLiteral("filter October 2026"), month },
        // Issue 22: text with each kind of filter, the common words (the worst case for a count).
        { QStringLiteral("search 检验 + channel window"),
            textAnd(QStringLiteral("检验"), [](CaseFilter& f) { f.channel = Channel::Window; }) },
        { QStringLiteral("search 计量 + status closed"),
            textAnd(QStringLiteral("计量"), [](CaseFilter& f) { f.status = CaseStatus::Closed; }) },
        { QStringLiteral("search 咨询 + category 5.1"),
            textAnd(QStringLiteral("咨询"), [](CaseFilter& f) { f.catalogCode = QStringLiteral("5.1"); }) },
        // The worst found in the demo data: the commonest word (two cases in three) with the
        // commonest channel, status and category, and with three filters at once.
        { QStringLiteral("search 咨询 + channel window"),
            textAnd(QStringLiteral("咨询"), [](CaseFilter& f) { f.channel = Channel::Window; }) },
        { QStringLiteral("search 咨询 + status closed"),
            textAnd(QStringLiteral("咨询"), [](CaseFilter& f) { f.status = CaseStatus::Closed; }) },
        { QStringLiteral("search 咨询 + closed, window, 5.1"),
            textAnd(QStringLiteral("咨询"),
                [](CaseFilter& f) {
                    f.status = CaseStatus::Closed;
                    f.channel = Channel::Window;
                    f.catalogCode = QStringLiteral("5.1");
                }) },
        { QStringLiteral("search 标准 + October 2026"),
            textAnd(QStringLiteral("标准"),
                [](CaseFilter& f) {
                    f.from = QDate(2026, 10, 1);
                    f.to = QDate(2026, 10, 31);
                }) },
    };
    // A count that steps through many of a word's matches gives the word a bitmap of its own
    // (storage/CaseBits): once on a station, the first count of that word. Taken here, before the
    // timing, so that each count's floor is the statements it runs from then on; each first is shown.
    for (const Probe& p : probes) {
        const qint64 before = CaseBits::promotedTokens(db).value().size();
        qint64 total = 0;
        const double first = elapsedMs([&] { total = CaseQuery::count(db, p.filter).value(); });
        if (CaseBits::promotedTokens(db).value().size() > before)
            report(p.name + QStringLiteral(": count, the first, giving its word a bitmap"), { first, -1 }, total);
    }
    for (const Probe& p : probes) {
        qint64 rows = 0;
        measure(db, runs, p.name + QStringLiteral(": first 20"), rows, [&] {
            rows = CaseQuery::page(db, p.filter, 0, 20)->size();
        });
        qint64 total = 0;
        measure(db, runs, p.name + QStringLiteral(": count"), total, [&] {
            total = CaseQuery::count(db, p.filter).value();
        });
    }

    // Deep in the list: by key (what the list does when scrolling) against a plain OFFSET jump.
    const auto middle = CaseQuery::pageAt(db, {}, 500000, 1);
    if (middle && !middle->isEmpty()) {
        const qint64 key = middle->first().seq;
        qint64 rows = 0;
        measure(db, runs, QStringLiteral("page 100 rows at row 500000, by key"), rows, [&] {
            rows = CaseQuery::page(db, {}, key, 100)->size();
        });
        measure(db, runs, QStringLiteral("page 100 rows at row 500000, by OFFSET"), rows, [&] {
            rows = CaseQuery::pageAt(db, {}, 500000, 100)->size();
        });
    }

    // Every `report` process loads the service catalog first.
    qint64 categories = 0;
    const double loading = timeMs(runs, [&] { categories = Catalog::loadBuiltIn()->categories().size(); });
    report(QStringLiteral("load the built-in service catalog"), { loading, -1 }, categories);
    auto catalog = Catalog::loadBuiltIn();
    const auto clients = ClientStore::find(db, { {}, 0, 1 });
    const Actor supervisor = Actor::user(QStringLiteral("bench"), Role::Supervisor);
    if (catalog && clients && !clients->isEmpty()) {
        // The monthly statistics (issue 7; issue 22: <= 10 ms): every section, with the month before
        // and last year's. Cold: the first report after opening the file.
        const ReportPeriod october = ReportPeriod::month(2026, 10);
        qint64 received = 0;
        QList<double> cold, coldFloor;
        QList<StatementLog::Statement> monthlyStatements;
        for (int i = 0; i < std::max(3, runs / 3); ++i) {
            auto fresh = Database::open(path, Database::Mode::ReadOnly);
            if (!fresh)
                break;
            StatementLog log;
            cold << elapsedMs(
                [&] { received = MonthlyReport::compute(**fresh, *catalog, october, {}, supervisor)->received; });
            monthlyStatements = log.statements();
            auto again = Database::open(path, Database::Mode::ReadOnly);
            if (again)
                coldFloor << elapsedMs([&] { StatementLog::replay((*again)->handle(), monthlyStatements); });
        }
        report(QStringLiteral("monthly report, every section (3 periods), cold"),
            { median(cold), median(coldFloor) },
            received);
        // Where its cold floor goes: the slowest of its statements, each alone on a file just opened
        // (its pages not yet in SQLite's cache, as in a `report` process).
        QList<QPair<double, QString>> slowest;
        for (const StatementLog::Statement& st : monthlyStatements) {
            QList<double> each;
            for (int i = 0; i < 3; ++i)
                if (auto fresh = Database::open(path, Database::Mode::ReadOnly))
                    each << elapsedMs([&] { StatementLog::replay((*fresh)->handle(), { st }); });
            slowest.append({ median(each), st.sql.simplified().left(90) });
        }
        std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (qsizetype i = 0; i < std::min<qsizetype>(8, slowest.size()); ++i)
            report(QStringLiteral("  monthly report's statement %1 of %2, cold: %3")
                       .arg(i + 1)
                       .arg(monthlyStatements.size())
                       .arg(slowest.at(i).second),
                { -1, slowest.at(i).first },
                0);
        measure(db, runs, QStringLiteral("monthly report, every section (3 periods), warm"), received, [&] {
            received = MonthlyReport::compute(db, *catalog, october, {}, supervisor)->received;
        });
        qint64 visits = 0;
        measure(db, runs, QStringLiteral("satisfaction survey, one month"), visits, [&] {
            visits = SatisfactionSurvey::compute(db, *catalog, october.from, october.to, {}, supervisor)->visits;
        });
        qint64 complaints = 0;
        measure(db, runs, QStringLiteral("complaints by class, one month"), complaints, [&] {
            complaints = ComplaintStatistics::compute(db, october.from, october.to, {}, QDate(2026, 11, 24), supervisor)
                             ->received;
        });
        // 4.2 客户档案: one client's whole file, its cases with their timelines, return visits and
        // complaints.
        const Client& client = clients->first();
        qint64 entries = 0;
        measure(db, runs, QStringLiteral("client file of one client (%1 cases)").arg(client.caseCount), entries, [&] {
            entries = ClientFile::collect(db, *catalog, client.id)->entries.size();
        });
    }

    // What writes runs on a copy, so the bench leaves its database as it found it.
    ScratchCopy scratch(path);
    auto copy = scratch.ok ? Database::open(scratch.path) : Result<std::unique_ptr<Database>>(Error::internal({}));
    if (!copy || !catalog) {
        QTextStream(stderr) << "no scratch copy of the database to write in\n";
        return 1;
    }
    Database& rw = **copy;
    // Issue 21: the knowledge base's suggestions while a request is typed, on 10,000 entries: every
    // prefix of a request as the clerk types it, the median over all of them (and a whole search).
    ensureKnowledge(rw, *catalog, 10000);
    const QString typed = QStringLiteral("企业想咨询计量器具检定校准需要哪些材料，收费标准是什么");
    const QDate today = QDate(2026, 11, 24);
    QList<double> perPrefix, perPrefixFloor;
    qint64 shown = 0;
    Timed whole;
    for (int n = 2; n <= typed.size(); ++n) {
        const QString prefix = typed.left(n);
        whole = withFloor(
            rw, runs, [&] { shown = KnowledgeStore::suggest(rw, prefix, QStringLiteral("5.1.2"), today, 5)->size(); });
        perPrefix << whole.ms;
        perPrefixFloor << whole.floorMs;
    }
    report(QStringLiteral("knowledge suggestions while typing (10k entries), per keystroke"),
        { median(perPrefix), median(perPrefixFloor) },
        shown);
    report(QStringLiteral("knowledge suggestions, the whole 27-character request"), whole, shown);
    qint64 found = 0;
    measure(rw, runs, QStringLiteral("knowledge search 检定 (10k entries), first 50"), found, [&] {
        found = KnowledgeStore::search(rw, QStringLiteral("检定"), {}, today, true, 50)->size();
    });

    // Registering one case: validation, number, case row, search entry, audit, commit.
    if (const auto writers = ClientStore::find(rw, { {}, 0, 1 }); writers && !writers->isEmpty()) {
        Registration reg(rw, *catalog);
        const NewCase input { writers->first().id,
            QStringLiteral("window"),
            QStringLiteral("5.2.2"),
            QStringLiteral("查询GB/T 19001-2016是否现行有效（基准测试）"),
            {},
            {} };
        report(QStringLiteral("register one case (on a copy)"),
            { timeMs(runs, [&] { reg.registerCase(input, Actor::user(QStringLiteral("bench"), Role::Clerk)); }) },
            1);
    }
    return 0;
}
