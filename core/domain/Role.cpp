#include "domain/Role.h"

#include "domain/KeyedEnum.h"

#include <QCoreApplication>

namespace {
const KeyedEnumEntry<Role> kEntries[] = {
    { Role::Clerk, "clerk", QT_TRANSLATE_NOOP("Role", "Counter clerk") },
    { Role::FieldStaff, "field", QT_TRANSLATE_NOOP("Role", "Field staff") },
    { Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Role", "Supervisor") },
    { Role::StationAdmin, "station_admin", QT_TRANSLATE_NOOP("Role", "Station administrator") },
    { Role::CityAdmin, "city_admin", QT_TRANSLATE_NOOP("Role", "City administrator") },
};
const KeyedEnum kTable("Role", kEntries);
} // namespace

QList<Role> Roles::all()
{
    return kTable.all();
}

QString Roles::key(Role r)
{
    return kTable.key(r);
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    return kTable.fromKey(key);
}

UiText Roles::label(Role r)
{
    return kTable.label(r);
}
