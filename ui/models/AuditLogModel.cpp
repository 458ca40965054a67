#include "AuditLogModel.h"

#include "common/Clock.h"
#include "storage/DatabaseWorker.h"

AuditLogModel::AuditLogModel(DatabaseWorker* reader, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_actor(std::move(actor))
{ }

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_more = true;
    m_loading = false;
    ++m_generation;
    endResetModel();
    fetchMore({});
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return Clock::displayDateTime(e.at);
    case User:
        return e.actor;
    case RoleColumn: {
        const auto r = Roles::fromKey(e.role);
        return r ? Roles::label(*r).local : e.role;
    }
    case Action:
        return e.action;
    case Entity:
        return e.entity;
    case Record:
        return e.entityId;
    case Details:
        return e.detail;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record type");
    case Record:
        return tr("Record");
    case Details:
        return tr("Before, after and details");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    const AuditFilter filter = m_filter;
    const Actor actor = m_actor;
    const int generation = m_generation;
    m_reader->post<Result<QList<AuditEntry>>>(
        this,
        [filter, actor, before](Database& db) { return AuditQuery::page(db, filter, actor, before, kPage); },
        [this, generation](Result<QList<AuditEntry>> page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!page) {
                m_more = false;
                emit failed(page.error().message.local);
                return;
            }
            m_more = page->size() == kPage;
            if (!page->isEmpty()) {
                beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
                m_entries += page.value();
                endInsertRows();
            }
            emit loaded();
        });
}
