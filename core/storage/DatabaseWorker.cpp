#include "storage/DatabaseWorker.h"

#include "common/Logging.h"

DatabaseWorker::DatabaseWorker(QString path, Database::Mode mode, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_host(new QObject)
{
    m_thread.setObjectName(QStringLiteral("qsdesk-db"));
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Close the connection on its own thread, then stop the thread.
    QMetaObject::invokeMethod(
        m_host, [this]() { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::open()
{
    QMetaObject::invokeMethod(m_host, [this]() {
        auto db = Database::open(m_path, m_mode);
        const bool ok = db.ok();
        const QString message = ok ? QString() : db.error().message.local;
        if (ok)
            m_db = std::move(db).value();
        else
            qCWarning(lcStorage) << "cannot open" << m_path << db.error().message.english;
        emit opened(ok, message); // queued to receivers on other threads
    });
}
