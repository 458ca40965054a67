#pragma once

#include "domain/Catalog.h"
#include "domain/Records.h"
#include "domain/Visit.h"

#include <QHash>
#include <QTextBrowser>

// One case, as a clerk reads it: number, status, client, item, request, answer, its on-site visits
// (each to print or correct) and its timeline. The requests merged into it (合并, issue 21) are
// read with it: their visits beside its own and their lines in its timeline, each marked with the
// number it was filed under.
class CaseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    struct MergedCase
    {
        CaseRecord kase; // with its events
        QList<Visit> visits;
    };

    explicit CaseDetailView(const Catalog& catalog, QWidget* parent = nullptr);
    void showCase(const CaseRecord& c, const QList<Visit>& visits = {}, const QList<MergedCase>& merged = {});
    void showNothing();
    // Staff by name in what is shown next (UserStore::names): logins are stored, people read names.
    void setStaffNames(const QHash<QString, QString>& names) { m_staffNames = names; }

signals:
    void printVisitRequested(const QString& visitId);
    void correctVisitRequested(const QString& visitId);
    // A case number in the text was clicked (a merged request, or the case this one was merged into).
    void caseRequested(const QString& number);

private:
    const Catalog& m_catalog;
    QHash<QString, QString> m_staffNames;
};
