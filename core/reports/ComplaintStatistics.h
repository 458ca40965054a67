#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDate>
#include <QList>

class Database;

struct ComplaintCount
{
    QString key; // class key, agency name, staff login, channel key
    QString label;
    qint64 received = 0;
    qint64 valid = 0; // assessed as valid (7.5.4 counts these)
    qint64 invalid = 0;
};

// Complaints received in a period, classified (7.5.5), and the valid ones per agency and per staff
// member for the daily assessment (7.5.4: only valid complaints count against anyone).
struct ComplaintFigures
{
    QDate from, to;
    qint64 received = 0, valid = 0, invalid = 0, unassessed = 0;
    qint64 answered = 0; // answered or closed by now
    qint64 overdue = 0; // past a deadline today
    QList<ComplaintCount> byCategory; // every class, in order
    QList<ComplaintCount> byChannel;
    QList<ComplaintCount> byAgency;
    QList<ComplaintCount> byStaff;
};

namespace ComplaintStatistics {
// For supervisors and administrators; `station` empty: every station's complaints held here.
Result<ComplaintFigures> compute(
    Database& db, const QDate& from, const QDate& to, const QString& station, const QDate& today, const Actor& actor);
} // namespace ComplaintStatistics
