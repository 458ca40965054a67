#pragma once

#include "domain/Actor.h"
#include "domain/Catalog.h"
#include "domain/Records.h"
#include "domain/WorkCalendar.h"
#include "sync/SyncClient.h"

#include <QObject>

class DatabaseWorker;
class SyncScheduler;
class KeychainCredential;

// What the widgets share: the catalog, the station, who is working, and two database workers, one
// for writes and small look-ups, one for the big lists, so a long count never delays a save.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(QString dbPath, Catalog catalog, QObject* parent = nullptr);
    ~AppContext() override;

    const Catalog& catalog() const { return m_catalog; }
    // Working days for deadlines: the shipped years and the administrator's (docs/holidays.md).
    const WorkCalendar& calendar() const { return m_calendar; }
    const QString& dbPath() const { return m_dbPath; }
    // Who is logged in (issue 6); every change is made as this actor and checked against its role.
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor);
    const Station& station() const { return m_station; }
    void setStation(const Station& s) { m_station = s; }
    // An archive of closed cases (7.6) opened to search it: every change is refused by core.
    bool isArchive() const { return m_archive; }
    void setArchive(bool archive) { m_archive = archive; }
    DatabaseWorker* writer() const { return m_writer; }
    DatabaseWorker* reader() const { return m_reader; }
    DatabaseWorker* syncWorker() const { return m_syncWorker; }
    SyncScheduler* sync() const { return m_sync; }

    // Where this station synchronises: address and CA in the settings, the credential in the
    // keychain (or owner-only beside the database). startSync() reads the credential and starts the
    // scheduler; saving applies at once.
    SyncEndpoint syncEndpoint() const;
    void startSync();
    // Whether startSync() has read the credential and set the scheduler's endpoint from it: an
    // endpoint set before that is replaced by the stored one.
    bool syncStarted() const { return m_syncStarted; }
    void saveSyncEndpoint(const SyncEndpoint& endpoint); // an empty token keeps the stored one

signals:
    void caseRegistered(const CaseRecord& c);
    void caseChanged(const CaseRecord& c);
    void actorChanged(const Actor& actor);

private:
    QString m_dbPath;
    Catalog m_catalog;
    WorkCalendar m_calendar;
    Station m_station;
    Actor m_actor;
    bool m_archive = false;
    DatabaseWorker* m_writer;
    DatabaseWorker* m_reader;
    DatabaseWorker* m_syncWorker;
    SyncScheduler* m_sync;
    KeychainCredential* m_credential;
    QString m_token;
    bool m_syncStarted = false;
};
