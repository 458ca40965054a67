#pragma once

#include "workflow/AgencyMatching.h"

#include <QAbstractTableModel>

// Agencies for a case's service item, best first (AgencyMatching), for the handoff dialog: offered
// ones only, or all with the reason the others are not offered.
class Catalog;
class AgencyCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Scope,
        Qualification,
        Load,
        Note,
        ColumnCount
    };
    explicit AgencyCandidateModel(const Catalog& catalog, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_catalog(catalog)
    { }
    void setCandidates(QList<AgencyCandidate> candidates, const QString& itemCode, const QDate& today);
    void setShowAll(bool all);
    const AgencyCandidate* candidateAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter(); // a reset around filter()
    void filter(); // m_shown from m_all

    QList<AgencyCandidate> m_all;
    QList<const AgencyCandidate*> m_shown;
    QString m_item;
    const Catalog& m_catalog; // the scope's items by name
    QDate m_today;
    bool m_showAll = false;
};
