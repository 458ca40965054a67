#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QList>
#include <QStringList>
#include <optional>

class Database;

// Rows of the client archive (客户档案) and their search index. Writers here expect the caller's
// transaction; they do not validate (workflow/ClientArchive does).
namespace ClientStore {
Result<Client> insert(Database& db, Client client);
// The texts of a client's search row (client_search), as insert writes it.
QStringList searchTexts(const Client& c);
Result<Client> byId(Database& db, const QString& id);
Result<std::optional<Client>> byUscc(Database& db, const QString& uscc);

struct Page
{
    QString text; // search text; empty lists all, newest first
    qint64 beforeSeq = 0; // keyset paging: only clients with seq < this (0 = from the newest)
    int limit = 50;
};
Result<QList<Client>> find(Database& db, const Page& page);
Result<qint64> count(Database& db, const QString& text);
// The seq of the client at `offset` in the list for `text` (0 if there is none): where a page that
// starts right after it continues from.
Result<qint64> seqAt(Database& db, const QString& text, qint64 offset);
} // namespace ClientStore
