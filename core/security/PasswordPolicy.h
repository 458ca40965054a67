#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

// The rules for a password someone sets (issue 16). GB/T 22239-2019 (等保 2.0), 8.1.4.1 a) for
// level 3 and 7.1.4.1 a) for level 2, asks that "身份鉴别信息具有复杂度要求并定期更换" without
// numbers; assessors expect at least 8 characters of at least three of the four kinds (lower-case
// and upper-case letters, digits, other signs), not the login and not a well-known password, and a
// station-set time after which it must be changed. The rules apply when a password is set: older
// accounts log in with what they have (and are asked for a new one when it has run out).
namespace PasswordPolicy {
constexpr int kMinLength = 8;
constexpr int kMinKinds = 3;
// The station setting (StationSettings) for how many days a password lasts; 0 or absent: for ever.
inline const char* const kMaxAgeSetting = "password_max_age_days";
constexpr int kMaxAgeDaysLimit = 365;

// Refuses a password that is too short, of fewer than three kinds, the login itself, or among the
// commonest (field "password"); the message says how to make a good one.
Status check(const QString& password, const QString& login);
// How many of the four kinds of character the password has.
int kinds(const QString& password);
// Whether a password set at `changedAt` has run out at `now` when passwords last `maxAgeDays`
// (0: they do not run out).
bool expired(const QDateTime& changedAt, int maxAgeDays, const QDateTime& now);
} // namespace PasswordPolicy
