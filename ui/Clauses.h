#pragma once

#include <QCoreApplication>
#include <QString>

// A clause of the local standard a screen serves, for its tooltip (issue 18): clerks read the
// labels all day, so 待回访 says what it is and the clause number waits under the mouse.
inline QString clauseTip(const char* clause)
{
    return QCoreApplication::translate("Clauses", "Clause %1 of the platform's service standard")
        .arg(QString::fromLatin1(clause));
}
