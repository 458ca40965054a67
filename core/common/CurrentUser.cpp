#include "common/CurrentUser.h"

#include <QtGlobal>

QString CurrentUser::login()
{
    for (const char* var : { "QSDESK_USER", "USER", "USERNAME", "LOGNAME" }) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}
