#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QList>

// What a role may do (issue 6). Every command in core asks require() before it changes anything,
// so a refusal does not depend on the GUI hiding a button; the GUI asks allowed() to hide it too.
enum class Permission
{
    RegisterCase, // and add clients (7.2)
    RecordVisit, // 7.3.3-7.3.4
    IssueNotice, // 7.2.3
    HandOff, // 7.2.4
    FollowHandoff, // client told, accepted, declined, result, follow-up (7.3.2)
    Escalate, // 4.3
    AskInstruction,
    AnswerInstruction,
    PauseClock, // issue 20: pause a case's clock and let it run again
    AskExtension, // 延期申请
    DecideExtension, // approve or refuse an extension
    UrgeCase, // 督办 / 催办
    CloseCase, // 7.2.2
    ReopenCase,
    DispatchCase, // 4.2
    ResolveSyncProblem, // mark a "needs attention" record as dealt with
    RecordAfterService, // feedback (7.4.1) and return visits (7.4.2)
    PlanReturnVisits, // the share of closed cases to visit again (7.4.2)
    RegisterComplaint, // 7.5.2
    HandleComplaint, // 7.5.3: acknowledge, assess, investigate, forward, answer, close, reopen
    CloseComplaintAsInvalid, // 7.5
    ManageImprovement, // evaluation records (8.1.2) and improvement plans (8.2)
    ProposeKnowledge, // put an answered case forward as knowledge (建议入库, issue 21)
    ManageKnowledge, // write, approve and retire knowledge-base entries
    MergeCases, // 合并 a request registered twice
    ViewAudit, // view, filter and export the audit log
    ViewStatistics,
    ManageUsers,
    ManageAgencies, // 7.6.2
    ManageCatalog,
    ManageSettings, // idle lock, scheduled backups, the platform's address
    BackupRestore,
    ArchivePurge, // 7.6: move old closed cases out, purge beyond retention
};

namespace Permissions {
QList<Permission> all();
bool allowed(Role role, Permission p);
// NotAllowed (exit 4) naming the role, the action and the roles that may do it.
Status require(const Actor& actor, Permission p);
UiText label(Permission p); // "reopen a case"
// Roles an account holder of `granter` may give: no one makes an account above their own.
bool mayGrant(Role granter, Role role);
} // namespace Permissions
