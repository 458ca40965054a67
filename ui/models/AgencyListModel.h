#pragma once

#include "domain/Agency.h"

#include <QAbstractTableModel>
#include <QDate>

// The agency archive (hundreds of rows, loaded whole): name, kind, scope, qualifications with their
// state, load and service record; qualifications expired or expiring within 30 days stand out.
class Catalog;
class AgencyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Scope,
        Qualifications,
        Load,
        Contact,
        ColumnCount
    };
    explicit AgencyListModel(const Catalog& catalog, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_catalog(catalog)
    { }
    void setAgencies(QList<Agency> agencies, const QDate& today);
    const Agency* agencyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Agency> m_agencies;
    const Catalog& m_catalog; // the scope's items by name
    QDate m_today;
};
