#pragma once

#include "domain/Actor.h"
#include "domain/Catalog.h"
#include "domain/Records.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

// A real SQLite file in a fresh temporary folder, set up as station LZ-LN, with the built-in catalog.
struct TestDatabase
{
    explicit TestDatabase(const QString& stationCode = QStringLiteral("LN"), StationLevel level = StationLevel::County);
    QString path() const { return dir.filePath(QStringLiteral("station.db")); }
    std::unique_ptr<Database> openAnother() const;
    qint64 count(const QString& table) const; // rows in a table, read over a fresh connection
    QString addClient(const QString& name, const QString& uscc = {}); // returns the client id

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Catalog catalog;
};

// Who acts in a test: a station account, an administrator unless the test is about roles.
inline Actor testActor(const QString& login = QStringLiteral("tester"), Role role = Role::StationAdmin)
{
    return Actor::user(login, role);
}

// Where the bitmaps of migration 31 (storage/CaseBits) differ from the rows they stand for: the cases'
// columns and the full-text index's matches of each promoted token; empty when they agree.
QString caseBitsDisagreement(Database& db);
