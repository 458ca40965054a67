#pragma once

#include <QObject>

// The station's sync credential in the system keychain (Secret Service, KWallet, … through Debian's
// qtkeychain) where the desktop has one, else in the owner-only file beside the database
// (CredentialFile, which the command line uses). Keychain calls are asynchronous: answers come as
// signals. A credential saved to the keychain removes the file copy; one found only in the file
// (given to the CLI first) is used as it is.
class KeychainCredential : public QObject
{
    Q_OBJECT

public:
    explicit KeychainCredential(QString dbPath, QObject* parent = nullptr);

    void load();
    void save(const QString& token);

signals:
    void loaded(const QString& token);
    void saved(bool ok, bool inKeychain);

private:
    QString key() const;
    QString m_dbPath;
};
