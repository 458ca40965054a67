#include "storage/OwnerOnlyFile.h"

#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
constexpr QFile::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

bool OwnerOnlyFile::prepare(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        QFile f(path);
        // Created with the mode, not narrowed afterwards: never readable by others, not for a moment.
        return f.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly) || QFileInfo::exists(path);
    }
    const QFile::Permissions wider
        = info.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser);
#ifdef Q_OS_UNIX
    const bool mine = info.ownerId() == ::getuid();
#else
    const bool mine = true; // NTFS rights come from the profile folder's ACL, not from these bits
#endif
    if (wider && mine) {
        qCInfo(lcStorage) << "narrowing" << path << "to owner-only access";
        QFile::setPermissions(path, kOwnerOnly);
    }
    return true;
}
