#include "storage/AuditQuery.h"

#include "common/Clock.h"
#include "importing/CsvFile.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereFor(const AuditFilter& f)
{
    QStringList parts;
    QVariantList binds;
    if (!f.actor.trimmed().isEmpty()) {
        parts << QStringLiteral("actor = ?");
        binds << f.actor.trimmed();
    }
    if (!f.action.trimmed().isEmpty()) {
        // A prefix as a range, so the comparison can use plain text order: 'user.' <= action < 'user/'.
        const QString prefix = f.action.trimmed();
        QString upper = prefix;
        upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
        parts << QStringLiteral("action >= ? AND action < ?");
        binds << prefix << upper;
    }
    if (!f.entityId.trimmed().isEmpty()) {
        parts << QStringLiteral("entity_id = ?");
        binds << f.entityId.trimmed();
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        binds << Clock::toStorage(QDateTime(f.from, QTime(0, 0), Clock::chinaZone()));
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("at < ?");
        binds << Clock::toStorage(QDateTime(f.to.addDays(1), QTime(0, 0), Clock::chinaZone()));
    }
    return { parts.isEmpty() ? QString() : parts.join(QStringLiteral(" AND ")), binds };
}

const QString kColumns = QStringLiteral("seq, at, actor, role, action, entity, entity_id, detail");

AuditEntry entryFrom(const QSqlQuery& q)
{
    return { q.value(0).toLongLong(),
        Clock::fromStorage(q.value(1).toString()),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toString(),
        q.value(5).toString(),
        q.value(6).toString(),
        q.value(7).toString() };
}

} // namespace

Result<QList<AuditEntry>> AuditQuery::page(
    Database& db, const AuditFilter& filter, const Actor& actor, qint64 beforeSeq, int limit)
{
    if (Status s = Permissions::require(actor, Permission::ViewAudit); !s)
        return s.error();
    Where w = whereFor(filter);
    if (beforeSeq > 0) {
        w.sql = w.sql.isEmpty() ? QStringLiteral("seq < ?") : w.sql + QStringLiteral(" AND seq < ?");
        w.binds << beforeSeq;
    }
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY seq DESC LIMIT %3")
            .arg(kColumns, w.sql.isEmpty() ? QString() : QStringLiteral("WHERE ") + w.sql)
            .arg(std::clamp(limit, 1, 10000)),
        w.binds);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<AuditEntry> list;
    while (query.next())
        list << entryFrom(query);
    return list;
}

Result<qint64> AuditQuery::exportCsv(Database& db, const AuditFilter& filter, const QString& path, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ViewAudit); !s)
        return s.error();
    const Where w = whereFor(filter);
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY seq")
            .arg(kColumns, w.sql.isEmpty() ? QString() : QStringLiteral("WHERE ") + w.sql),
        w.binds);
    if (!q)
        return q.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(QStringLiteral("file"),
            UiText::of("Audit", QT_TRANSLATE_NOOP("Audit", "Cannot write %1: %2")).arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it names people and cases
    file.write(CsvFile::kUtf8Bom);
    const QStringList header = { QCoreApplication::translate("Audit", "No."),
        QCoreApplication::translate("Audit", "Time"),
        QCoreApplication::translate("Audit", "User"),
        QCoreApplication::translate("Audit", "Role"),
        QCoreApplication::translate("Audit", "Action"),
        QCoreApplication::translate("Audit", "Record type"),
        QCoreApplication::translate("Audit", "Record"),
        QCoreApplication::translate("Audit", "Details") };
    file.write(CsvFile::formatRow(header));
    QSqlQuery query = std::move(q).value();
    qint64 rows = 0;
    while (query.next()) {
        const AuditEntry e = entryFrom(query);
        const auto role = Roles::fromKey(e.role);
        const QStringList fields = { QString::number(e.seq),
            Clock::displayDateTime(e.at),
            e.actor,
            role ? Roles::label(*role).local : e.role,
            e.action,
            e.entity,
            e.entityId,
            e.detail };
        file.write(CsvFile::formatRow(fields));
        ++rows;
    }
    query.finish();
    if (!file.commit())
        return Error::badInput(QStringLiteral("file"),
            UiText::of("Audit", QT_TRANSLATE_NOOP("Audit", "Cannot write %1: %2")).arg(path, file.errorString()));
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = AuditLog::record(db,
            actor,
            QStringLiteral("audit.export"),
            QStringLiteral("audit_log"),
            path,
            { { QStringLiteral("entries"), rows },
                { QStringLiteral("actor_filter"), filter.actor },
                { QStringLiteral("action_filter"), filter.action } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rows;
}
