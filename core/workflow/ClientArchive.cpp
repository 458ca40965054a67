#include "workflow/ClientArchive.h"

#include "common/Logging.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/Transaction.h"
#include "sync/SyncPayload.h"
#include "validation/Phone.h"
#include "validation/TextRules.h"
#include "validation/Uscc.h"

ClientArchive::ClientArchive(Database& db)
    : m_db(db)
{ }

Result<ClientArchive::Added> ClientArchive::prepare(const NewClient& input)
{
    Added added;
    Client& c = added.client;
    auto name = TextRules::check(QStringLiteral("name"), input.name, true, 100);
    if (!name)
        return name.error();
    c.name = name.value();
    if (!input.uscc.trimmed().isEmpty()) {
        auto uscc = Uscc::validate(input.uscc);
        if (!uscc)
            return uscc.error();
        c.uscc = uscc.value();
        if (auto warning = Uscc::organisationCodeWarning(c.uscc))
            added.warnings << *warning;
    }
    c.kind = c.uscc.isEmpty() ? ClientKind::Person : ClientKind::Enterprise;
    auto contact = TextRules::check(QStringLiteral("contact"), input.contactName, false, 40);
    if (!contact)
        return contact.error();
    c.contactName = contact.value();
    if (!input.phone.trimmed().isEmpty()) {
        auto phone = Phone::validate(input.phone);
        if (!phone)
            return phone.error();
        c.phone = phone.value();
    }
    auto address = TextRules::check(QStringLiteral("address"), input.address, false, 200);
    if (!address)
        return address.error();
    c.address = address.value();
    return added;
}

QList<Error> ClientArchive::problems(const NewClient& input)
{
    QList<Error> out;
    if (auto name = TextRules::check(QStringLiteral("name"), input.name, true, 100); !name)
        out << name.error();
    if (!input.uscc.trimmed().isEmpty())
        if (auto uscc = Uscc::validate(input.uscc); !uscc)
            out << uscc.error();
    if (auto contact = TextRules::check(QStringLiteral("contact"), input.contactName, false, 40); !contact)
        out << contact.error();
    if (!input.phone.trimmed().isEmpty())
        if (auto phone = Phone::validate(input.phone); !phone)
            out << phone.error();
    if (auto address = TextRules::check(QStringLiteral("address"), input.address, false, 200); !address)
        out << address.error();
    return out;
}

Result<Client> ClientArchive::insertPrepared(const Client& c, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RegisterCase); !s)
        return s.error();
    if (!c.uscc.isEmpty()) {
        auto existing = ClientStore::byUscc(m_db, c.uscc);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error::badInput(QStringLiteral("uscc"),
                UiText::of("Validation",
                    QT_TRANSLATE_NOOP("Validation", "%1 %2 is already in the client archive as \"%3\" (id %4)."))
                    .arg(Fields::label(QStringLiteral("uscc")), c.uscc, (*existing)->name, (*existing)->id));
    }
    auto inserted = ClientStore::insert(m_db, c);
    if (!inserted)
        return inserted.error();
    OutboxOp op;
    op.entity = QStringLiteral("client");
    op.recordId = inserted->id;
    op.kind = QStringLiteral("create");
    op.payload = SyncPayload::client(inserted.value());
    op.actor = actor.login;
    if (Status s = OutboxStore::append(m_db, op); !s)
        return s.error();
    if (Status a = AuditLog::record(m_db,
            actor,
            QStringLiteral("client.add"),
            QStringLiteral("client"),
            inserted->id,
            { { QStringLiteral("name"), inserted->name }, { QStringLiteral("uscc"), inserted->uscc } });
        !a)
        return a.error();
    return inserted;
}

Result<ClientArchive::Added> ClientArchive::add(const NewClient& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RegisterCase); !s)
        return s.error();
    auto prepared = prepare(input);
    if (!prepared)
        return prepared.error();
    Added added = prepared.value();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto inserted = insertPrepared(added.client, actor);
    if (!inserted)
        return inserted.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    added.client = inserted.value();
    qCInfo(lcWorkflow) << "client added" << added.client.id;
    return added;
}
