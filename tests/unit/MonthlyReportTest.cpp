// Issue 7: every figure of the monthly statistics, checked against the same number computed here
// independently with plain SQL on generated data, including month bounds in China time.
#include "reports/MonthlyReport.h"

#include "common/Clock.h"
#include "demo/DemoData.h"
#include "domain/WorkCalendar.h"
#include "reports/MonthlyReportOutput.h"
#include "reports/ReportDays.h"
#include "reports/SatisfactionSurvey.h"
#include "storage/AgencyStore.h"
#include "storage/Sql.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/CaseActions.h"
#include "workflow/CaseArchive.h"
#include "workflow/ReturnVisits.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>

namespace {
qint64 one(Database& db, const QString& sql)
{
    auto r = Sql::one(db, sql);
    REQUIRE(r.ok());
    return (**r).at(0).toLongLong();
}
// October 2026 in China time, as UTC text: 2026-09-30 16:00 to 2026-10-31 16:00.
const QString kLo = QStringLiteral("'2026-09-30T16:00:00.000Z'");
const QString kHi = QStringLiteral("'2026-10-31T16:00:00.000Z'");
} // namespace

TEST_CASE("monthly figures agree with plain SQL, month bounds in China time", "[report]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 6000, 4, QDate(2026, 11, 24), 3 }).ok());
    // A case received at 23:30 China time on 31 October is October's; one at 00:10 on 1 November is not.
    const QString edge = QStringLiteral("UPDATE cases SET received_at = '%1' WHERE seq = %2");
    REQUIRE(Sql::run(t.db->sql(), edge.arg(QStringLiteral("2026-10-31T15:30:00.000Z")).arg(1)).ok());
    REQUIRE(Sql::run(t.db->sql(), edge.arg(QStringLiteral("2026-10-31T16:10:00.000Z")).arg(2)).ok());

    auto f = MonthlyReport::compute(
        *t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor(QStringLiteral("liming"), Role::Supervisor));
    REQUIRE(f.ok());
    CHECK(f->received
        == one(*t.db,
            QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= %1 AND received_at < %2").arg(kLo, kHi)));
    CHECK(f->receivedPrevious
        == one(*t.db,
            QStringLiteral(
                "SELECT count(*) FROM cases WHERE received_at >= '2026-08-31T16:00:00.000Z' AND received_at < %1")
                .arg(kLo)));
    CHECK(f->receivedLastYear
        == one(*t.db,
            QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= '2025-09-30T16:00:00.000Z' AND received_at "
                           "< '2025-10-31T16:00:00.000Z'")));
    REQUIRE(f->byCategory.size() == 12);
    for (const CountRow& r : f->byCategory) {
        INFO(r.key.toStdString());
        CHECK(r.count
            == one(*t.db,
                QStringLiteral(
                    "SELECT count(*) FROM cases WHERE category_code = '%1' AND received_at >= %2 AND received_at < %3")
                    .arg(r.key, kLo, kHi)));
    }
    qint64 sum = 0;
    for (const CountRow& r : f->byChannel)
        sum += r.count;
    CHECK(sum == f->received);
    CHECK(f->answeredAtOnce
        == one(*t.db,
            QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'answered' AND at >= %1 AND at < %2")
                .arg(kLo, kHi)));
    CHECK(f->closed
        == one(*t.db,
            QStringLiteral("SELECT count(DISTINCT case_seq) FROM case_events WHERE kind IN ('answered', 'closed') AND "
                           "at >= %1 AND at < %2")
                .arg(kLo, kHi)));
    // Open at the end, counted the slow, obvious way.
    CHECK(f->openAtEnd
        == one(*t.db,
            QStringLiteral(
                "SELECT count(*) FROM cases WHERE received_at < %1 AND (closed_at IS NULL OR closed_at >= %1)")
                .arg(kHi)));
    // The median time to close, by nearest rank over every closing, in SQL; as printed.
    const qint64 n = one(*t.db,
        QStringLiteral("SELECT count(*) FROM case_events WHERE kind IN ('answered', 'closed') AND at >= %1 AND at < %2")
            .arg(kLo, kHi));
    REQUIRE(n > 10);
    const qint64 medianMs = one(*t.db,
        QStringLiteral("SELECT CAST(round((julianday(e.at) - julianday(c.received_at)) * 86400000) AS INTEGER) AS ms "
                       "FROM case_events e JOIN cases c ON c.seq = e.case_seq WHERE e.kind IN ('answered', 'closed') "
                       "AND e.at >= %1 AND e.at < %2 ORDER BY ms LIMIT 1 OFFSET %3")
            .arg(kLo, kHi)
            .arg((n + 1) / 2 - 1));
    CHECK(f->closeMedianHours == ReportDays::hoursOf(ReportDays::durationKey(medianMs)));
    CHECK(MonthlyReportOutput::hours(f->closeMedianHours) == MonthlyReportOutput::hours(medianMs / 3600000.0));
    qint64 registered = 0;
    for (const StaffRow& s : f->staff)
        registered += s.registered;
    CHECK(registered == f->received);

    // The CSV for Excel: BOM, the categories by name, and the same total.
    const QString csv = t.dir.filePath(QStringLiteral("r.csv"));
    REQUIRE(MonthlyReportOutput::writeCsv(*f, csv).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("计量"));
    CHECK(bytes.contains(QByteArray::number(f->received)));

    // The workbook: a zip with one worksheet and the strings, written whole.
    const QString xlsx = t.dir.filePath(QStringLiteral("r.xlsx"));
    REQUIRE(MonthlyReportOutput::writeXlsx(*f, xlsx).ok());
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    const QByteArray zip = book.readAll();
    CHECK(zip.startsWith("PK"));
    CHECK(zip.contains("xl/worksheets/sheet1.xml"));
    CHECK_FALSE(QFile::exists(xlsx + QStringLiteral(".part")));
}

TEST_CASE("statistics are for supervisors and administrators; a bad period or station is refused", "[report]")
{
    TestDatabase t;
    const auto clerk = MonthlyReport::compute(
        *t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor(QStringLiteral("zhangli"), Role::Clerk));
    CHECK(clerk.error().code == ErrorCode::NotAllowed);
    const auto backwards
        = MonthlyReport::compute(*t.db, t.catalog, { QDate(2026, 10, 31), QDate(2026, 10, 1) }, {}, testActor());
    CHECK(backwards.error().field == QStringLiteral("period"));
    CHECK(MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), QStringLiteral("XX"), testActor())
              .error()
              .code
        == ErrorCode::NotFound);
    CHECK(ReportPeriod::month(2026, 3).previousMonth().to == QDate(2026, 2, 28));
    const ReportPeriod half { QDate(2026, 10, 1), QDate(2026, 10, 15) };
    CHECK(half.previousMonth().from == QDate(2026, 9, 1));
    CHECK(half.previousMonth().to == QDate(2026, 9, 15));
    CHECK(half.sameMonthLastYear().to == QDate(2025, 10, 15));
}

TEST_CASE("a case closed in a month and reopened later still counts as closed in that month", "[report]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 3000, 4, QDate(2026, 11, 24), 3 }).ok());
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    auto before = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), {}, supervisor);
    REQUIRE(before.ok());
    // A case closed in October, reopened on 20 November.
    const QString number = Sql::one(*t.db,
        QStringLiteral("SELECT c.number FROM cases c JOIN case_events e ON e.case_seq = c.seq "
                       "WHERE e.kind IN ('answered', 'closed') AND e.at >= %1 AND e.at < %2 "
                       "AND c.received_at >= %1 LIMIT 1")
            .arg(kLo, kHi))
                               ->value()
                               .at(0)
                               .toString();
    ClockOverride clock([] { return QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC); });
    REQUIRE(CaseActions(*t.db).reopen(number, QStringLiteral("客户补充材料"), supervisor).ok());
    clock.reset();
    auto after = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), {}, supervisor);
    REQUIRE(after.ok());
    CHECK(after->closed == before->closed);
    CHECK(after->openAtEnd == before->openAtEnd);
    CHECK(after->received == before->received);
    // In November it is open at the end.
    auto november = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 11), {}, supervisor);
    CHECK(november->openAtEnd
        == one(*t.db,
            QStringLiteral("SELECT count(*) FROM cases WHERE received_at < '2026-11-30T16:00:00.000Z' AND (closed_at "
                           "IS NULL OR closed_at >= '2026-11-30T16:00:00.000Z')")));
}

TEST_CASE("a case moved to another station counts there, in the all-stations and the one-station report", "[report]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 2000, 4, QDate(2026, 11, 24), 3 }).ok());
    REQUIRE(Sql::run(t.db->sql(),
        QStringLiteral("INSERT INTO stations(id, city_code, code, name, level, created_at) "
                       "VALUES ('s-lb', 'LZ', 'LB', '柳北区', 'county', 'now')"))
                .ok());
    const qint64 moved = one(*t.db,
        QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= %1 AND received_at < %2 AND seq % 5 = 0")
            .arg(kLo, kHi));
    REQUIRE(moved > 0);
    REQUIRE(Sql::run(t.db->sql(),
        QStringLiteral("UPDATE cases SET station_seq = (SELECT seq FROM stations WHERE code = 'LB') "
                       "WHERE received_at >= %1 AND received_at < %2 AND seq % 5 = 0")
            .arg(kLo, kHi))
                .ok());
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    auto all = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), {}, supervisor);
    auto lb = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), QStringLiteral("LB"), supervisor);
    auto ln = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), QStringLiteral("LN"), supervisor);
    REQUIRE(all.ok());
    REQUIRE(lb.ok());
    REQUIRE(ln.ok());
    CHECK(lb->received == moved);
    CHECK(ln->received + lb->received == all->received);
    CHECK(lb->stationName == QStringLiteral("柳北区"));
    qint64 listed = 0;
    for (const CountRow& r : all->byStation)
        listed += r.count;
    CHECK(listed == all->received);
    CHECK(all->byStation.size() == 2);
}

TEST_CASE("return visits, satisfaction and complaints in the monthly figures agree with plain SQL", "[report]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 12000, 6, QDate(2026, 11, 24), 3 }).ok());
    auto f = MonthlyReport::compute(
        *t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor(QStringLiteral("liming"), Role::Supervisor));
    REQUIRE(f.ok());
    const QString visits
        = QStringLiteral("FROM return_visits WHERE visited_at >= %1 AND visited_at < %2").arg(kLo, kHi);
    REQUIRE(f->satisfaction.visits > 0);
    CHECK(f->satisfaction.visits == one(*t.db, QStringLiteral("SELECT count(*) %1").arg(visits)));
    CHECK(f->satisfaction.dimensions.at(0).satisfied
        == one(*t.db, QStringLiteral("SELECT count(*) %1 AND rating_matching >= 4").arg(visits)));
    CHECK(f->satisfaction.dimensions.at(2).levels[0]
        == one(*t.db, QStringLiteral("SELECT count(*) %1 AND rating_attitude = 1").arg(visits)));
    CHECK(f->satisfaction.overall.answers
        == one(*t.db,
            QStringLiteral("SELECT count(rating_matching) + count(rating_level) + count(rating_attitude) + "
                           "count(rating_complaint) %1")
                .arg(visits)));
    qint64 staffVisits = 0;
    for (const StaffRow& s : f->staff) {
        INFO(s.login.toStdString());
        CHECK(s.returnVisits
            == one(*t.db, QStringLiteral("SELECT count(*) %1 AND visited_by = '%2'").arg(visits, s.login)));
        staffVisits += s.returnVisits;
    }
    CHECK(staffVisits == f->satisfaction.visits);
    const QString complaints
        = QStringLiteral("FROM complaints WHERE received_at >= %1 AND received_at < %2").arg(kLo, kHi);
    CHECK(f->complaints.received == one(*t.db, QStringLiteral("SELECT count(*) %1").arg(complaints)));
    CHECK(f->complaints.valid == one(*t.db, QStringLiteral("SELECT count(*) %1 AND valid = 1").arg(complaints)));
    REQUIRE(f->complaints.byCategory.size() == 6);
    for (const ComplaintCount& c : f->complaints.byCategory) {
        INFO(c.key.toStdString());
        CHECK(
            c.received == one(*t.db, QStringLiteral("SELECT count(*) %1 AND category = '%2'").arg(complaints, c.key)));
        CHECK(c.valid
            == one(
                *t.db, QStringLiteral("SELECT count(*) %1 AND category = '%2' AND valid = 1").arg(complaints, c.key)));
    }
    // A complaint received at 23:30 China time on 31 October is October's; one at 00:10 on 1 November is not.
    const QString edge = QStringLiteral(
        "INSERT INTO complaints(id, number, station_code, channel, received_at, received_by, about_kind, category, "
        "summary, state, valid, ack_due, answer_due, updated_at) VALUES ('%1', '%1', 'LN', 'phone', '%2', 'x', "
        "'platform', 'fees', '收费', 'assessed', 1, '2026-11-02', '2026-11-20', 'now')");
    REQUIRE(
        Sql::run(t.db->sql(), edge.arg(QStringLiteral("edge-in"), QStringLiteral("2026-10-31T15:30:00.000Z"))).ok());
    REQUIRE(
        Sql::run(t.db->sql(), edge.arg(QStringLiteral("edge-out"), QStringLiteral("2026-10-31T16:10:00.000Z"))).ok());
    auto again = MonthlyReport::compute(
        *t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor(QStringLiteral("liming"), Role::Supervisor));
    REQUIRE(again.ok());
    CHECK(again->complaints.received == f->complaints.received + 1);
    CHECK(again->complaints.byCategory.at(3).valid == f->complaints.byCategory.at(3).valid + 1);
    // The printed tables carry both sections, by their titles (no clause numbers on the paper).
    const QString html = MonthlyReportOutput::html(*again, QStringLiteral("柳南区"));
    CHECK(html.contains(QCoreApplication::translate("Report", "Return visits and satisfaction")));
    CHECK(html.contains(QCoreApplication::translate("Report", "Complaints by class")));
    CHECK_FALSE(html.contains(QLatin1String("8.1.1")));
}

TEST_CASE("time to first response agrees with the earliest event of each case, kept by migration 18", "[report]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 6000, 8, QDate(2026, 11, 24), 3 }).ok());
    // The slow obvious way: the earliest event of each case received in October that has one.
    auto q = Sql::run(t.db->sql(),
        QStringLiteral("SELECT CAST(round((julianday(m) - julianday(received_at)) * 86400000) AS INTEGER) FROM (SELECT "
                       "c.received_at, (SELECT min(e.at) FROM case_events e WHERE e.case_seq = c.seq) AS m FROM cases "
                       "c WHERE c.received_at >= %1 AND c.received_at < %2) WHERE m IS NOT NULL")
            .arg(kLo, kHi));
    REQUIRE(q.ok());
    QSqlQuery rows = std::move(q).value();
    QList<qint64> ms;
    while (rows.next())
        ms << rows.value(0).toLongLong();
    REQUIRE(ms.size() > 50);
    std::sort(ms.begin(), ms.end());
    const auto rank = [&](double p) {
        return ReportDays::hoursOf(
            ReportDays::durationKey(ms.at(std::max(1, int(std::ceil(p / 100.0 * ms.size()))) - 1)));
    };
    auto f = MonthlyReport::compute(
        *t.db, t.catalog, ReportPeriod::month(2026, 10), {}, testActor(QStringLiteral("liming"), Role::Supervisor));
    REQUIRE(f.ok());
    CHECK(f->firstResponseMedianHours == rank(50));
    CHECK(f->firstResponseP90Hours == rank(90));

    // A later event leaves it; an earlier one (a record synchronised late) moves it.
    auto c = Sql::one(
        *t.db, QStringLiteral("SELECT seq, first_response_at FROM cases WHERE first_response_at IS NOT NULL LIMIT 1"));
    REQUIRE(c.ok());
    const qint64 seq = (**c).at(0).toLongLong();
    const QString first = (**c).at(1).toString();
    const QString insert = QStringLiteral(
        "INSERT INTO case_events(id, case_seq, kind, actor, at) VALUES ('%1', %2, 'follow_up', 'x', '%3')");
    REQUIRE(Sql::run(
        t.db->sql(), insert.arg(QStringLiteral("later")).arg(seq).arg(QStringLiteral("2099-01-01T00:00:00.000Z")))
                .ok());
    CHECK(one(*t.db, QStringLiteral("SELECT first_response_at = '%1' FROM cases WHERE seq = %2").arg(first).arg(seq))
        == 1);
    REQUIRE(Sql::run(
        t.db->sql(), insert.arg(QStringLiteral("earlier")).arg(seq).arg(QStringLiteral("2000-01-01T00:00:00.000Z")))
                .ok());
    CHECK(
        one(*t.db,
            QStringLiteral("SELECT first_response_at = '2000-01-01T00:00:00.000Z' FROM cases WHERE seq = %1").arg(seq))
        == 1);
}

namespace {
// What report_days holds against a count made afresh from the rows through migration 28's views:
// the rows that differ, as text (empty: none).
QStringList dayCountsDiffer(Database& db)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral(
            "WITH fresh AS (SELECT figure, day, station_seq, CAST(key AS TEXT), sum(n) AS n FROM (SELECT * FROM "
            "report_facts_of_case UNION ALL SELECT * FROM report_first_facts) GROUP BY 1, 2, 3, 4), "
            "kept AS (SELECT figure, day, station_seq, key, n FROM report_days WHERE n <> 0) "
            "SELECT 'kept', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh WHERE n <> 0) "
            "UNION ALL SELECT 'fresh', * FROM (SELECT * FROM fresh WHERE n <> 0 EXCEPT SELECT * FROM kept) "
            "LIMIT 10"));
    REQUIRE(q.ok());
    QSqlQuery rows = std::move(q).value();
    QStringList out;
    while (rows.next()) {
        QStringList cells;
        for (int i = 0; i < 6; ++i)
            cells << rows.value(i).toString();
        out << cells.join(QLatin1Char(' '));
    }
    return out;
}
} // namespace

TEST_CASE(
    "the day counts of migration 28 stay what a fresh count of the rows gives, through every change", "[report][days]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 3000, 11, QDate(2026, 11, 24), 3 }).ok());
    CHECK(dayCountsDiffer(*t.db) == QStringList {});
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);

    // Closed in October, reopened and closed again in October: one case closed, two closings timed.
    const QString number = Sql::one(*t.db,
        QStringLiteral("SELECT c.number FROM cases c JOIN case_events e ON e.case_seq = c.seq WHERE e.kind = 'closed' "
                       "AND e.at >= '2026-10-05T00:00:00.000Z' AND e.at < '2026-10-20T00:00:00.000Z' AND c.status = "
                       "'closed' LIMIT 1"))
                               ->value()
                               .at(0)
                               .toString();
    const auto closedInOctober = [&] {
        return one(*t.db,
            QStringLiteral("SELECT count(DISTINCT case_seq) FROM case_events WHERE kind IN ('answered', 'closed') AND "
                           "at >= %1 AND at < %2")
                .arg(kLo, kHi));
    };
    {
        ClockOverride clock([] { return QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC); });
        REQUIRE(CaseActions(*t.db).reopen(number, QStringLiteral("客户补充材料"), supervisor).ok());
        REQUIRE(CaseActions(*t.db).close(number, QStringLiteral("已补充答复"), supervisor).ok());
    }
    auto october = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), {}, supervisor);
    REQUIRE(october.ok());
    CHECK(october->closed == closedInOctober());
    CHECK(dayCountsDiffer(*t.db) == QStringList {});

    // Reopened in November and left open: open at November's end, the slow obvious way (the last
    // closing or reopening before the end says how it stood).
    {
        ClockOverride clock([] { return QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC); });
        REQUIRE(CaseActions(*t.db).reopen(number, QStringLiteral("再次补充"), supervisor).ok());
    }
    const QString openAtEnd = QStringLiteral(
        "SELECT count(*) FROM cases c WHERE c.received_at < '%1' AND coalesce((SELECT e.kind FROM case_events e WHERE "
        "e.case_seq = c.seq AND e.kind IN ('answered', 'closed', 'reopened') AND e.at < '%1' ORDER BY e.at DESC, "
        "e.seq DESC LIMIT 1), 'reopened') = 'reopened'");
    for (int month : { 10, 11 }) {
        auto f = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, month), {}, supervisor);
        REQUIRE(f.ok());
        INFO(month);
        CHECK(f->openAtEnd
            == one(*t.db,
                openAtEnd.arg(month == 10 ? QStringLiteral("2026-10-31T16:00:00.000Z")
                                          : QStringLiteral("2026-11-30T16:00:00.000Z"))));
    }

    // Attributes changed under the counts: receipt time, category, clerk, station, due date; a
    // handoff's result.
    for (const QString& sql :
        { QStringLiteral("UPDATE cases SET received_at = '2026-10-31T15:59:00.000Z' WHERE seq % 7 = 0"),
            QStringLiteral("UPDATE cases SET category_code = '5.12', received_by = 'wangfang' WHERE seq % 11 = 0"),
            QStringLiteral("UPDATE cases SET due_close = '2026-10-02' WHERE seq % 13 = 0"),
            QStringLiteral("UPDATE cases SET due_close = '2026-10-20', category_code = '5.2' WHERE seq % 17 = 0"),
            QStringLiteral("INSERT INTO stations(id, city_code, code, name, level, created_at) VALUES ('s-lb', 'LZ', "
                           "'LB', '柳北区', 'county', 'now')"),
            QStringLiteral("UPDATE cases SET station_seq = (SELECT seq FROM stations WHERE code = 'LB') WHERE seq % 5 "
                           "= 0"),
            QStringLiteral("UPDATE handoffs SET result_at = '2026-10-30T08:00:00.000Z', due_date = '2026-10-29' WHERE "
                           "seq % 2 = 0") }) {
        INFO(sql.toStdString());
        REQUIRE(Sql::write(*t.db, sql).ok());
        CHECK(dayCountsDiffer(*t.db) == QStringList {});
    }
    auto moved
        = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), QStringLiteral("LB"), supervisor);
    REQUIRE(moved.ok());
    CHECK(moved->received
        == one(*t.db,
            QStringLiteral("SELECT count(*) FROM cases c JOIN stations s ON s.seq = c.station_seq WHERE s.code = 'LB' "
                           "AND received_at >= %1 AND received_at < %2")
                .arg(kLo, kHi)));
    CHECK(moved->handoffsFinished
        == one(*t.db,
            QStringLiteral(
                "SELECT count(*) FROM handoffs h JOIN cases c ON c.seq = h.case_seq JOIN stations s ON s.seq "
                "= c.station_seq WHERE s.code = 'LB' AND h.result_at >= %1 AND h.result_at < %2")
                .arg(kLo, kHi)));

    // Archived: the closed cases of the first years leave, and their counts with them.
    ClockOverride today([] { return QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC); });
    const qint64 before = one(*t.db, QStringLiteral("SELECT count(*) FROM cases"));
    auto archived
        = CaseArchive(*t.db).archive(t.dir.filePath(QStringLiteral("archive.db")), QDate(2024, 6, 1), testActor());
    REQUIRE(archived.ok());
    REQUIRE(one(*t.db, QStringLiteral("SELECT count(*) FROM cases")) < before);
    CHECK(dayCountsDiffer(*t.db) == QStringList {});
    auto old = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2024, 3), {}, supervisor);
    REQUIRE(old.ok());
    CHECK(old->received
        == one(*t.db,
            QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= '2024-02-29T16:00:00.000Z' AND received_at "
                           "< '2024-03-31T16:00:00.000Z'")));
}

namespace {
// The survey of October against plain SQL over the return visits: a visit no later one corrects,
// of its case's station, for the agency the case was last handed to.
void checkSurveyAgainstRows(TestDatabase& t, const QString& station)
{
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    auto s
        = SatisfactionSurvey::compute(*t.db, t.catalog, QDate(2026, 10, 1), QDate(2026, 10, 31), station, supervisor);
    REQUIRE(s.ok());
    const QString counted = QStringLiteral(
        "FROM return_visits r JOIN cases c ON c.seq = r.case_seq JOIN stations s ON s.seq = c.station_seq "
        "LEFT JOIN handoffs h ON h.seq = (SELECT max(seq) FROM handoffs WHERE case_seq = c.seq) "
        "LEFT JOIN agencies a ON a.seq = h.agency_seq WHERE r.visited_at >= %1 AND r.visited_at < %2 "
        "AND NOT EXISTS (SELECT 1 FROM return_visits n WHERE n.supersedes = r.id) AND ('%3' = '' OR s.code = '%3')")
                                .arg(kLo, kHi, station);
    CHECK(s->visits == one(*t.db, QStringLiteral("SELECT count(*) ") + counted));
    CHECK(s->onsite == one(*t.db, QStringLiteral("SELECT count(*) %1 AND r.method = 'onsite'").arg(counted)));
    CHECK(s->dimensions.at(1).levels[3]
        == one(*t.db, QStringLiteral("SELECT count(*) %1 AND r.rating_level = 4").arg(counted)));
    const auto grouped = [&](const QString& key, const QString& ratings) {
        QHash<QString, QPair<qint64, qint64>> out; // key -> visits, ratings of 5
        auto q = Sql::run(
            t.db->sql(), QStringLiteral("SELECT %1, count(*), sum(%2) %3 GROUP BY 1").arg(key, ratings, counted));
        REQUIRE(q.ok());
        for (QSqlQuery rows = std::move(q).value(); rows.next();)
            out.insert(rows.value(0).toString(), { rows.value(1).toLongLong(), rows.value(2).toLongLong() });
        return out;
    };
    const QString fives = QStringLiteral("(r.rating_matching = 5) + (r.rating_level = 5) + (r.rating_attitude = 5) + "
                                         "coalesce(r.rating_complaint = 5, 0)");
    for (const auto& [rows, key] : { std::pair { &s->byAgency, QStringLiteral("coalesce(a.name, '')") },
             std::pair { &s->byStation, QStringLiteral("s.code") },
             std::pair { &s->byCategory, QStringLiteral("c.category_code") } }) {
        const auto plain = grouped(key, fives);
        INFO(key.toStdString());
        CHECK(rows->size() == plain.size());
        for (const SatisfactionRow& r : *rows) {
            INFO(r.key.toStdString());
            CHECK(r.visits == plain.value(r.key).first);
            CHECK(r.levels[4] == plain.value(r.key).second);
        }
    }
    CHECK(s->comments.size()
        == one(*t.db,
            QStringLiteral("SELECT count(*) %1 AND (r.comment <> '' OR min(r.rating_matching, r.rating_level, "
                           "r.rating_attitude, coalesce(r.rating_complaint, 5)) < 3)")
                .arg(counted)));
}

// The agencies' timeliness of October against plain SQL over the handoffs (as issue 20 first read it).
void checkAgenciesAgainstRows(TestDatabase& t)
{
    const Actor supervisor = testActor(QStringLiteral("liming"), Role::Supervisor);
    auto f = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 10), {}, supervisor);
    REQUIRE(f.ok());
    auto q = Sql::run(t.db->sql(),
        QStringLiteral(
            "SELECT a.name, sum(h.handed_at >= %1 AND h.handed_at < %2), sum(h.handed_at >= %1 AND h.handed_at < %2 "
            "AND %3), sum(h.state = 'done' AND h.result_at >= %1 AND h.result_at < %2), sum(h.state = 'done' AND "
            "h.result_at >= %1 AND h.result_at < %2 AND date(h.result_at, '+8 hours') <= h.due_date), "
            "sum(h.state = 'declined' AND h.result_at >= %1 AND h.result_at < %2) FROM handoffs h JOIN agencies a ON "
            "a.seq = h.agency_seq GROUP BY a.name")
            .arg(kLo, kHi, AgencyStore::lateSignForSql(QDate(2026, 11, 1))));
    REQUIRE(q.ok());
    QHash<QString, QList<qint64>> plain;
    for (QSqlQuery rows = std::move(q).value(); rows.next();)
        if (rows.value(1).toLongLong() + rows.value(3).toLongLong() + rows.value(5).toLongLong() > 0)
            plain.insert(rows.value(0).toString(),
                { rows.value(1).toLongLong(),
                    rows.value(2).toLongLong(),
                    rows.value(3).toLongLong(),
                    rows.value(4).toLongLong(),
                    rows.value(5).toLongLong() });
    QHash<QString, QList<qint64>> counted;
    for (const AgencyClockRow& r : f->clockByAgency)
        if (r.handedOff + r.finished + r.returns > 0)
            counted.insert(r.name, { r.handedOff, r.lateSignFors, r.finished, r.onTime, r.returns });
    CHECK(counted == plain);
}
} // namespace

TEST_CASE("the survey's and the agencies' day counts follow corrected visits, handoffs, moves and the archive",
    "[report][days]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 3000, 11, QDate(2026, 11, 24), 3 }).ok());
    REQUIRE(one(*t.db,
                QStringLiteral("SELECT count(*) FROM return_visits WHERE visited_at >= %1 AND visited_at < %2")
                    .arg(kLo, kHi))
        >= 5);
    checkSurveyAgainstRows(t, {});
    CHECK(dayCountsDiffer(*t.db) == QStringList {});

    // A visit of October corrected (in November, lower and with a comment): October counts the correction.
    const WorkCalendar calendar = WorkCalendar::load().value();
    auto first = Sql::one(*t.db,
        QStringLiteral("SELECT r.id, c.number FROM return_visits r JOIN cases c ON c.seq = r.case_seq WHERE "
                       "r.visited_at >= %1 AND r.visited_at < %2 AND r.supersedes IS NULL ORDER BY r.seq LIMIT 1")
            .arg(kLo, kHi));
    REQUIRE((first.ok() && first->has_value()));
    NewReturnVisit correction;
    correction.caseNumber = (**first).at(1).toString();
    correction.corrects = (**first).at(0).toString();
    correction.method = QStringLiteral("onsite");
    correction.visitedAt = QDateTime(QDate(2026, 10, 20), QTime(10, 0), Clock::chinaZone());
    correction.clientSaid = QStringLiteral("更正：答复偏慢");
    correction.matching = 2;
    correction.level = 3;
    correction.attitude = 4;
    correction.comment = QStringLiteral("希望提速");
    {
        ClockOverride clock([] { return QDateTime(QDate(2026, 11, 2), QTime(3, 0), Qt::UTC); });
        REQUIRE(ReturnVisits(*t.db, calendar).record(correction, testActor()).ok());
    }
    checkSurveyAgainstRows(t, {});
    CHECK(dayCountsDiffer(*t.db) == QStringList {});

    // Handed to an agency after the visits, handed to another one, then moved to another station.
    for (const QString& sql :
        {
            QStringLiteral(
                "INSERT INTO agencies(id, kind, name, created_at, updated_at) VALUES ('a-1', 'agency', "
                "'柳州市计量测试所', 'now', 'now'), ('a-2', 'agency', '柳州市标准化研究中心', 'now', 'now')"),
            QStringLiteral(
                "INSERT INTO handoffs(id, case_seq, agency_seq, handed_at, handed_by, due_days, due_date) SELECT "
                "'h-late-' || r.seq, r.case_seq, (SELECT min(seq) FROM agencies), '2026-11-10T02:00:00.000Z', "
                "'liming', 10, '2026-11-20' FROM return_visits r WHERE r.visited_at >= %1 AND r.visited_at < %2 "
                "AND r.seq % 3 = 0")
                .arg(kLo, kHi),
            QStringLiteral("UPDATE handoffs SET agency_seq = (SELECT max(seq) FROM agencies) WHERE id LIKE 'h-late-%' "
                           "AND seq % 2 = 0"),
            // Signed for late, returned, finished late, a sign-for day moved: the agencies' counts follow.
            QStringLiteral("UPDATE handoffs SET sign_due = date(handed_at, '+8 hours', '+1 day') WHERE seq % 2 = 1"),
            QStringLiteral("UPDATE handoffs SET state = 'accepted', accepted_at = datetime(handed_at, '+3 days') "
                           "WHERE seq % 4 = 1 AND result_at IS NULL"),
            QStringLiteral("UPDATE handoffs SET state = 'declined', result = '超出范围', result_at = "
                           "'2026-10-15T02:00:00.000Z' WHERE seq % 6 = 0 AND handed_at < '2026-10-15'"),
            QStringLiteral("UPDATE handoffs SET state = 'done', result = '已办结', result_at = "
                           "'2026-10-30T02:00:00.000Z', due_date = '2026-10-29' WHERE seq % 5 = 0 AND state <> "
                           "'declined' AND handed_at < '2026-10-30'"),
            QStringLiteral("INSERT INTO stations(id, city_code, code, name, level, created_at) VALUES ('s-lb', 'LZ', "
                           "'LB', '柳北区', 'county', 'now')"),
            QStringLiteral("UPDATE cases SET station_seq = (SELECT seq FROM stations WHERE code = 'LB'), "
                           "category_code = '5.3' WHERE seq IN (SELECT case_seq FROM return_visits WHERE seq % 4 = 0)"),
        }) {
        INFO(sql.toStdString());
        const Status written = Sql::write(*t.db, sql);
        INFO((written ? QString() : written.error().message.english).toStdString());
        REQUIRE(written.ok());
        CHECK(dayCountsDiffer(*t.db) == QStringList {});
        checkSurveyAgainstRows(t, {});
        checkAgenciesAgainstRows(t);
    }
    checkSurveyAgainstRows(t, QStringLiteral("LB"));
    checkSurveyAgainstRows(t, QStringLiteral("LN"));

    // Archived: the visits of the cases that leave (closed before June 2024) take their counts with them.
    ClockOverride today([] { return QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC); });
    const qint64 before = one(*t.db, QStringLiteral("SELECT count(*) FROM return_visits"));
    REQUIRE(
        CaseArchive(*t.db).archive(t.dir.filePath(QStringLiteral("archive.db")), QDate(2024, 6, 1), testActor()).ok());
    REQUIRE(one(*t.db, QStringLiteral("SELECT count(*) FROM return_visits")) < before);
    CHECK(dayCountsDiffer(*t.db) == QStringList {});
    checkSurveyAgainstRows(t, {});
    checkAgenciesAgainstRows(t);
}

TEST_CASE("a duration's key prints as the duration does, in migration 28 as here", "[report][days]")
{
    TestDatabase t;
    REQUIRE(DemoData::generate(*t.db, t.catalog, { 1, 1, QDate(2026, 11, 24), 3 }).ok());
    const qint64 seq = one(*t.db, QStringLiteral("SELECT min(seq) FROM cases"));
    for (qint64 ms : { 0LL,
             179999LL,
             180000LL,
             360000LL,
             540000LL,
             900000LL,
             172619999LL,
             172620000LL,
             172800000LL,
             177119999LL,
             177120000LL,
             1641600000LL,
             3600000LL * 500 + 12345 }) {
        INFO(ms);
        // The first response that long after the receipt, as migration 28's view keys it.
        REQUIRE(Sql::write(*t.db,
            QStringLiteral("UPDATE cases SET first_response_at = strftime('%Y-%m-%dT%H:%M:%fZ', julianday(received_at) "
                           "+ ? / 86400000.0) WHERE seq = ?"),
            { ms, seq })
                    .ok());
        auto key = Sql::one(*t.db, QStringLiteral("SELECT key FROM report_first_facts WHERE case_seq = ?"), { seq });
        REQUIRE((key.ok() && key->has_value()));
        CHECK((**key).at(0).toLongLong() == ReportDays::durationKey(ms));
        // Away from a tie (a tie prints by the binary value), the key's duration prints as the raw one.
        if (ms % 180000 != 0 && ms % 4320000 != 0)
            CHECK(MonthlyReportOutput::hours(ReportDays::hoursOf(ReportDays::durationKey(ms)))
                == MonthlyReportOutput::hours(ms / 3600000.0));
    }
    CHECK(dayCountsDiffer(*t.db) == QStringList {});
}
