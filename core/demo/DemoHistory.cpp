#include "demo/DemoHistory.h"

#include "common/Clock.h"
#include "domain/Records.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "workflow/Timeline.h"

namespace {
// Which closed cases had what, by a hash of their seq (the same cases every time): not answered at
// once, so they took days.
const QString kPast = QStringLiteral("c.status = 'closed' AND c.answer IS NULL AND c.closed_at IS NOT NULL");

// The SQL below holds strftime's and printf's own % signs, which QString::arg would take for its
// placeholders: its parts are named {LIKE_THIS} and filled in literally.
QString fill(QString sql, const QList<QPair<QString, QString>>& parts)
{
    for (const auto& [name, value] : parts)
        sql.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    return sql;
}

// A time as stored, `modifier` after `column` ("+1 hour").
QString later(const QString& column, const QString& modifier)
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', ") + column + QStringLiteral(", '") + modifier
        + QStringLiteral("')");
}

// A UUID made of `tag` and the row's seq: deterministic, and unlike any random one's version digit.
QString idOf(const QString& tag, const QString& seq)
{
    return QStringLiteral("printf('") + tag + QStringLiteral("-0000-0000-0000-%012d', ") + seq + QLatin1Char(')');
}

// The rows the lines below are written for: what this step added.
const QString kNewNotices = QStringLiteral("FROM notices n JOIN demo_notices d ON d.case_seq = n.case_seq");
const QString kDemoHandoffs
    = QStringLiteral("FROM handoffs h JOIN agencies a ON a.seq = h.agency_seq WHERE h.id LIKE 'd0000004-%'");
const QString kDemoRequests = QStringLiteral("FROM instruction_requests i WHERE i.id LIKE 'd0000009-%'");

// The line a step leaves on its case's timeline, one for each row of `from`: `key` numbers the row
// (for its id), the others are SQL for the line's case, actor, time and detail.
struct Line
{
    const char* tag;
    const char* kind;
    const char* key;
    const char* caseSeq;
    const char* actor;
    const char* at;
    const char* detail;
};

QString timeline(const Line& l, const QString& from)
{
    return QStringLiteral("INSERT INTO case_events(id, case_seq, kind, actor, at, detail) SELECT ")
        + idOf(QLatin1String(l.tag), QLatin1String(l.key)) + QStringLiteral(", ") + QLatin1String(l.caseSeq)
        + QStringLiteral(", '") + QLatin1String(l.kind) + QStringLiteral("', ") + QLatin1String(l.actor)
        + QStringLiteral(", ") + QLatin1String(l.at) + QStringLiteral(", ") + QLatin1String(l.detail) + QLatin1Char(' ')
        + from;
}

Result<qint64> changed(Database& db)
{
    auto n = Sql::one(db, QStringLiteral("SELECT changes()"));
    if (!n)
        return n.error();
    return (**n).first().toLongLong();
}

// The timeline lines written since `afterEventSeq`, as ops for the platform.
Status offerLines(Database& db, qint64 afterEventSeq)
{
    auto lines = Sql::run(db.sql(),
        QStringLiteral("SELECT e.id, c.id, e.kind, e.actor, e.at, coalesce(e.detail, '') FROM case_events e JOIN cases "
                       "c ON c.seq = e.case_seq WHERE e.seq > ? ORDER BY e.seq"),
        { afterEventSeq });
    if (!lines)
        return lines.error();
    for (QSqlQuery q = std::move(lines).value(); q.next();) {
        const CaseEvent event { q.value(0).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            Clock::fromStorage(q.value(4).toString()),
            q.value(5).toString() };
        if (Status s = Timeline::offer(db, q.value(1).toString(), event, event.at); !s)
            return s;
    }
    return success();
}
} // namespace

Result<DemoHistorySummary> DemoHistory::add(Database& db, bool withOutbox)
{
    auto station = StationStore::local(db);
    if (!station)
        return station.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto lastEvent = Sql::one(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM case_events"));
    if (!lastEvent)
        return lastEvent.error();
    const qint64 eventsBefore = (**lastEvent).at(0).toLongLong();
    DemoHistorySummary summary;
    const QList<QPair<QString, QString>> parts {
        { QStringLiteral("PAST"), kPast },
        { QStringLiteral("STATION"), QString::number(station->seq) },
        { QStringLiteral("PREFIX"), QStringLiteral("%1-%2-GZ-").arg(station->cityCode, station->code) },
        { QStringLiteral("WINDOW"), station->name.isEmpty() ? QStringLiteral("受理") : station->name },
        { QStringLiteral("NOTICE_ID"), idOf(QStringLiteral("d0000001"), QStringLiteral("d.case_seq")) },
        { QStringLiteral("HANDOFF_ID"), idOf(QStringLiteral("d0000004"), QStringLiteral("c.seq")) },
        { QStringLiteral("REQUEST_ID"), idOf(QStringLiteral("d0000009"), QStringLiteral("c.seq")) },
        { QStringLiteral("HOUR_LATER"), later(QStringLiteral("c.received_at"), QStringLiteral("+1 hour")) },
        { QStringLiteral("TWO_HOURS_LATER"), later(QStringLiteral("c.received_at"), QStringLiteral("+2 hours")) },
        { QStringLiteral("THREE_HOURS_LATER"), later(QStringLiteral("c.received_at"), QStringLiteral("+3 hours")) },
        { QStringLiteral("DAY_LATER"), later(QStringLiteral("c.received_at"), QStringLiteral("+1 day")) },
        { QStringLiteral("TWO_DAYS_LATER"), later(QStringLiteral("c.received_at"), QStringLiteral("+2 days")) },
        { QStringLiteral("LATE"), later(QStringLiteral("c.received_at"), QStringLiteral("+18 days")) },
    };
    const auto run = [&](const QStringList& statements) {
        for (const QString& sql : statements)
            if (Status s = db.execScript(fill(sql, parts) + QLatin1Char(';')); !s)
                return s;
        return success();
    };

    // One-time notices (7.2.3), numbered on from the station's counter of their year.
    if (Status s
        = run({ QStringLiteral("CREATE TEMP TABLE demo_notices AS SELECT c.seq AS case_seq, c.received_by AS clerk, "
                               "{HOUR_LATER} AS issued_at, CAST(strftime('%Y', c.received_at, '+8 hours') AS INTEGER) "
                               "AS year, row_number() OVER (PARTITION BY strftime('%Y', c.received_at, '+8 hours') "
                               "ORDER BY c.seq) AS n FROM cases c WHERE {PAST} AND (c.seq * 7919) % 9 = 0 AND NOT "
                               "EXISTS (SELECT 1 FROM notices x WHERE x.case_seq = c.seq)"),
            QStringLiteral("INSERT INTO notices(id, number, case_seq, issued_at, issued_by, reason, next_step, "
                           "contact, deadline, delivered_how, delivered_at) SELECT {NOTICE_ID}, '{PREFIX}' || "
                           "d.year || '-' || printf('%04d', coalesce(k.last, 0) + d.n), d.case_seq, d.issued_at, "
                           "d.clerk, '申请材料不齐全', '补齐材料后到窗口或网上提交', '{WINDOW}窗口', "
                           "date(d.issued_at, '+8 hours', '+10 days'), 'paper', d.issued_at FROM demo_notices d "
                           "LEFT JOIN document_counters k ON k.station_seq = {STATION} AND k.kind = 'GZ' AND "
                           "k.year = d.year") });
        !s)
        return s.error();
    auto notices = changed(db);
    if (!notices)
        return notices.error();
    summary.notices = *notices;
    if (Status s = run({ QStringLiteral("INSERT INTO notice_items(notice_seq, position, text) SELECT n.seq, 1, "
                                        "'营业执照副本复印件（加盖公章）' FROM notices n JOIN demo_notices d ON "
                                        "d.case_seq = n.case_seq"),
            QStringLiteral(
                "INSERT INTO notice_items(notice_seq, position, text) SELECT n.seq, 2, "
                "'经办人身份证明及授权委托书' FROM notices n JOIN demo_notices d ON d.case_seq = n.case_seq"),
            timeline({ "d0000002", "noticed", "n.seq", "n.case_seq", "n.issued_by", "n.issued_at", "n.number" },
                kNewNotices),
            timeline({ "d0000003",
                         "notice_delivered",
                         "n.seq",
                         "n.case_seq",
                         "n.issued_by",
                         "n.issued_at",
                         "n.number || ' paper'" },
                kNewNotices),
            QStringLiteral("INSERT INTO document_counters(station_seq, kind, year, last) SELECT {STATION}, 'GZ', "
                           "year, max(n) FROM demo_notices WHERE true GROUP BY year ON CONFLICT(station_seq, kind, "
                           "year) DO UPDATE SET last = last + excluded.last"),
            QStringLiteral("DROP TABLE demo_notices") });
        !s)
        return s.error();

    // Handoffs to an agency serving the item (7.2.4), finished before the case closed; most within
    // their days, one in ten late.
    if (Status s = run({ QStringLiteral(
            "INSERT INTO handoffs(id, case_seq, agency_seq, handed_at, handed_by, due_days, due_date, state, "
            "client_told, client_told_at, accepted_at, result, result_at) SELECT {HANDOFF_ID}, c.seq, a.agency_seq, "
            "{TWO_HOURS_LATER}, c.received_by, 15, date(c.received_at, '+8 hours', '+15 days'), 'done', 'phone', "
            "{TWO_HOURS_LATER}, {DAY_LATER}, '已按要求完成服务并出具报告', CASE WHEN (c.seq * 31) % 10 = 0 THEN "
            "{LATE} ELSE {TWO_DAYS_LATER} END FROM cases c JOIN (SELECT item_code, min(agency_seq) AS agency_seq "
            "FROM agency_items GROUP BY item_code) a ON a.item_code = c.item_code WHERE {PAST} AND (c.seq * 7919) "
            "% 12 = 1 AND NOT EXISTS (SELECT 1 FROM handoffs x WHERE x.case_seq = c.seq)") });
        !s)
        return s.error();
    auto handoffs = changed(db);
    if (!handoffs)
        return handoffs.error();
    summary.handoffs = *handoffs;
    if (Status s
        = run({ timeline({ "d0000005", "handed_off", "h.seq", "h.case_seq", "h.handed_by", "h.handed_at", "a.name" },
                    kDemoHandoffs),
            timeline({ "d0000006",
                         "client_told",
                         "h.seq",
                         "h.case_seq",
                         "h.handed_by",
                         "h.client_told_at",
                         "a.name || ' phone'" },
                kDemoHandoffs),
            timeline(
                { "d0000007", "handoff_accepted", "h.seq", "h.case_seq", "h.handed_by", "h.accepted_at", "a.name" },
                kDemoHandoffs),
            timeline({ "d0000008", "service_result", "h.seq", "h.case_seq", "h.handed_by", "h.result_at", "h.result" },
                kDemoHandoffs) });
        !s)
        return s.error();

    // Instructions asked of the city and answered (4.3).
    if (Status s = run({ QStringLiteral(
            "INSERT INTO instruction_requests(id, case_seq, question, asked_to, asked_at, asked_by, status_before, "
            "answer, answered_at, answered_by) SELECT {REQUEST_ID}, c.seq, '该事项涉及跨部门职责，请示办理意见', "
            "'市市场监督管理局', {THREE_HOURS_LATER}, c.received_by, 'registered', '同意按规定受理并限期办结', "
            "{DAY_LATER}, '市局业务科' FROM cases c WHERE {PAST} AND (c.seq * 7919) % 100 = 7") });
        !s)
        return s.error();
    auto instructions = changed(db);
    if (!instructions)
        return instructions.error();
    summary.instructions = *instructions;
    if (Status s = run({ timeline({ "d000000a",
                                      "instruction_requested",
                                      "i.seq",
                                      "i.case_seq",
                                      "i.asked_by",
                                      "i.asked_at",
                                      "i.question" },
                             kDemoRequests),
            timeline({ "d000000b",
                         "instruction_received",
                         "i.seq",
                         "i.case_seq",
                         "i.answered_by",
                         "i.answered_at",
                         "i.answer" },
                kDemoRequests) });
        !s)
        return s.error();
    if (withOutbox)
        if (Status s = offerLines(db, eventsBefore); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}
