#pragma once

#include "common/Result.h"

class Database;

// One user action = one write transaction (DESIGN.md §5). BEGIN IMMEDIATE takes the write lock up
// front, so two windows registering at once queue up instead of failing half-way. Destroying an
// uncommitted transaction rolls it back, so an early `return error;` leaves nothing behind.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    Status m_begun;
    bool m_open = false;
};
