#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/CaseClock.h"
#include "domain/Records.h"
#include "security/Permissions.h"

#include <functional>

class Database;
class WorkCalendar;

// Issue 20: what people do to a case's clock. Clerks pause it (with a reason from the fixed list)
// and let it run again, and ask for an extension with a reason and the working days wanted;
// supervisors approve or refuse the extension and urge (督办) a case. Each is one transaction: the
// fact kept (ClockEventStore), the case's due dates folded again, a line on its timeline, an audit
// entry and the fact's sync op; a case in the wrong state for it changes nothing.
class CaseClocks
{
public:
    explicit CaseClocks(Database& db);
    CaseClocks(Database& db, const WorkCalendar& calendar);
    CaseClocks(Database& db, WorkCalendar&& calendar) = delete; // it keeps a reference

    Result<CaseRecord> pause(const QString& caseNumber, const QString& reason, const QString& note, const Actor& actor);
    Result<CaseRecord> resume(const QString& caseNumber, const QString& note, const Actor& actor);
    Result<CaseRecord> askExtension(const QString& caseNumber, int days, const QString& reason, const Actor& actor);
    // `told`: how the applicant was told of the decision (paper, sms or phone), where it is done
    // at once; empty when not yet.
    Result<CaseRecord> decideExtension(
        const QString& caseNumber, bool approve, const QString& note, const Actor& actor, const QString& told = {});
    Result<CaseRecord> urge(const QString& caseNumber, const QString& note, const Actor& actor);
    // The same inside another workflow's transaction, on the case read in it, with that workflow's
    // permission: a one-time notice stops the clock for the applicant's materials (Administrative
    // Licensing Law art. 32) and a 请示 for the instruction; the answer lets it run again. Nothing
    // happens where the case has no clock, is closed, or its clock stands so already.
    Status pauseOn(const CaseRecord& kase, PauseReason reason, const QString& note, const Actor& actor);
    // Only a pause for `pausedFor` ends: a clock stopped for testing keeps standing when an
    // instruction comes back.
    Status resumeOn(const CaseRecord& kase, PauseReason pausedFor, const QString& note, const Actor& actor);
    // Where the case's clock stands now.
    Result<CaseClock> clockOf(const CaseRecord& kase);

    // One fact as a workflow makes it: who may, the fact, and its line on the case's timeline.
    struct Step
    {
        Permission permission;
        ClockEvent event;
        QString timelineKind;
        QString timelineDetail;
    };

private:
    // Whether the fact may be added to the case as its clock stands (an error says why not), and
    // what the case adds to it (the extension a decision answers, the handoff an urging is for).
    using Check = std::function<Status(const CaseRecord& kase, const CaseClock& clock, Step& step)>;
    Result<CaseRecord> add(const QString& caseNumber, Step step, Check check, const Actor& actor);
    Status addOn(const CaseRecord& kase, const CaseClock& clock, Step& step, Check check, const Actor& actor);
    static Step pauseStep(PauseReason reason, const QString& note);
    static Step resumeStep(const QString& note);

    Database& m_db;
    const WorkCalendar& m_calendar;
};
