#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Records.h"

class Database;

// 4.2: the city platform hands a case to a county, district or park station. One transaction: the
// dispatch op for the platform, a "dispatched" event on the case's timeline (and its op), the audit
// entry. Only a city station dispatches; the platform checks that again.
class Dispatch
{
public:
    explicit Dispatch(Database& db);
    Result<CaseRecord> dispatchCase(const QString& number, const QString& toStation, const Actor& actor);

private:
    Database& m_db;
};
