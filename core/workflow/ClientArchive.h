#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// 4.2 客户档案: adding a client is one transaction with its search entry and audit record.
class ClientArchive
{
public:
    explicit ClientArchive(Database& db);

    struct Added
    {
        Client client;
        QList<UiText> warnings; // the client was saved; these deserve a second look
    };

    // Validates and normalises the input (name, USCC per GB 32100, phone, lengths). A client with a
    // USCC is an enterprise, without one a person. A USCC already in the archive is refused.
    Result<Added> add(const NewClient& input, const Actor& actor);

    // The two halves of add(), for a client created together with a case in one transaction:
    // checks and normalises without touching the database …
    static Result<Added> prepare(const NewClient& input);
    // Every problem of the input at once, in the form's order (name, USCC, contact, phone, address).
    static QList<Error> problems(const NewClient& input);
    // … and stores a prepared client inside the caller's transaction, with its audit entry.
    Result<Client> insertPrepared(const Client& client, const Actor& actor);

private:
    Database& m_db;
};
