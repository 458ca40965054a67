#pragma once

#include "domain/Catalog.h"
#include "domain/Records.h"

#include <QTextBrowser>

// One case, as a clerk reads it: number, status, client, item, request, answer and its timeline.
class CaseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CaseDetailView(const Catalog& catalog, QWidget* parent = nullptr);
    void showCase(const CaseRecord& c);
    void showNothing();

private:
    const Catalog& m_catalog;
};
