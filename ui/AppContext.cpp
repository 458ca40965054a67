#include "AppContext.h"

#include "KeychainCredential.h"
#include "common/Logging.h"
#include "storage/DatabaseWorker.h"
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
    , m_credential(new KeychainCredential(m_dbPath, this))
{
    connect(this, &AppContext::caseRegistered, m_sync, &SyncScheduler::localChange);
    connect(this, &AppContext::caseChanged, m_sync, &SyncScheduler::localChange);
    // A broken administrator's file must not stop the desk: the shipped years are used, and the
    // reason is logged (qsdesk-cli calendar shows it too).
    auto calendar = WorkCalendar::load(WorkCalendar::adminFile());
    if (!calendar) {
        qCWarning(lcWorkflow) << calendar.error().message.english;
        calendar = WorkCalendar::load();
    }
    if (calendar)
        m_calendar = std::move(calendar).value();
}

SyncEndpoint AppContext::syncEndpoint() const
{
    QSettings settings;
    return { settings.value(QStringLiteral("sync/server")).toString(),
        settings.value(QStringLiteral("sync/ca")).toString(),
        m_token };
}

void AppContext::startSync()
{
    connect(
        m_credential,
        &KeychainCredential::loaded,
        this,
        [this](const QString& token) {
            m_token = token;
            m_sync->setEndpoint(syncEndpoint());
            m_syncStarted = true;
        },
        Qt::SingleShotConnection);
    m_credential->load();
}

void AppContext::saveSyncEndpoint(const SyncEndpoint& endpoint)
{
    QSettings settings;
    settings.setValue(QStringLiteral("sync/server"), endpoint.url);
    settings.setValue(QStringLiteral("sync/ca"), endpoint.caFile);
    if (endpoint.token.isEmpty()) {
        m_sync->setEndpoint(syncEndpoint());
        return;
    }
    connect(
        m_credential,
        &KeychainCredential::saved,
        this,
        [this, token = endpoint.token](bool ok, bool) {
            if (ok)
                m_token = token;
            m_sync->setEndpoint(syncEndpoint());
        },
        Qt::SingleShotConnection);
    m_credential->save(endpoint.token);
}

AppContext::~AppContext() = default;

void AppContext::setActor(const Actor& actor)
{
    m_actor = actor;
    emit actorChanged(m_actor);
}
