#pragma once

#include "common/Result.h"

#include <QString>
#include <memory>

class Database;

// The city platform's own records: its city, its stations and their credentials.
struct PlatformStation
{
    QString code;
    QString name;
    QString level; // city, county, district, park
    bool isCity() const { return level == QLatin1String("city"); }
};

class ServerStore
{
public:
    static QString schema(); // ":/server-migrations"
    static Result<std::unique_ptr<ServerStore>> open(const QString& path);
    ~ServerStore();

    Result<QString> init(const QString& cityCode); // refused if already set up for a city
    Result<QString> city();
    // Registers a station and returns its new credential, which is shown once and stored hashed.
    Result<QString> addStation(const QString& code, const QString& name, const QString& level);
    // Which history this database holds: its epoch (new after a restore, see newEpoch) and the last
    // change it has given out. A client ahead of either re-offers what it sent.
    struct History
    {
        QString epoch;
        qint64 latestSeq = 0;
    };
    Result<History> history();
    Result<QString> newEpoch(); // run after restoring a backup
    // The station a credential belongs to; NotAllowed for an unknown one.
    Result<PlatformStation> authenticate(const QString& token);

    Database& db() { return *m_db; }

private:
    explicit ServerStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};
