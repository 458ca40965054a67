#include "KeychainCredential.h"

#include "sync/CredentialFile.h"

#include <QFile>
#include <QFileInfo>
#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("QSDesk");
}

KeychainCredential::KeychainCredential(QString dbPath, QObject* parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
{ }

QString KeychainCredential::key() const
{
    return QStringLiteral("station-credential:") + QFileInfo(m_dbPath).absoluteFilePath();
}

void KeychainCredential::load()
{
    // No parent: a job deletes itself once finished (autoDelete); deleting one still in flight with
    // its owner crashed inside qtkeychain. The connection's context drops the answer if we are gone.
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key());
    connect(job, &QKeychain::Job::finished, this, [this, job]() {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty())
            emit loaded(job->textData());
        else
            emit loaded(CredentialFile::load(m_dbPath)); // no keychain, or nothing in it
    });
    job->start();
}

void KeychainCredential::save(const QString& token)
{
    auto* job = new QKeychain::WritePasswordJob(kService); // no parent, see load()
    job->setKey(key());
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, token]() {
        if (job->error() == QKeychain::NoError) {
            QFile::remove(CredentialFile::pathFor(m_dbPath)); // one place only: the keychain
            emit saved(true, true);
            return;
        }
        emit saved(CredentialFile::save(m_dbPath, token).ok(), false);
    });
    job->start();
}
