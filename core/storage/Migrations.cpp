#include "storage/Migrations.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/SignFor.h"
#include "domain/WorkCalendar.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace {
// version -> resource path, from the file names "NNN_what.sql"
QMap<int, QString> available(const QString& folder)
{
    QMap<int, QString> list;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({ QStringLiteral("*.sql") }, QDir::Files)) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version > 0)
            list.insert(version, dir.filePath(name));
    }
    return list;
}

Error tooNew(int fileVersion, int latest)
{
    return Error::notAllowed(UiText::of("Storage",
        QT_TRANSLATE_NOOP("Storage",
            "This database was written by a newer QSDesk (schema version %1; this program "
            "knows up to %2). It has not been changed. Please install the newer QSDesk."))
                                 .arg(fileVersion, latest));
}
// Migration 25: the sign-for day of the handoffs made before it, on the working-day calendar.
Status fillSignDue(Database& db)
{
    auto q = Sql::run(db.sql(), QStringLiteral("SELECT seq, handed_at FROM handoffs WHERE sign_due IS NULL"));
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<QPair<qint64, QDate>> due;
    while (rows.next())
        due << qMakePair(rows.value(0).toLongLong(),
            SignFor::due(Clock::fromStorage(rows.value(1).toString()), WorkCalendar::standard()));
    rows.finish();
    for (const auto& [seq, day] : due)
        if (Status s = Sql::write(db,
                QStringLiteral("UPDATE handoffs SET sign_due = ? WHERE seq = ?"),
                { day.toString(Qt::ISODate), seq });
            !s)
            return s;
    return success();
}

// Migration 27: case_search again, from the cases' words without the client's code, a slice of
// seqs at a time (a million cases' words at once would be some hundreds of MB).
Status reindexCases(Database& db)
{
    constexpr qint64 kSlice = 20000;
    auto last = Sql::one(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM cases"));
    if (!last)
        return last.error();
    const qint64 lastSeq = (**last).at(0).toLongLong();
    for (qint64 from = 0; from <= lastSeq; from += kSlice) {
        auto words
            = CaseStore::searchWordsOf(db, QStringLiteral("c.seq > %1 AND c.seq <= %2").arg(from).arg(from + kSlice));
        if (!words)
            return words.error();
        for (const auto& [seq, tokens] : *words)
            if (Status s = Sql::write(
                    db, QStringLiteral("INSERT INTO case_search(rowid, tokens) VALUES (?, ?)"), { seq, tokens });
                !s)
                return s;
    }
    return success();
}

// What SQL alone cannot do in a migration, run after its script in the same transaction.
Status codeStep(Database& db, const QString& folder, int version)
{
    if (folder == Migrations::stationSchema() && version == 10)
        return AuditLog::chainUnchained(db);
    if (folder == Migrations::stationSchema() && version == 25)
        return fillSignDue(db);
    if (folder == Migrations::stationSchema() && version == 27)
        return reindexCases(db);
    return success();
}
} // namespace

QString Migrations::stationSchema()
{
    return QStringLiteral(":/migrations");
}

int Migrations::latestVersion(const QString& folder)
{
    const auto list = available(folder);
    return list.isEmpty() ? 0 : list.lastKey();
}

Status Migrations::run(Database& db, const QString& folder)
{
    const auto list = available(folder);
    const int latest = list.isEmpty() ? 0 : list.lastKey();
    const int seen = db.schemaVersion();
    if (seen == latest)
        return success(); // the usual case: no write lock needed just to open
    if (seen > latest)
        return tooNew(seen, latest);
    int stepsDone = 0;
    for (;;) {
        // Read the version inside the write lock: another process may be upgrading the same file.
        if (Status s = db.execScript(QStringLiteral("BEGIN IMMEDIATE;")); !s)
            return s;
        const int current = db.schemaVersion();
        if (current < 0 || current > latest) {
            db.execScript(QStringLiteral("ROLLBACK;"));
            return current < 0 ? Error::internal(QStringLiteral("cannot read the schema version"))
                               : tooNew(current, latest);
        }
        const auto next = list.upperBound(current);
        if (next == list.end()) {
            // One line for the whole upgrade: a fresh file passes through every version.
            if (stepsDone > 0)
                qCInfo(lcStorage) << "database" << db.path() << "upgraded from schema version" << seen << "to"
                                  << current;
            return db.execScript(QStringLiteral("COMMIT;"));
        }
        QFile f(next.value());
        if (!f.open(QIODevice::ReadOnly)) {
            db.execScript(QStringLiteral("ROLLBACK;"));
            return Error::internal(QStringLiteral("cannot read migration %1").arg(next.value()));
        }
        Status s = db.execScript(QString::fromUtf8(f.readAll()));
        if (s)
            s = codeStep(db, folder, next.key());
        if (s)
            s = db.execScript(QStringLiteral("PRAGMA user_version = %1;\nCOMMIT;").arg(next.key()));
        if (!s) {
            db.execScript(QStringLiteral("ROLLBACK;"));
            qCWarning(lcStorage) << "migration" << next.key() << "failed:" << s.error().message.english;
            return s;
        }
        ++stepsDone;
    }
}

Status Migrations::checkCurrent(Database& db, const QString& folder)
{
    const int latest = latestVersion(folder);
    const int current = db.schemaVersion();
    if (current > latest)
        return tooNew(current, latest);
    if (current < latest)
        return Error::notAllowed(UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "The database has not been set up yet (schema version "
                "%1). Open it read-write first."))
                                     .arg(current));
    return success();
}
