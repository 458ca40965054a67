#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/Migrations.h"
#include "storage/OwnerOnlyFile.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <sqlite3.h>

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("qsdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

UiText cannotOpen(const QString& path, const QString& why)
{
    return UiText::of("Storage", QT_TRANSLATE_NOOP("Storage", "Cannot open the database %1: %2")).arg(path, why);
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, const QString& schema)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::internal(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    const QFileInfo info(path);
    if (mode == Mode::ReadOnly && !info.exists())
        return Error::notFound(cannotOpen(path, QStringLiteral("no such file")));
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error::badInput(QStringLiteral("db"), cannotOpen(path, QStringLiteral("cannot create its folder")));

    // A file that cannot be written (its disk mounted read-only, its permissions): say so, before
    // SQLite fails less clearly when it cannot make the -wal and -shm files beside it.
    if (mode == Mode::ReadWrite && info.exists() && !info.isWritable())
        return StorageError::from(SQLITE_READONLY, path);
    if (mode == Mode::ReadWrite && !OwnerOnlyFile::prepare(info.absoluteFilePath()))
        return Error::badInput(QStringLiteral("db"), cannotOpen(path, QStringLiteral("cannot create the file")));

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    // Writers wait for each other instead of failing: two windows may register at the same moment.
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db->m_db.open())
        return Error::badInput(QStringLiteral("db"), cannotOpen(path, db->m_db.lastError().text()));
    if (Status s = db->configureWaiting(mode, schema.isEmpty() ? Migrations::stationSchema() : schema); !s)
        return s.error();
    return db;
}

// Several processes opening a fresh file at once: SQLite answers "database is locked" at once,
// without waiting for the busy timeout, when one of them switches the file to WAL or upgrades it
// under another's read. Set-up is idempotent, so it waits a moment and runs again.
Status Database::configureWaiting(Mode mode, const QString& schema)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        Status s = configure(mode, schema);
        const int code = m_lastResultCode & 0xff;
        if (s.ok() || (code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited.elapsed() > 10000)
            return s;
        QThread::msleep(20);
    }
}

Status Database::configure(Mode mode, const QString& schema)
{
    // WAL lets the UI's reader threads see committed data while a write is under way; NORMAL sync
    // in WAL mode keeps every committed transaction across a crash of the program (a power cut may
    // lose the last ones, never corrupt the file).
    if (Status s = execScript(QStringLiteral("PRAGMA foreign_keys = ON;"
                                             "PRAGMA journal_mode = WAL;"
                                             "PRAGMA synchronous = NORMAL;"
                                             "PRAGMA temp_store = MEMORY;"
                                             "PRAGMA cache_size = -32000;"));
        !s)
        return s;
    Status s = mode == Mode::ReadWrite ? Migrations::run(*this, schema) : Migrations::checkCurrent(*this, schema);
    if (!s)
        return s;
    // An archive of closed cases (workflow/CaseArchive) is read, never changed, once it is written.
    QSqlQuery archived(m_db);
    if (archived.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'meta'")) && archived.next()
        && archived.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'archive'")) && archived.next()) {
        m_archive = true;
        return execScript(QStringLiteral("PRAGMA query_only = 1;"));
    }
    return success();
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QSqlQuery& Database::cachedStatement(const QString& sql, bool* fresh)
{
    auto& q = m_statements[sql];
    *fresh = !q;
    if (*fresh) {
        q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
    }
    return *q;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::execScript(const QString& sql)
{
    sqlite3* h = handle();
    if (!h)
        return Error::internal(QStringLiteral("no SQLite handle"));
    char* message = nullptr;
    const int rc = sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &message);
    m_lastResultCode = rc;
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return StorageError::from(rc, text);
    }
    return success();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/qsdesk.db");
}
