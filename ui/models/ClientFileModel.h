#pragma once

#include "models/ListTableModel.h"
#include "reports/ClientFile.h"

#include <QCoreApplication>

// A client's file as a table (4.2, 7.6.1): one row a step, oldest first, as core/reports/ClientFile
// collected them; a few hundred rows at most, loaded whole.
class ClientFileModel : public ListTableModel<ClientFileEntry>
{
    Q_DECLARE_TR_FUNCTIONS(ClientFileModel)

public:
    enum Column
    {
        When,
        Case,
        Kind,
        Summary,
        Staff,
        ColumnCount
    };
    explicit ClientFileModel(QObject* parent = nullptr);
    // The steps, and the widest texts of the columns that hold them (ColumnFit).
    void setEntries(QList<ClientFileEntry> entries);
};
