#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

// The knowledge base (知识库, issue 21): what lets a clerk answer at once (7.2.2).
struct KnowledgeEntry
{
    qint64 seq = 0;
    QString id; // UUID
    QString number; // LZ-LN-ZS-2026-0001
    bool cityWide = false; // maintained at the city, read-only at stations
    QString question;
    QString answer;
    QString basis; // the law, standard or rule, with its number and date
    QStringList items; // catalog item codes
    QDate validFrom; // null: open-ended
    QDate validTo;
    bool basisWithdrawn = false;
    int version = 1;
    QString author; // login
    QDateTime retiredAt; // invalid: not retired
    QString retireReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    int uses = 0; // cases answered with it
    int editedUses = 0; // of those, answers the clerk changed

    // Whether it may be offered as the answer today: not retired, its basis standing, within its days.
    bool currentOn(const QDate& day) const
    {
        return !retiredAt.isValid() && !basisWithdrawn && (validFrom.isNull() || validFrom <= day)
            && (validTo.isNull() || day <= validTo);
    }
};

// What a clerk types into the entry form, or the CLI's kb add.
struct NewKnowledgeEntry
{
    QString question;
    QString answer;
    QString basis;
    QStringList items;
    QDate validFrom;
    QDate validTo;
    bool basisWithdrawn = false; // for a new version: the law or standard was repealed or replaced
};

// An answered case put forward as knowledge (建议入库), waiting for a supervisor.
struct KnowledgeProposal
{
    qint64 seq = 0;
    QString id;
    QString number; // LZ-LN-JY-2026-0001
    QString caseNumber;
    QString question;
    QString answer;
    QString itemCode;
    QString proposedBy;
    QDateTime proposedAt;
    QString state; // open, approved, rejected
    QString decidedBy;
    QString entryNumber; // once approved
};

// Which entry and version a case's answer came from.
struct KnowledgeUse
{
    QString entryNumber;
    int version = 0;
    bool edited = false;

    // As the case's timeline keeps it (event knowledge_used): "LZ-CS-ZS-2026-0001 2 edited".
    QString toDetail() const
    {
        return QStringLiteral("%1 %2 %3")
            .arg(entryNumber)
            .arg(version)
            .arg(edited ? QStringLiteral("edited") : QStringLiteral("kept"));
    }
    static std::optional<KnowledgeUse> fromDetail(const QString& detail)
    {
        const QStringList parts = detail.split(QLatin1Char(' '));
        bool ok = false;
        const int version = parts.size() == 3 ? parts.at(1).toInt(&ok) : 0;
        if (!ok || version < 1 || parts.at(0).isEmpty())
            return std::nullopt;
        return KnowledgeUse { parts.at(0), version, parts.at(2) == QLatin1String("edited") };
    }
};
