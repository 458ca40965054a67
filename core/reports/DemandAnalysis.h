#pragma once

#include "common/Result.h"
#include "domain/Catalog.h"
#include "reports/DemandTerms.h"
#include "reports/MonthlyReport.h"

#include <QList>
#include <QString>

class Database;

// What clients ask for over a period (7.1.3 assess and analyse the demands; 4.2 "相关业务需求分析",
// issue 21): the topics of their requests, how many were answered on the spot and with which
// knowledge entries, where they come from, who comes back, and which items are asked for more.
struct DemandCategory
{
    QString code;
    QString name;
    qint64 requests = 0;
    QList<DemandTerm> terms;
};

struct DemandEntryUse
{
    QString number;
    QString question;
    qint64 uses = 0;
};

struct DemandArea
{
    QString code; // the administrative division in the credit code's characters 3-8
    QString name; // 柳南区, or the code where it is not a Liuzhou one
    qint64 requests = 0;
};

struct DemandClient
{
    QString name;
    QString uscc;
    qint64 requests = 0;
};

struct DemandItem
{
    QString code;
    QString name;
    qint64 count = 0;
    qint64 previous = 0; // the span of the same length before
};

struct DemandFigures
{
    ReportPeriod period;
    qint64 requests = 0;
    qint64 answeredOnSpot = 0;
    qint64 answeredWithKnowledge = 0;
    QList<DemandTerm> terms; // the most frequent, beyond the stop words
    QList<DemandCategory> byCategory;
    QList<DemandEntryUse> entries;
    QList<DemandArea> areas;
    QList<DemandClient> repeatClients; // two requests or more in the period
    QList<DemandItem> rising; // more than the span before, by at least half and by three
};

namespace DemandAnalysis {
inline constexpr int kTerms = 20;
inline constexpr int kTermsPerCategory = 5;
Result<DemandFigures> compute(Database& db, const Catalog& catalog, const ReportPeriod& period);
// 450204 -> 柳南区; other codes as they are.
QString areaName(const QString& divisionCode);
} // namespace DemandAnalysis
