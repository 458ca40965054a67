#include "storage/ClientStore.h"

#include "common/Clock.h"
#include "search/SearchTokens.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace {
const char* kColumns = "c.seq, c.id, c.kind, c.name, c.uscc, c.contact_name, c.phone, c.address, c.created_at, "
                       "(SELECT count(*) FROM cases k WHERE k.client_seq = c.seq)";

Client fromRow(const QSqlQuery& q)
{
    Client c;
    c.seq = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.kind = ClientKinds::fromKey(q.value(2).toString()).value_or(ClientKind::Enterprise);
    c.name = q.value(3).toString();
    c.uscc = q.value(4).toString();
    c.contactName = q.value(5).toString();
    c.phone = q.value(6).toString();
    c.address = q.value(7).toString();
    c.createdAt = Clock::fromStorage(q.value(8).toString());
    c.caseCount = q.value(9).toInt();
    return c;
}

Result<QList<Client>> collect(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<Client> list;
    while (query.next())
        list << fromRow(query);
    return list;
}
} // namespace

QStringList ClientStore::searchTexts(const Client& c)
{
    return { c.name, c.uscc, c.contactName, c.phone };
}

Result<Client> ClientStore::insert(Database& db, Client c)
{
    if (c.id.isEmpty())
        c.id = Sql::newId();
    if (!c.createdAt.isValid())
        c.createdAt = Clock::nowUtc();
    const QString at = Clock::toStorage(c.createdAt);
    qint64 seq = 0;
    Status q = Sql::write(db,
        QStringLiteral("INSERT INTO clients(id, kind, name, uscc, contact_name, phone, address, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { c.id,
            ClientKinds::key(c.kind),
            c.name,
            Sql::orNull(c.uscc),
            Sql::orNull(c.contactName),
            Sql::orNull(c.phone),
            Sql::orNull(c.address),
            at,
            at },
        &seq);
    if (!q)
        return q.error();
    c.seq = seq;
    const auto tokens = SearchTokens::forDocument(searchTexts(c));
    Status idx = db.searchRows().add(db, "client_search", c.seq, tokens);
    if (!idx)
        return idx.error();
    return c;
}

Result<Client> ClientStore::byId(Database& db, const QString& id)
{
    auto list = collect(Sql::run(db.sql(),
        QStringLiteral("SELECT %1 FROM clients c WHERE c.id = ?").arg(QLatin1String(kColumns)),
        { id.trimmed() }));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(
            UiText::of("Storage", QT_TRANSLATE_NOOP("Storage", "No client with id %1 in the archive.")).arg(id));
    return list->first();
}

Result<std::optional<Client>> ClientStore::byUscc(Database& db, const QString& uscc)
{
    auto list = collect(Sql::run(
        db.sql(), QStringLiteral("SELECT %1 FROM clients c WHERE c.uscc = ?").arg(QLatin1String(kColumns)), { uscc }));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Client>();
    return std::optional<Client>(list->first());
}

Result<QList<Client>> ClientStore::find(Database& db, const Page& page)
{
    const QString match = SearchTokens::matchExpression(page.text);
    const qint64 before = page.beforeSeq > 0 ? page.beforeSeq : std::numeric_limits<qint64>::max();
    if (match.isEmpty())
        return collect(Sql::run(db.sql(),
            QStringLiteral("SELECT %1 FROM clients c WHERE c.seq < ? ORDER BY c.seq DESC LIMIT ?")
                .arg(QLatin1String(kColumns)),
            { before, page.limit }));
    return collect(Sql::run(db.sql(),
        QStringLiteral("SELECT %1 FROM client_search(?) s JOIN clients c ON c.seq = s.rowid "
                       "WHERE s.rowid < ? ORDER BY s.rowid DESC LIMIT ?")
            .arg(QLatin1String(kColumns)),
        { match, before, page.limit }));
}

Result<qint64> ClientStore::count(Database& db, const QString& text)
{
    const QString match = SearchTokens::matchExpression(text);
    auto q = match.isEmpty() ? Sql::run(db.sql(), QStringLiteral("SELECT count(*) FROM clients"))
                             : Sql::run(db.sql(), QStringLiteral("SELECT count(*) FROM client_search(?)"), { match });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> ClientStore::seqAt(Database& db, const QString& text, qint64 offset)
{
    const QString match = SearchTokens::matchExpression(text);
    auto q = match.isEmpty()
        ? Sql::run(db.sql(), QStringLiteral("SELECT seq FROM clients ORDER BY seq DESC LIMIT 1 OFFSET ?"), { offset })
        : Sql::run(db.sql(),
            QStringLiteral("SELECT rowid FROM client_search(?) ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
            { match, offset });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}
