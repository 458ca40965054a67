#include "workflow/Improvement.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/BlobStore.h"
#include "storage/ComplaintStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace {
constexpr qint64 kMaxReportBytes = 20 * 1024 * 1024;

Error required(const QString& field)
{
    return Error::badInput(
        field, UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required.")).arg(Fields::label(field)));
}

const QString kPlanColumns = QStringLiteral(
    "p.id, p.problem, p.measure, p.owner, p.due_on, p.status, p.review_result, k.number, p.finding, p.created_at "
    "FROM improvement_plans p LEFT JOIN complaints k ON k.seq = p.complaint_seq");

ImprovementPlan planFromRow(const QSqlQuery& q)
{
    ImprovementPlan p;
    p.id = q.value(0).toString();
    p.problem = q.value(1).toString();
    p.measure = q.value(2).toString();
    p.owner = q.value(3).toString();
    p.due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.status = kPlanStatuses.fromKey(q.value(5).toString()).value_or(PlanStatus::Planned);
    p.reviewResult = q.value(6).toString();
    p.complaintNumber = q.value(7).toString();
    p.finding = q.value(8).toString();
    p.createdAt = Clock::fromStorage(q.value(9).toString());
    return p;
}
} // namespace

Improvement::Improvement(Database& db)
    : m_db(db)
{ }

Result<Evaluation> Improvement::addEvaluation(const NewEvaluation& in, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageImprovement); !s)
        return s.error();
    const auto kind = kEvaluationKinds.parse(QStringLiteral("evaluation_kind"), in.kind);
    if (!kind)
        return kind.error();
    if (Status s = Fields::period(in.from, in.to); !s)
        return s.error();
    auto evaluator = TextRules::check(QStringLiteral("evaluator"), in.evaluator, true, 100);
    auto conclusion = TextRules::check(QStringLiteral("conclusion"), in.conclusion, true, 4000);
    for (const Result<QString>* r : { &evaluator, &conclusion })
        if (!*r)
            return r->error();
    if (in.score != -1 && (in.score < 0 || in.score > 100))
        return Error::badInput(QStringLiteral("score"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1: 0 to 100."))
                .arg(Fields::label(QStringLiteral("score"))));
    Evaluation e {
        Sql::newId(), *kind, in.from, in.to, *evaluator, *conclusion, in.score, {}, {}, Clock::nowUtc(), actor.login
    };
    QByteArray report;
    if (!in.reportFile.isEmpty()) {
        QFile f(in.reportFile);
        if (f.size() > kMaxReportBytes)
            return Error::badInput(QStringLiteral("report"),
                UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is larger than %2 MB."))
                    .arg(Fields::label(QStringLiteral("report")), kMaxReportBytes / 1024 / 1024));
        if (!f.open(QIODevice::ReadOnly))
            return Error::badInput(QStringLiteral("report"), Fields::invalid(QStringLiteral("report"), in.reportFile));
        report = f.readAll();
        e.reportName = QFileInfo(in.reportFile).fileName();
    }
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (!report.isEmpty()) {
        auto sha = BlobStore::put(m_db, report);
        if (!sha)
            return sha.error();
        e.reportSha256 = *sha;
    }
    if (Status s = Sql::write(m_db,
            QStringLiteral(
                "INSERT INTO evaluations(id, kind, period_from, period_to, evaluator, conclusion, score, "
                "report_sha256, report_name, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { e.id,
                kEvaluationKinds.key(e.kind),
                e.from.toString(Qt::ISODate),
                e.to.toString(Qt::ISODate),
                e.evaluator,
                e.conclusion,
                e.score < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(e.score),
                Sql::orNull(e.reportSha256),
                Sql::orNull(e.reportName),
                Clock::toStorage(e.recordedAt),
                actor.login });
        !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("evaluation.add"),
            QStringLiteral("evaluation"),
            e.id,
            { { QStringLiteral("kind"), kEvaluationKinds.key(e.kind) },
                { QStringLiteral("evaluator"), e.evaluator },
                { QStringLiteral("report"), e.reportSha256 } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<QList<Evaluation>> Improvement::evaluations()
{
    auto q = Sql::run(m_db.sql(),
        QStringLiteral("SELECT id, kind, period_from, period_to, evaluator, conclusion, score, report_name, "
                       "report_sha256, recorded_at, recorded_by FROM evaluations ORDER BY period_to DESC, seq DESC"));
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<Evaluation> list;
    while (rows.next())
        list << Evaluation { rows.value(0).toString(),
            kEvaluationKinds.fromKey(rows.value(1).toString()).value_or(EvaluationKind::Self),
            QDate::fromString(rows.value(2).toString(), Qt::ISODate),
            QDate::fromString(rows.value(3).toString(), Qt::ISODate),
            rows.value(4).toString(),
            rows.value(5).toString(),
            rows.value(6).isNull() ? -1 : rows.value(6).toDouble(),
            rows.value(7).toString(),
            rows.value(8).toString(),
            Clock::fromStorage(rows.value(9).toString()),
            rows.value(10).toString() };
    return list;
}

Result<ImprovementPlan> Improvement::addPlan(const NewImprovementPlan& in, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageImprovement); !s)
        return s.error();
    auto problem = TextRules::check(QStringLiteral("problem"), in.problem, true, 2000);
    auto measure = TextRules::check(QStringLiteral("measure"), in.measure, true, 2000);
    auto owner = TextRules::check(QStringLiteral("owner"), in.owner, true, 60);
    auto finding = TextRules::check(QStringLiteral("finding"), in.finding, false, 2000);
    for (const Result<QString>* r : { &problem, &measure, &owner, &finding })
        if (!*r)
            return r->error();
    if (!in.due.isValid())
        return required(QStringLiteral("due_on"));
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QVariant complaintSeq(QMetaType::fromType<qlonglong>());
    if (!in.complaint.trimmed().isEmpty()) {
        auto k = ComplaintStore::find(m_db, in.complaint);
        if (!k)
            return k.error();
        complaintSeq = k->seq;
    }
    const QString id = Sql::newId();
    const QString now = Clock::toStorage(Clock::nowUtc());
    if (Status s = Sql::write(m_db,
            QStringLiteral(
                "INSERT INTO improvement_plans(id, problem, measure, owner, due_on, status, complaint_seq, "
                "finding, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?)"),
            { id,
                *problem,
                *measure,
                *owner,
                in.due.toString(Qt::ISODate),
                complaintSeq,
                Sql::orNull(*finding),
                now,
                actor.login,
                now });
        !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("improvement.add"),
            QStringLiteral("improvement_plan"),
            id,
            { { QStringLiteral("problem"), *problem },
                { QStringLiteral("measure"), *measure },
                { QStringLiteral("owner"), *owner },
                { QStringLiteral("due"), in.due.toString(Qt::ISODate) } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return plan(id);
}

Result<ImprovementPlan> Improvement::updatePlan(
    const QString& id, const QString& status, const QString& reviewResult, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageImprovement); !s)
        return s.error();
    const auto to = kPlanStatuses.parse(QStringLiteral("plan_status"), status);
    if (!to)
        return to.error();
    auto review = TextRules::check(QStringLiteral("review_result"), reviewResult, *to == PlanStatus::Reviewed, 2000);
    if (!review)
        return review.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto before = plan(id);
    if (!before)
        return before.error();
    if (Status s = Sql::write(m_db,
            QStringLiteral("UPDATE improvement_plans SET status = ?, review_result = coalesce(?, review_result), "
                           "updated_at = ? WHERE id = ?"),
            { kPlanStatuses.key(*to), Sql::orNull(*review), Clock::toStorage(Clock::nowUtc()), before->id });
        !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("improvement.update"),
            QStringLiteral("improvement_plan"),
            before->id,
            { { QStringLiteral("before"), kPlanStatuses.key(before->status) },
                { QStringLiteral("after"), kPlanStatuses.key(*to) },
                { QStringLiteral("review"), *review } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return plan(before->id);
}

Result<ImprovementPlan> Improvement::plan(const QString& id)
{
    auto q = Sql::run(m_db.sql(), QStringLiteral("SELECT %1 WHERE p.id = ?").arg(kPlanColumns), { id.trimmed() });
    if (!q)
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error::notFound(
            UiText::of("Improvement", QT_TRANSLATE_NOOP("Improvement", "No improvement plan %1.")).arg(id));
    return planFromRow(row);
}

Result<QList<ImprovementPlan>> Improvement::plans()
{
    auto q
        = Sql::run(m_db.sql(), QStringLiteral("SELECT %1 ORDER BY p.status = 'reviewed', p.due_on").arg(kPlanColumns));
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<ImprovementPlan> list;
    while (rows.next())
        list << planFromRow(rows);
    return list;
}
