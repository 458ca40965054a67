#include "AppContext.h"

#include "common/CurrentUser.h"
#include "storage/DatabaseWorker.h"

AppContext::AppContext(QString dbPath, Catalog catalog, QObject* parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_catalog(std::move(catalog))
    , m_writer(new DatabaseWorker(m_dbPath, Database::Mode::ReadWrite, this))
    , m_reader(new DatabaseWorker(m_dbPath, Database::Mode::ReadOnly, this))
{ }

AppContext::~AppContext() = default;

QString AppContext::actor() const
{
    return CurrentUser::login();
}
