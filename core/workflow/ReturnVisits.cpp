#include "workflow/ReturnVisits.h"

#include "common/Clock.h"
#include "domain/WorkCalendar.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"
#include "workflow/Timeline.h"

#include <QJsonObject>

namespace {
const QString kShare = QStringLiteral("return_visit_share_percent");
const QString kComplaints = QStringLiteral("return_visit_every_complaint");
const QString kWithin = QStringLiteral("return_visit_within_days");

// 1-5 for the three dimensions every client rates; complaint handling may be 0 (did not complain).
Result<int> rating(const QString& field, int value, bool optional)
{
    if ((optional && value == 0) || (value >= 1 && value <= 5))
        return value;
    return Error::badInput(field,
        UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be a whole number from 1 to 5."))
            .arg(Fields::label(field)));
}

QString ratingsText(const ReturnVisit& v)
{
    QStringList parts;
    for (Dimension d : kAllDimensions) {
        const auto r = v.ratings[size_t(d)];
        parts << QStringLiteral("%1 %2").arg(kDimensions.label(d).local, r ? QString::number(*r) : QStringLiteral("—"));
    }
    return parts.join(QStringLiteral("，"));
}

ReturnVisit fromRow(const QSqlQuery& q)
{
    ReturnVisit v;
    v.id = q.value(0).toString();
    v.caseNumber = q.value(1).toString();
    v.method = kReturnVisitMethods.fromKey(q.value(2).toString()).value_or(ReturnVisitMethod::Phone);
    v.visitedAt = Clock::fromStorage(q.value(3).toString());
    v.visitedBy = q.value(4).toString();
    v.contact = q.value(5).toString();
    v.clientSaid = q.value(6).toString();
    for (int i = 0; i < 4; ++i)
        if (!q.value(7 + i).isNull())
            v.ratings[size_t(i)] = q.value(7 + i).toInt();
    v.comment = q.value(11).toString();
    v.supersedes = q.value(12).toString();
    return v;
}
} // namespace

ReturnVisits::ReturnVisits(Database& db, const WorkCalendar& calendar)
    : m_db(db)
    , m_calendar(calendar)
{ }

Result<ReturnVisit> ReturnVisits::record(const NewReturnVisit& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RecordAfterService); !s)
        return s.error();
    const auto method = kReturnVisitMethods.parse(QStringLiteral("method"), input.method);
    if (!method)
        return method.error();
    ReturnVisit v;
    v.method = *method;
    v.visitedAt = input.visitedAt.isValid() ? input.visitedAt.toUTC() : Clock::nowUtc();
    if (v.visitedAt > Clock::nowUtc().addSecs(3600))
        return Error::badInput(QStringLiteral("visited_at"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 cannot be in the future."))
                .arg(Fields::label(QStringLiteral("visited_at"))));
    v.visitedBy = actor.login;
    auto contact = TextRules::check(QStringLiteral("contact"), input.contact, false, 60);
    auto said = TextRules::check(QStringLiteral("client_said"), input.clientSaid, true, 2000);
    auto comment = TextRules::check(QStringLiteral("comment"), input.comment, false, 2000);
    for (const Result<QString>* r : { &contact, &said, &comment })
        if (!*r)
            return r->error();
    v.contact = *contact;
    v.clientSaid = *said;
    v.comment = *comment;
    const struct
    {
        const char* field;
        int value;
        bool optional;
    } ratings[] = { { "rating_matching", input.matching, false },
        { "rating_level", input.level, false },
        { "rating_attitude", input.attitude, false },
        { "rating_complaint", input.complaintHandling, true } };
    for (int i = 0; i < 4; ++i) {
        auto r = rating(QString::fromLatin1(ratings[i].field), ratings[i].value, ratings[i].optional);
        if (!r)
            return r.error();
        if (*r > 0)
            v.ratings[size_t(i)] = *r;
    }

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto c = CaseStore::byNumber(m_db, input.caseNumber, false);
    if (!c)
        return c.error();
    v.caseNumber = c->number;
    if (!input.corrects.trimmed().isEmpty()) {
        auto old = Sql::one(
            m_db, QStringLiteral("SELECT case_seq FROM return_visits WHERE id = ?"), { input.corrects.trimmed() });
        if (!old)
            return old.error();
        if (!*old || (**old).at(0).toLongLong() != c->seq)
            return Error::badInput(QStringLiteral("corrects"),
                UiText::of("Validation",
                    QT_TRANSLATE_NOOP("Validation", "Return visit corrected: no return visit %1 on case %2."))
                    .arg(input.corrects.trimmed(), c->number));
        v.supersedes = input.corrects.trimmed();
    }
    v.id = Sql::newId();
    auto optionalRating = [&](Dimension d) {
        const auto r = v.ratings[size_t(d)];
        return r ? QVariant(*r) : QVariant(QMetaType::fromType<int>());
    };
    if (Status s = Sql::write(m_db,
            QStringLiteral("INSERT INTO return_visits(id, case_seq, method, visited_at, visited_by, contact, "
                           "client_said, rating_matching, rating_level, rating_attitude, rating_complaint, comment, "
                           "supersedes, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { v.id,
                c->seq,
                kReturnVisitMethods.key(v.method),
                Clock::toStorage(v.visitedAt),
                v.visitedBy,
                Sql::orNull(v.contact),
                v.clientSaid,
                optionalRating(Dimension::Matching),
                optionalRating(Dimension::Level),
                optionalRating(Dimension::Attitude),
                optionalRating(Dimension::ComplaintHandling),
                Sql::orNull(v.comment),
                Sql::orNull(v.supersedes),
                Clock::toStorage(Clock::nowUtc()) });
        !s)
        return s.error();
    const QString detail
        = QStringLiteral("%1：%2（%3）").arg(kReturnVisitMethods.label(v.method).local, v.clientSaid, ratingsText(v));
    if (auto e = Timeline::record(
            m_db, c->seq, c->id, { {}, QStringLiteral("return_visit"), actor.login, v.visitedAt, detail });
        !e)
        return e.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("case.return_visit"),
            QStringLiteral("return_visit"),
            v.id,
            { { QStringLiteral("case"), c->number },
                { QStringLiteral("method"), kReturnVisitMethods.key(v.method) },
                { QStringLiteral("ratings"), ratingsText(v) },
                { QStringLiteral("supersedes"), v.supersedes } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return v;
}

Result<QList<ReturnVisit>> ReturnVisits::ofCase(Database& db, const QString& caseNumber)
{
    auto c = CaseStore::byNumber(db, caseNumber, false);
    if (!c)
        return c.error();
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT r.id, c.number, r.method, r.visited_at, r.visited_by, r.contact, r.client_said, "
                       "r.rating_matching, r.rating_level, r.rating_attitude, r.rating_complaint, r.comment, "
                       "r.supersedes FROM return_visits r JOIN cases c ON c.seq = r.case_seq WHERE r.case_seq = ? "
                       "ORDER BY r.visited_at, r.seq"),
        { c->seq });
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<ReturnVisit> list;
    while (rows.next())
        list << fromRow(rows);
    return list;
}

Result<QList<DueReturnVisit>> ReturnVisits::due(const QDate& today, int lookBackDays, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RecordAfterService); !s)
        return s.error();
    auto p = plan(m_db);
    if (!p)
        return p.error();
    const QString since
        = Clock::toStorage(QDateTime(today.addDays(-std::max(1, lookBackDays)), QTime(0, 0), Clock::chinaZone()));
    // The share is picked by a multiplicative hash of the case's seq: even over any run of cases,
    // the same cases every time the list is read.
    auto q = Sql::run(m_db.sql(),
        QStringLiteral("SELECT c.number, cl.name, cl.phone, c.item_code, c.closed_at, "
                       "EXISTS (SELECT 1 FROM complaints k WHERE k.case_seq = c.seq) AS complained "
                       "FROM cases c INDEXED BY cases_closed_at JOIN clients cl ON cl.seq = c.client_seq "
                       "WHERE c.closed_at >= ? AND c.status = 'closed' "
                       "AND (((c.seq * 2654435761) % 100) < ? OR (? AND complained)) "
                       "AND NOT EXISTS (SELECT 1 FROM return_visits r WHERE r.case_seq = c.seq "
                       "AND r.visited_at >= c.closed_at) ORDER BY c.closed_at"),
        { since, p->sharePercent, p->everyComplaint ? 1 : 0 });
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<DueReturnVisit> list;
    while (rows.next()) {
        DueReturnVisit d;
        d.caseNumber = rows.value(0).toString();
        d.clientName = rows.value(1).toString();
        d.phone = rows.value(2).toString();
        d.itemCode = rows.value(3).toString();
        d.closedAt = Clock::fromStorage(rows.value(4).toString());
        d.due = m_calendar.addWorkingDays(Clock::chinaDate(d.closedAt), p->withinWorkingDays);
        d.complained = rows.value(5).toBool();
        list << d;
    }
    return list;
}

Result<ReturnVisitPlan> ReturnVisits::plan(Database& db)
{
    ReturnVisitPlan p;
    auto share = SettingsStore::value(db, kShare, QString::number(p.sharePercent));
    auto complaints = SettingsStore::value(db, kComplaints, QStringLiteral("1"));
    auto within = SettingsStore::value(db, kWithin, QString::number(p.withinWorkingDays));
    for (const Result<QString>* r : { &share, &complaints, &within })
        if (!*r)
            return r->error();
    p.sharePercent = std::clamp(share->toInt(), 0, 100);
    p.everyComplaint = *complaints == QLatin1String("1");
    p.withinWorkingDays = std::clamp(within->toInt(), 1, 60);
    return p;
}

Status ReturnVisits::setPlan(Database& db, const ReturnVisitPlan& p, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::PlanReturnVisits); !s)
        return s;
    if (p.sharePercent < 0 || p.sharePercent > 100)
        return Error::badInput(QStringLiteral("share_percent"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1: 0 to 100."))
                .arg(Fields::label(QStringLiteral("share_percent"))));
    if (p.withinWorkingDays < 1 || p.withinWorkingDays > 60)
        return Error::badInput(QStringLiteral("within_days"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1: 1 to 60."))
                .arg(Fields::label(QStringLiteral("within_days"))));
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto before = plan(db);
    if (!before)
        return before.error();
    const QList<QPair<QString, QString>> values = { { kShare, QString::number(p.sharePercent) },
        { kComplaints, p.everyComplaint ? QStringLiteral("1") : QStringLiteral("0") },
        { kWithin, QString::number(p.withinWorkingDays) } };
    for (const auto& [key, value] : values)
        if (Status s = SettingsStore::set(db, key, value, actor.login); !s)
            return s;
    auto json = [](const ReturnVisitPlan& x) {
        return QJsonObject {
            { kShare, x.sharePercent }, { kComplaints, x.everyComplaint }, { kWithin, x.withinWorkingDays }
        };
    };
    if (Status s = AuditLog::record(db,
            actor,
            QStringLiteral("settings.return_visit_plan"),
            QStringLiteral("settings"),
            QStringLiteral("return_visit_plan"),
            { { QStringLiteral("before"), json(*before) }, { QStringLiteral("after"), json(p) } });
        !s)
        return s;
    return tx.commit();
}
