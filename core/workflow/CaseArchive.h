#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDate>
#include <QString>

class Database;

struct ArchiveReport
{
    int cases = 0; // moved this time
    QString archivePath;
    QDate closedBefore;
    QString firstNumber, lastNumber;
};

// 7.6: case files are kept at least two years after closing. Archiving moves closed cases older
// than a date, with everything that belongs to them (timeline, handoffs, notices, instruction
// requests, visits, photos and signatures), into an archive file: a station database of the same
// schema, so `qsdesk-cli --db ARCHIVE case list --search …` and the window find them as before.
// Only an administrator may, nothing closed less than two years ago can go whatever the date asked,
// and a case with changes not yet sent to the city stays. The archive is written and checked first;
// only then are the cases removed here, in one transaction with its audit entry, so a crash between
// the two leaves the cases in both files, never in neither; running it again finishes the work.
class CaseArchive
{
public:
    explicit CaseArchive(Database& db);
    static QDate latestAllowed(const QDate& today) { return today.addYears(-2); }
    Result<ArchiveReport> archive(const QString& archivePath, const QDate& closedBefore, const Actor& actor);

private:
    Database& m_db;
};
