#include "AppContext.h"

#include "common/CurrentUser.h"
#include "storage/DatabaseWorker.h"
#include "sync/CredentialFile.h"
#include "sync/SyncScheduler.h"

#include <QSettings>

AppContext::AppContext(QString dbPath, Catalog catalog, QObject* parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_catalog(std::move(catalog))
    , m_writer(new DatabaseWorker(m_dbPath, Database::Mode::ReadWrite, this))
    , m_reader(new DatabaseWorker(m_dbPath, Database::Mode::ReadOnly, this))
    , m_syncWorker(new DatabaseWorker(m_dbPath, Database::Mode::ReadWrite, this))
    , m_sync(new SyncScheduler(m_syncWorker, this))
{
    connect(this, &AppContext::caseRegistered, m_sync, &SyncScheduler::localChange);
}

SyncEndpoint AppContext::syncEndpoint() const
{
    QSettings settings;
    return { settings.value(QStringLiteral("sync/server")).toString(),
        settings.value(QStringLiteral("sync/ca")).toString(),
        CredentialFile::load(m_dbPath) };
}

void AppContext::saveSyncEndpoint(const SyncEndpoint& endpoint)
{
    QSettings settings;
    settings.setValue(QStringLiteral("sync/server"), endpoint.url);
    settings.setValue(QStringLiteral("sync/ca"), endpoint.caFile);
    if (!endpoint.token.isEmpty())
        CredentialFile::save(m_dbPath, endpoint.token);
    m_sync->setEndpoint(syncEndpoint());
}

AppContext::~AppContext() = default;

QString AppContext::actor() const
{
    return CurrentUser::login();
}
