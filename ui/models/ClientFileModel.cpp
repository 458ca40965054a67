#include "models/ClientFileModel.h"

#include "common/Clock.h"

ClientFileModel::ClientFileModel(QObject* parent)
    : ListTableModel<ClientFileEntry>(
        { { tr("When"), [](const ClientFileEntry& e) { return Clock::displayDateTime(e.at); } },
            { tr("Case"), [](const ClientFileEntry& e) { return e.caseNumber; } },
            { tr("What was done"), [](const ClientFileEntry& e) { return e.kindLabel.local; } },
            { tr("Particulars"), [](const ClientFileEntry& e) { return e.summary; } },
            { tr("Staff"), [](const ClientFileEntry& e) { return e.staff; } } },
        {},
        parent)
{
    setWidest(When, { Clock::displayDateTime(QDateTime(QDate(2026, 12, 28), QTime(20, 58), Qt::UTC)) });
    setWidest(Case, { QStringLiteral("LZ-LN-20261124-0007") });
}

void ClientFileModel::setEntries(QList<ClientFileEntry> entries)
{
    QStringList kinds, staff;
    for (const ClientFileEntry& e : entries) {
        if (!kinds.contains(e.kindLabel.local))
            kinds << e.kindLabel.local;
        if (!staff.contains(e.staff))
            staff << e.staff;
    }
    setWidest(Kind, kinds);
    setWidest(Staff, staff);
    setRows(std::move(entries));
}
