#include "sync/CredentialFile.h"

#include <QFile>
#include <QSaveFile>

QString CredentialFile::pathFor(const QString& dbPath)
{
    return dbPath + QStringLiteral(".credential");
}

Status CredentialFile::save(const QString& dbPath, const QString& token)
{
    QSaveFile f(pathFor(dbPath));
    if (!f.open(QIODevice::WriteOnly))
        return Error::internal(f.errorString());
    // Permissions before content: the token is never readable by others, not even for a moment.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(token.toUtf8());
    if (!f.commit())
        return Error::internal(f.errorString());
    QFile::setPermissions(pathFor(dbPath), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

QString CredentialFile::load(const QString& dbPath)
{
    QFile f(pathFor(dbPath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}
