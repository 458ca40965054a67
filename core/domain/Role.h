#pragma once

#include "common/UiText.h"

#include <QList>
#include <QString>
#include <optional>

// What a station user may do is decided by one role (DESIGN.md §1, issue 6). The permissions of
// each role are in security/Permissions.cpp.
enum class Role
{
    Clerk, // 窗口人员: registers requests, notices, handoffs
    FieldStaff, // 现场服务人员: on-site visits and return visits
    Supervisor, // 负责人: everything about cases, the audit log, statistics
    StationAdmin, // 站点管理员: users, agencies, catalog, backups, retention
    CityAdmin, // 市级管理员: as a station administrator, and city-wide accounts
};

namespace Roles {
QList<Role> all();
QString key(Role r); // stored and used by the CLI: "clerk", "field", "supervisor", "station_admin", "city_admin"
std::optional<Role> fromKey(const QString& key);
UiText label(Role r); // 窗口人员 / Clerk
} // namespace Roles
