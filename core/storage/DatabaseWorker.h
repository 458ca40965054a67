#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

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
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(m_host, [this, guard, job = std::move(job), done = std::move(done)]() {
            if (!m_db) {
                if (guard)
                    qWarning("DatabaseWorker: job dropped, the database is not open");
                return;
            }
            T result = job(*m_db);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // Blocks the caller until the jobs posted so far have run. For tests and shutdown only.
    void drain();

signals:
    void opened(bool ok, const QString& message);

private:
    QString m_path;
    Database::Mode m_mode;
    QThread m_thread;
    QObject* m_host; // lives on m_thread; jobs are posted to it
    std::unique_ptr<Database> m_db; // created, used and destroyed on m_thread only
};
