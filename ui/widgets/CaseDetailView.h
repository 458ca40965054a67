#pragma once

#include "domain/Catalog.h"
#include "domain/Records.h"
#include "domain/Visit.h"

#include <QHash>
#include <QTextBrowser>

// One case, as a clerk reads it: number, status, client, item, request, answer, its on-site visits
// (each to print or correct) and its timeline.
class CaseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CaseDetailView(const Catalog& catalog, QWidget* parent = nullptr);
    void showCase(const CaseRecord& c, const QList<Visit>& visits = {});
    void showNothing();
    // Staff by name in what is shown next (UserStore::names): logins are stored, people read names.
    void setStaffNames(const QHash<QString, QString>& names) { m_staffNames = names; }

signals:
    void printVisitRequested(const QString& visitId);
    void correctVisitRequested(const QString& visitId);

private:
    const Catalog& m_catalog;
    QHash<QString, QString> m_staffNames;
};
