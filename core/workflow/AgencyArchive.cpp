#include "workflow/AgencyArchive.h"

#include "common/Logging.h"
#include "domain/Catalog.h"
#include "security/Permissions.h"
#include "storage/AgencyStore.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "validation/Phone.h"
#include "validation/TextRules.h"
#include "validation/Uscc.h"

#include <QJsonArray>

AgencyArchive::AgencyArchive(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

Result<Agency> AgencyArchive::prepare(const NewAgency& input) const
{
    Agency a;
    if (!input.kind.trimmed().isEmpty()) {
        auto kind = AgencyKinds::parse(QStringLiteral("kind"), input.kind);
        if (!kind)
            return kind.error();
        a.kind = *kind;
    }
    auto name = TextRules::check(QStringLiteral("name"), input.name, true, 100);
    if (!name)
        return name.error();
    a.name = *name;
    if (!input.uscc.trimmed().isEmpty()) {
        auto uscc = Uscc::validate(input.uscc);
        if (!uscc)
            return uscc.error();
        a.uscc = *uscc;
    }
    auto contact = TextRules::check(QStringLiteral("contact"), input.contactName, false, 40);
    if (!contact)
        return contact.error();
    a.contactName = *contact;
    if (!input.phone.trimmed().isEmpty()) {
        auto phone = Phone::validate(input.phone);
        if (!phone)
            return phone.error();
        a.phone = *phone;
    }
    auto address = TextRules::check(QStringLiteral("address"), input.address, false, 200);
    if (!address)
        return address.error();
    a.address = *address;
    auto capability = TextRules::check(QStringLiteral("capability"), input.capability, false, 1000);
    if (!capability)
        return capability.error();
    a.capability = *capability;
    // The scope names catalog items by their clause numbers.
    for (const QString& raw : input.items) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        if (!m_catalog.item(code))
            return Error::badInput(QStringLiteral("items"),
                UiText::of("Validation",
                    QT_TRANSLATE_NOOP("Validation", "%1: %2 is not a service item of the catalog (such as 5.1.2)."))
                    .arg(Fields::label(QStringLiteral("items")), code));
        if (!a.items.contains(code))
            a.items << code;
    }
    if (a.items.isEmpty())
        return Error::badInput(QStringLiteral("items"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required."))
                .arg(Fields::label(QStringLiteral("items"))));
    for (const Qualification& given : input.qualifications) {
        Qualification q = given;
        auto qName = TextRules::check(QStringLiteral("qualification"), q.name, true, 100);
        if (!qName)
            return qName.error();
        q.name = *qName;
        q.number = TextRules::clean(q.number);
        q.issuer = TextRules::clean(q.issuer);
        if (q.validFrom.isValid() && q.validTo.isValid() && q.validTo < q.validFrom)
            return Error::badInput(QStringLiteral("qualification"),
                UiText::of(
                    "Validation", QT_TRANSLATE_NOOP("Validation", "%1 \"%2\" ends on %3, before it begins on %4."))
                    .arg(Fields::label(QStringLiteral("qualification")),
                        q.name,
                        q.validTo.toString(Qt::ISODate),
                        q.validFrom.toString(Qt::ISODate)));
        for (const QString& item : std::as_const(q.items))
            if (!a.items.contains(item))
                return Error::badInput(QStringLiteral("qualification"),
                    UiText::of("Validation",
                        QT_TRANSLATE_NOOP("Validation", "%1 \"%2\" names %3, which is not in the agency's scope."))
                        .arg(Fields::label(QStringLiteral("qualification")), q.name, item));
        a.qualifications << q;
    }
    return a;
}

Status AgencyArchive::checkNotArchived(const Agency& a)
{
    if (a.uscc.isEmpty())
        return success();
    auto existing = AgencyStore::byUscc(m_db, a.uscc);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::badInput(QStringLiteral("uscc"),
            UiText::of("Validation",
                QT_TRANSLATE_NOOP("Validation", "%1 %2 is already in the agency archive as \"%3\" (id %4)."))
                .arg(Fields::label(QStringLiteral("uscc")), a.uscc, (*existing)->name, (*existing)->id));
    return success();
}

Result<Agency> AgencyArchive::insertPrepared(const Agency& a, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageAgencies); !s)
        return s.error();
    if (Status fresh = checkNotArchived(a); !fresh)
        return fresh.error();
    auto inserted = AgencyStore::insert(m_db, a);
    if (!inserted)
        return inserted.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("agency.add"),
            QStringLiteral("agency"),
            inserted->id,
            { { QStringLiteral("name"), inserted->name },
                { QStringLiteral("items"), QJsonArray::fromStringList(inserted->items) } });
        !s)
        return s.error();
    return inserted;
}

Result<Agency> AgencyArchive::add(const NewAgency& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageAgencies); !s)
        return s.error();
    auto prepared = prepare(input);
    if (!prepared)
        return prepared.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto inserted = insertPrepared(*prepared, actor);
    if (!inserted)
        return inserted.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcWorkflow) << "agency added" << inserted->id;
    return inserted;
}
