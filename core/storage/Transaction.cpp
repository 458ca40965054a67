#include "storage/Transaction.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace {
Status begin(Database& db)
{
    if (db.isArchive())
        return Error::notAllowed(UiText::of("Storage",
            QT_TRANSLATE_NOOP("Storage",
                "This file is an archive of closed cases (7.6): it can be searched and read, not changed. Nothing "
                "was changed.")));
    return db.execScript(QStringLiteral("BEGIN IMMEDIATE;"));
}
} // namespace

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
    , m_begun(begin(db))
{
    m_open = m_begun.ok();
}

WriteTransaction::~WriteTransaction()
{
    // SQLite rolls a transaction back by itself after some errors (a full disk among them): then
    // there is nothing left to roll back, and trying would only add "no transaction is active".
    sqlite3* h = m_db.handle();
    if (m_open && h && !sqlite3_get_autocommit(h)) {
        qCDebug(lcStorage) << "rolling back an unfinished transaction";
        m_db.execScript(QStringLiteral("ROLLBACK;"));
    }
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Error::internal(QStringLiteral("transaction already finished")) : m_begun;
    Status s = m_db.execScript(QStringLiteral("COMMIT;"));
    m_open = !s.ok();
    return s;
}
