#include "workflow/TimeLimits.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"

namespace {
constexpr int kMaxDays = 240;
}

TimeLimits::TimeLimits(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

Result<TimeLimits::Limit> TimeLimits::of(const QString& itemCode)
{
    const CatalogItem* item = m_catalog.item(itemCode.trimmed());
    if (!item)
        return Error::notFound(UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1: there is no item %2."))
                                   .arg(Fields::label(QStringLiteral("item")), itemCode));
    Limit l { item->code, item->responseDays, item->closeDays, 0, {}, {}, {} };
    auto row = Sql::one(m_db,
        QStringLiteral("SELECT version, response_days, close_days, reason, changed_at, changed_by FROM time_limits "
                       "WHERE item_code = ? ORDER BY version DESC LIMIT 1"),
        { item->code });
    if (!row)
        return row.error();
    if (row->has_value()) {
        const QVariantList& r = **row;
        l.version = r.at(0).toInt();
        l.responseDays = r.at(1).toInt();
        l.closeDays = r.at(2).toInt();
        l.reason = r.at(3).toString();
        l.changedAt = Clock::fromStorage(r.at(4).toString());
        l.changedBy = r.at(5).toString();
    }
    return l;
}

Result<QList<TimeLimits::Limit>> TimeLimits::all()
{
    QList<Limit> list;
    for (const CatalogCategory& c : m_catalog.categories())
        for (const CatalogItem& i : c.items) {
            auto l = of(i.code);
            if (!l)
                return l.error();
            list << *l;
        }
    return list;
}

Result<TimeLimits::Limit> TimeLimits::set(
    const QString& itemCode, int responseDays, int closeDays, const QString& reason, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageCatalog); !s)
        return s.error();
    auto why = TextRules::check(QStringLiteral("reason"), reason, true, 500);
    if (!why)
        return why.error();
    if (responseDays < 1 || responseDays > kMaxDays)
        return Error::badInput(QStringLiteral("response_days"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be from 1 to %2."))
                .arg(Fields::label(QStringLiteral("response_days")), qlonglong(kMaxDays)));
    if (closeDays < responseDays || closeDays > kMaxDays)
        return Error::badInput(QStringLiteral("close_days"),
            UiText::of("Validation",
                QT_TRANSLATE_NOOP("Validation", "%1 must be from the days to a first response (%2) to %3."))
                .arg(Fields::label(QStringLiteral("close_days")), qlonglong(responseDays), qlonglong(kMaxDays)));
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto now = of(itemCode);
    if (!now)
        return now.error();
    Limit l { now->itemCode, responseDays, closeDays, now->version + 1, *why, Clock::nowUtc(), actor.login };
    if (Status s = Sql::write(m_db,
            QStringLiteral("INSERT INTO time_limits(item_code, version, response_days, close_days, reason, changed_at, "
                           "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { l.itemCode,
                l.version,
                l.responseDays,
                l.closeDays,
                l.reason,
                Clock::toStorage(l.changedAt),
                l.changedBy });
        !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("catalog.time_limits"),
            QStringLiteral("item"),
            l.itemCode,
            { { QStringLiteral("version"), l.version },
                { QStringLiteral("response_days"), l.responseDays },
                { QStringLiteral("close_days"), l.closeDays },
                { QStringLiteral("was"), QStringLiteral("%1/%2").arg(now->responseDays).arg(now->closeDays) },
                { QStringLiteral("reason"), l.reason } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return l;
}
