#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Complaint.h"

class Database;
class WorkCalendar;

// 7.5 投诉: registers a complaint from any public channel and moves it through its workflow
// (domain/ComplaintStateMachine), each step one transaction with its record and audit entry.
// Deadlines count working days: acknowledged within 1, answered within 15 (reset when reopened).
class Complaints
{
public:
    static constexpr int kAcknowledgeDays = 1;
    static constexpr int kAnswerDays = 15;

    Complaints(Database& db, const WorkCalendar& calendar);
    Result<Complaint> registerComplaint(const NewComplaint& input, const Actor& actor);
    // A refused move is NotAllowed (exit 4) and names the moves allowed from where it stands.
    Result<Complaint> advance(const QString& numberOrId, const ComplaintStep& step, const Actor& actor);

private:
    Database& m_db;
    const WorkCalendar& m_calendar;
};
