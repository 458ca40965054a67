#include "storage/AuditLog.h"

#include "common/Clock.h"
#include "domain/Actor.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {
struct Entry
{
    qint64 seq = 0;
    QVariant at, actor, action, entity, entityId, detail, role, prevHash, hash;
};

// Length-prefixed fields, so no two different entries hash the same bytes ("ab"+"c" vs "a"+"bc");
// NULL is told apart from ''.
void addField(QCryptographicHash& h, const QVariant& v)
{
    if (v.isNull()) {
        h.addData("~;");
        return;
    }
    const QByteArray bytes = v.toString().toUtf8();
    h.addData(QByteArray::number(bytes.size()));
    h.addData(":");
    h.addData(bytes);
    h.addData(";");
}

QString hashOf(const QString& prevHash, const Entry& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData("qsdesk-audit-v1;");
    addField(h, prevHash);
    addField(h, QString::number(e.seq));
    for (const QVariant* v : { &e.at, &e.actor, &e.role, &e.action, &e.entity, &e.entityId, &e.detail })
        addField(h, *v);
    return QString::fromLatin1(h.result().toHex());
}

const QString kSelectEntries
    = QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, detail, role, prev_hash, hash FROM audit_log");

Entry entryFrom(const QSqlQuery& q)
{
    Entry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1);
    e.actor = q.value(2);
    e.action = q.value(3);
    e.entity = q.value(4);
    e.entityId = q.value(5);
    e.detail = q.value(6);
    e.role = q.value(7);
    e.prevHash = q.value(8);
    e.hash = q.value(9);
    return e;
}

UiText describe(const Entry& e)
{
    return UiText::of("Audit", QT_TRANSLATE_NOOP("Audit", "entry %1 (%2, %3, %4)"))
        .arg(e.seq,
            Clock::displayDateTime(Clock::fromStorage(e.at.toString())),
            e.actor.toString(),
            e.action.toString());
}
} // namespace

Result<AuditLog::Appender> AuditLog::Appender::open(Database& db)
{
    auto last = Sql::one(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    Appender a(db);
    a.m_lastSeq = *last ? (**last)[0].toLongLong() : 0;
    // '' rather than a null QString, which would be stored as NULL ("added outside QSDesk")
    a.m_lastHash = *last ? (**last)[1].toString() : QStringLiteral("");
    return a;
}

Status AuditLog::Appender::append(const QDateTime& at,
    const QString& actor,
    const QString& role,
    const QString& action,
    const QString& entity,
    const QString& entityId,
    const QJsonObject& detail)
{
    Entry e;
    e.seq = m_lastSeq + 1;
    e.at = Clock::toStorage(at);
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.detail = detail.isEmpty() ? QVariant()
                                : QVariant(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    e.role = role.isEmpty() ? QVariant() : QVariant(role);
    const QString hash = hashOf(m_lastHash, e);
    if (Status s = Sql::write(*m_db,
            QStringLiteral("INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, detail, role, "
                           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { e.seq, e.at, e.actor, e.action, e.entity, e.entityId, e.detail, e.role, m_lastHash, hash });
        !s)
        return s;
    m_lastSeq = e.seq;
    m_lastHash = hash;
    return success();
}

Status AuditLog::record(Database& db,
    const QString& actor,
    const QString& action,
    const QString& entity,
    const QString& entityId,
    const QJsonObject& detail,
    const QString& role)
{
    // The caller holds the write transaction, so nobody appends between reading the head and the insert.
    auto appender = Appender::open(db);
    if (!appender)
        return appender.error();
    return std::move(appender).value().append(Clock::nowUtc(), actor, role, action, entity, entityId, detail);
}

Status AuditLog::record(Database& db,
    const Actor& actor,
    const QString& action,
    const QString& entity,
    const QString& entityId,
    const QJsonObject& detail)
{
    return record(db, actor.login, action, entity, entityId, detail, Roles::key(actor.role));
}

Result<AuditLog::Verification> AuditLog::verify(Database& db)
{
    auto run = Sql::run(db.sql(), kSelectEntries + QStringLiteral(" ORDER BY seq"));
    if (!run)
        return run.error();
    QSqlQuery q = std::move(run).value();
    Verification v;
    QString prevHash;
    qint64 prevSeq = 0;
    while (q.next()) {
        const Entry e = entryFrom(q);
        ++v.entries;
        if (e.hash.isNull() || e.prevHash.isNull()) {
            v.brokenAt = e.seq;
            v.problem = UiText::of(
                "Audit", QT_TRANSLATE_NOOP("Audit", "Audit %1 has no hash: it was added to the file outside QSDesk."))
                            .arg(describe(e));
            return v;
        }
        if (e.hash.toString() != hashOf(e.prevHash.toString(), e)) {
            v.brokenAt = e.seq;
            v.problem = UiText::of("Audit",
                QT_TRANSLATE_NOOP(
                    "Audit", "Audit %1 does not match its hash: it was changed or moved after it was written."))
                            .arg(describe(e));
            return v;
        }
        if (e.prevHash.toString() != prevHash) {
            v.brokenAt = e.seq;
            v.problem = e.seq != prevSeq + 1
                ? UiText::of("Audit",
                    QT_TRANSLATE_NOOP("Audit", "Audit entries %1 to %2 are missing: they were removed from the file."))
                      .arg(prevSeq + 1, e.seq - 1)
                : UiText::of("Audit",
                    QT_TRANSLATE_NOOP("Audit",
                        "Audit %1 does not follow the entry before it: an entry before it was removed, "
                        "replaced or moved."))
                      .arg(describe(e));
            return v;
        }
        prevHash = e.hash.toString();
        prevSeq = e.seq;
    }
    v.headSeq = prevSeq;
    v.headHash = prevHash;
    return v;
}

AuditLog::Verification AuditLog::verifyAgainst(Database& current, const Verification& currentCheck, Database& older)
{
    Verification v = currentCheck;
    auto olderCheck = verify(older);
    if (!olderCheck || !olderCheck->holds()) {
        v.brokenAt = -1;
        v.problem = olderCheck ? olderCheck->problem : olderCheck.error().message;
        return v;
    }
    if (olderCheck->headSeq == 0)
        return v;
    auto same = Sql::one(current, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), { olderCheck->headSeq });
    if (same && *same && (**same)[0].toString() == olderCheck->headHash)
        return v;
    v.brokenAt = olderCheck->headSeq;
    v.problem = UiText::of("Audit",
        QT_TRANSLATE_NOOP("Audit",
            "The older copy ends with audit entry %1, and this database no longer holds that entry "
            "unchanged: entries were removed from the end, or the log was rewritten."))
                    .arg(olderCheck->headSeq);
    return v;
}

Status AuditLog::chainUnchained(Database& db)
{
    auto run = Sql::run(db.sql(), kSelectEntries + QStringLiteral(" ORDER BY seq"));
    if (!run)
        return run.error();
    QSqlQuery q = std::move(run).value();
    std::vector<Entry> entries;
    while (q.next())
        entries.push_back(entryFrom(q));
    q.finish();
    QString prevHash = QStringLiteral("");
    for (const Entry& e : entries) {
        const QString hash = hashOf(prevHash, e);
        if (Status s = Sql::write(db,
                QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"),
                { prevHash, hash, e.seq });
            !s)
            return s;
        prevHash = hash;
    }
    return success();
}
