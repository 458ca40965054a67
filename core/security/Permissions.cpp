#include "security/Permissions.h"

#include <QCoreApplication>

namespace {
struct Rule
{
    Permission permission;
    const char* label;
    QList<Role> roles; // besides the two administrators, who may do everything
};

const QList<Rule>& rules()
{
    static const QList<Rule> list = {
        { Permission::RegisterCase,
            QT_TRANSLATE_NOOP("Permission", "register requests and clients"),
            { Role::Clerk, Role::FieldStaff, Role::Supervisor } },
        { Permission::RecordVisit,
            QT_TRANSLATE_NOOP("Permission", "record on-site visits"),
            { Role::Clerk, Role::FieldStaff, Role::Supervisor } },
        { Permission::IssueNotice,
            QT_TRANSLATE_NOOP("Permission", "issue one-time notices"),
            { Role::Clerk, Role::Supervisor } },
        { Permission::HandOff,
            QT_TRANSLATE_NOOP("Permission", "hand cases off to agencies"),
            { Role::Clerk, Role::Supervisor } },
        { Permission::FollowHandoff,
            QT_TRANSLATE_NOOP("Permission", "record the progress of a handoff"),
            { Role::Clerk, Role::FieldStaff, Role::Supervisor } },
        { Permission::Escalate,
            QT_TRANSLATE_NOOP("Permission", "escalate cases to the city"),
            { Role::Clerk, Role::Supervisor } },
        { Permission::AskInstruction,
            QT_TRANSLATE_NOOP("Permission", "ask for instructions"),
            { Role::Clerk, Role::FieldStaff, Role::Supervisor } },
        { Permission::AnswerInstruction,
            QT_TRANSLATE_NOOP("Permission", "record the instructions given"),
            { Role::Supervisor } },
        { Permission::PauseClock,
            QT_TRANSLATE_NOOP("Permission", "pause and resume a case's clock"),
            { Role::Clerk, Role::Supervisor } },
        { Permission::AskExtension,
            QT_TRANSLATE_NOOP("Permission", "ask for an extension"),
            { Role::Clerk, Role::Supervisor } },
        { Permission::DecideExtension,
            QT_TRANSLATE_NOOP("Permission", "approve or refuse extensions"),
            { Role::Supervisor } },
        { Permission::UrgeCase, QT_TRANSLATE_NOOP("Permission", "urge cases"), { Role::Supervisor } },
        { Permission::CloseCase,
            QT_TRANSLATE_NOOP("Permission", "answer and close cases"),
            { Role::Clerk, Role::Supervisor } },
        { Permission::ReopenCase, QT_TRANSLATE_NOOP("Permission", "reopen closed cases"), { Role::Supervisor } },
        { Permission::DispatchCase,
            QT_TRANSLATE_NOOP("Permission", "dispatch cases to stations"),
            { Role::Supervisor } },
        { Permission::ResolveSyncProblem,
            QT_TRANSLATE_NOOP("Permission", "mark synchronisation problems as dealt with"),
            { Role::Supervisor } },
        { Permission::RecordAfterService,
            QT_TRANSLATE_NOOP("Permission", "record feedback and return visits"),
            { Role::Clerk, Role::FieldStaff, Role::Supervisor } },
        { Permission::PlanReturnVisits,
            QT_TRANSLATE_NOOP("Permission", "set the return-visit plan"),
            { Role::Supervisor } },
        { Permission::RegisterComplaint,
            QT_TRANSLATE_NOOP("Permission", "register complaints"),
            { Role::Clerk, Role::FieldStaff, Role::Supervisor } },
        { Permission::HandleComplaint,
            QT_TRANSLATE_NOOP("Permission", "handle complaints"),
            { Role::Clerk, Role::Supervisor } },
        { Permission::ManageImprovement,
            QT_TRANSLATE_NOOP("Permission", "record evaluations and improvement plans"),
            { Role::Supervisor } },
        { Permission::ProposeKnowledge,
            QT_TRANSLATE_NOOP("Permission", "propose answers as knowledge"),
            { Role::Clerk, Role::FieldStaff, Role::Supervisor } },
        { Permission::ManageKnowledge,
            QT_TRANSLATE_NOOP("Permission", "write, approve and retire knowledge entries"),
            { Role::Supervisor } },
        { Permission::MergeCases,
            QT_TRANSLATE_NOOP("Permission", "merge cases registered twice"),
            { Role::Supervisor } },
        { Permission::CloseComplaintAsInvalid,
            QT_TRANSLATE_NOOP("Permission", "close complaints as not valid"),
            { Role::Supervisor } },
        { Permission::ViewAudit,
            QT_TRANSLATE_NOOP("Permission", "view and export the audit log"),
            { Role::Supervisor } },
        { Permission::ViewStatistics, QT_TRANSLATE_NOOP("Permission", "view statistics"), { Role::Supervisor } },
        { Permission::ManageUsers, QT_TRANSLATE_NOOP("Permission", "manage user accounts"), {} },
        { Permission::ManageAgencies, QT_TRANSLATE_NOOP("Permission", "manage service agencies"), {} },
        { Permission::ManageCatalog, QT_TRANSLATE_NOOP("Permission", "manage the service catalog"), {} },
        { Permission::ManageSettings, QT_TRANSLATE_NOOP("Permission", "change the station's settings"), {} },
        { Permission::BackupRestore, QT_TRANSLATE_NOOP("Permission", "back up and restore the database"), {} },
        { Permission::ArchivePurge, QT_TRANSLATE_NOOP("Permission", "archive and purge old cases"), {} },
    };
    return list;
}

const Rule& ruleFor(Permission p)
{
    for (const Rule& r : rules())
        if (r.permission == p)
            return r;
    return rules().first();
}

bool isAdministrator(Role r)
{
    return r == Role::StationAdmin || r == Role::CityAdmin;
}
} // namespace

QList<Permission> Permissions::all()
{
    QList<Permission> list;
    for (const Rule& r : rules())
        list << r.permission;
    return list;
}

bool Permissions::allowed(Role role, Permission p)
{
    return isAdministrator(role) || ruleFor(p).roles.contains(role);
}

UiText Permissions::label(Permission p)
{
    return UiText::of("Permission", ruleFor(p).label);
}

Status Permissions::require(const Actor& actor, Permission p)
{
    if (allowed(actor.role, p))
        return success();
    UiText who;
    for (Role r : Roles::all()) {
        if (!allowed(r, p))
            continue;
        who = who.isEmpty()
            ? Roles::label(r)
            : UiText::of("Permission", QT_TRANSLATE_NOOP("Permission", "%1, %2")).arg(who, Roles::label(r));
    }
    return Error::notAllowed(UiText::of("Permission",
        QT_TRANSLATE_NOOP("Permission", "%1 (%2) may not %3. This needs one of: %4. Nothing was changed."))
                                 .arg(actor.displayName(), Roles::label(actor.role), label(p), who));
}

bool Permissions::mayGrant(Role granter, Role role)
{
    if (granter == Role::CityAdmin)
        return true;
    return granter == Role::StationAdmin && role != Role::CityAdmin;
}
