#pragma once

#include "domain/Actor.h"
#include "storage/AuditQuery.h"

#include <QAbstractTableModel>

class DatabaseWorker;

// The audit log for the viewer (issue 6): newest first, 200 entries at a time, more as the view
// scrolls (fetchMore); every page is read on the reader thread, so a million entries never stall
// the window.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        RoleColumn,
        Action,
        Entity,
        Record,
        Details,
        ColumnCount
    };
    AuditLogModel(DatabaseWorker* reader, Actor actor, QObject* parent = nullptr);
    void setFilter(const AuditFilter& filter); // starts again from the newest
    const AuditFilter& filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);
    void loaded(); // a page arrived

private:
    static constexpr int kPage = 200;
    DatabaseWorker* m_reader;
    Actor m_actor;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_more = true;
    bool m_loading = false;
    int m_generation = 0; // a page asked for under an older filter is dropped
};
