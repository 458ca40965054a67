#pragma once

#include "common/Logging.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

// Carries one job's result to the thread of the object that asked for it, through a queued signal
// connection: Qt removes the connection, and a result still queued, when that object is destroyed,
// under its own locks, so nothing on the worker thread ever touches a receiver that may be gone.
class JobDelivery : public QObject
{
    Q_OBJECT

signals:
    void ready();
};

// A connection of its own on a thread of its own, so the UI thread never waits for SQLite
// (DESIGN.md §8). Jobs run in the order they are posted; each one's result is handed back on the
// thread of `context` (usually a widget or model), and dropped if that object is gone by then.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWorker(QString path, Database::Mode mode = Database::Mode::ReadWrite, QObject* parent = nullptr);
    ~DatabaseWorker() override;

    // Opens the connection on the worker thread; `opened` reports the outcome.
    void open();

    template<typename T>
    void post(QObject* context, std::function<T(Database&)> job, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        // Made and connected here, on the caller's thread, while `context` certainly exists.
        auto* delivery = new JobDelivery;
        QObject::connect(
            delivery,
            &JobDelivery::ready,
            context,
            [result, done = std::move(done)]() {
                if (*result)
                    done(std::move(**result));
            },
            Qt::QueuedConnection);
        delivery->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_host, [this, delivery, result, job = std::move(job)]() {
            if (m_db)
                *result = job(*m_db);
            else
                qCWarning(lcStorage) << "job dropped: the database is not open";
            if (*result)
                emit delivery->ready();
            delete delivery;
        });
    }

signals:
    void opened(bool ok, const QString& message);

private:
    QString m_path;
    Database::Mode m_mode;
    QThread m_thread;
    QObject* m_host; // lives on m_thread; jobs are posted to it
    std::unique_ptr<Database> m_db; // created, used and destroyed on m_thread only
};
