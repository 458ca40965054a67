#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Catalog;
class Database;

// One line of a client's file: something done for the client, on one of its cases.
struct ClientFileEntry
{
    QDateTime at; // UTC; shown in China time
    QString caseNumber;
    QString kind; // for machines (the CLI's JSON): a timeline kind, "complaint_received", "complaint_<state>"
    UiText kindLabel; // what happened, in plain words
    QString summary; // one line
    QString staff; // the person, by name
};

// A case of the client as it stands now.
struct ClientFileCase
{
    QString number;
    QDateTime receivedAt;
    QString itemName;
    QString summary;
    CaseStatus status = CaseStatus::Registered;
    QString mergedInto; // the number of the case it was merged into, or empty
};

struct ClientFileContent
{
    Client client;
    QList<ClientFileCase> cases; // oldest first
    QList<ClientFileEntry> entries; // oldest first, as a paper file is read
};

// 4.2 客户档案, 7.6.1 (服务过程、结果、服务人员、服务评价): everything done for one client in one
// chronological list: each case from its registration to its closing, and on it every one-time
// notice, handoff, on-site visit, repeat contact, merge, feedback, return visit with its ratings
// and complaint with its steps. Read by the client's own rows through indexes (cases_client, then
// each table's index by case), so a client's file costs the same in a database of a million cases.
namespace ClientFile {
// The client by its id or its unified social credit code; NotFound if neither is archived here.
Result<Client> findClient(Database& db, const QString& idOrUscc);
Result<ClientFileContent> collect(Database& db, const Catalog& catalog, const QString& idOrUscc);

struct StatusCount
{
    QString key; // the status's key, or "merged" (for machines)
    UiText status;
    int cases = 0;
};
// How many of the cases stand in each status, in the state machine's order, only those with any; a
// case merged into another is counted as merged, not as closed.
QList<StatusCount> statusCounts(const QList<ClientFileCase>& cases);
} // namespace ClientFile
