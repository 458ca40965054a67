#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/AfterService.h"

#include <QDate>
#include <QList>

class Database;

// 8.1.2: an evaluation of the platform's service, of one of three kinds, with its written report.
struct Evaluation
{
    QString id;
    EvaluationKind kind = EvaluationKind::Self;
    QDate from, to;
    QString evaluator;
    QString conclusion;
    double score = -1; // -1: none given
    QString reportName, reportSha256; // the attached report, if any
    QDateTime recordedAt;
    QString recordedBy;
};

struct NewEvaluation
{
    QString kind; // key
    QDate from, to;
    QString evaluator;
    QString conclusion;
    double score = -1;
    QString reportFile; // path of the report to attach; empty: none
};

// 8.2: a problem found (from a complaint or a survey), what will be done, by whom and when, and the
// review of whether it worked.
struct ImprovementPlan
{
    QString id;
    QString problem, measure, owner;
    QDate due;
    PlanStatus status = PlanStatus::Planned;
    QString reviewResult;
    QString complaintNumber;
    QString finding;
    QDateTime createdAt;
};

struct NewImprovementPlan
{
    QString problem, measure, owner;
    QDate due;
    QString complaint; // number or id of the complaint it answers, if any
    QString finding; // the survey finding it answers, if any
};

// Evaluation records and improvement plans (8.1.2, 8.2), each change one transaction with its audit
// entry. For supervisors and administrators (Permission::ManageImprovement); anyone may read them.
class Improvement
{
public:
    explicit Improvement(Database& db);
    Result<Evaluation> addEvaluation(const NewEvaluation& input, const Actor& actor);
    Result<QList<Evaluation>> evaluations();
    Result<ImprovementPlan> addPlan(const NewImprovementPlan& input, const Actor& actor);
    // Moves a plan on; `reviewResult` is required to mark it reviewed.
    Result<ImprovementPlan> updatePlan(
        const QString& id, const QString& status, const QString& reviewResult, const Actor& actor);
    Result<QList<ImprovementPlan>> plans();

private:
    Result<ImprovementPlan> plan(const QString& id);
    Database& m_db;
};
