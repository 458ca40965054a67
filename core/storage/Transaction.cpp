#include "storage/Transaction.h"

#include "common/Logging.h"
#include "storage/Database.h"

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
    , m_begun(db.execScript(QStringLiteral("BEGIN IMMEDIATE;")))
{
    m_open = m_begun.ok();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
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
