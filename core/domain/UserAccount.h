#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

// A station user account (issue 6). The password hash stays in storage and security/; it is not
// part of this record.
struct UserAccount
{
    QString id;
    QString login;
    QString name;
    Role role = Role::Clerk;
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid if not locked
    QDateTime lastLoginAt;
    QDateTime passwordChangedAt; // set by its owner or an administrator (not by a rehash)
    QDateTime createdAt;
};
