#pragma once

#include "domain/Role.h"

#include <QString>

// Who is acting, with the role they act in: every command in core takes one and checks the role
// (security/Permissions) before it changes anything. The login is what the audit log, timelines
// and "received by" record.
struct Actor
{
    QString login; // a station account ("zhangli"), or "os:NAME" for qsdesk-cli run by the file's owner
    Role role = Role::Clerk;
    QString name; // display name, e.g. 张丽; may be empty

    static Actor user(const QString& login, Role role, const QString& name = {}) { return { login, role, name }; }
    // qsdesk-cli without --user: the operating-system account that owns the database file acts as
    // the station administrator (README, "Trust model").
    // Papers and timelines show the account's full name, or else the account, never "os:…".
    static Actor operatingSystemAccount(const QString& osLogin, const QString& fullName = {})
    {
        return { QStringLiteral("os:") + osLogin, Role::StationAdmin, fullName.isEmpty() ? osLogin : fullName };
    }
    // Work no person started: applying what the city platform sent, migrations.
    static Actor system() { return { QStringLiteral("system"), Role::StationAdmin, {} }; }

    QString displayName() const { return name.isEmpty() ? shown(login) : name; }
    // How a stored login reads where no name is known: "os:root" as the account "root".
    static QString shown(const QString& login) { return login.startsWith(QLatin1String("os:")) ? login.mid(3) : login; }
};
