#include "storage/NoticeStore.h"

#include "common/Clock.h"
#include "domain/Actor.h"
#include "storage/Database.h"
#include "storage/Sql.h"

Result<Notice> NoticeStore::insert(Database& db, Notice n, qint64 caseSeq)
{
    if (n.id.isEmpty())
        n.id = Sql::newId();
    qint64 seq = 0;
    Status s = Sql::write(db,
        QStringLiteral("INSERT INTO notices(id, number, case_seq, issued_at, issued_by, reason, next_step, contact, "
                       "deadline, repeat_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { n.id,
            n.number,
            caseSeq,
            Clock::toStorage(n.issuedAt),
            n.issuedBy,
            n.reason,
            n.nextStep,
            n.contact,
            Sql::orNull(n.deadline.isValid() ? n.deadline.toString(Qt::ISODate) : QString()),
            Sql::orNull(n.repeatReason) },
        &seq);
    if (!s)
        return s.error();
    n.seq = seq;
    for (int i = 0; i < n.items.size(); ++i)
        if (Status item = Sql::write(db,
                QStringLiteral("INSERT INTO notice_items(notice_seq, position, text) VALUES (?, ?, ?)"),
                { n.seq, i + 1, n.items.at(i) });
            !item)
            return item.error();
    return n;
}

namespace {
Result<QList<Notice>> select(Database& db, const QString& where, const QVariantList& binds)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT n.seq, n.id, n.number, c.number, n.issued_at, n.issued_by, n.reason, n.next_step, "
                       "n.contact, coalesce(n.deadline, ''), coalesce(n.repeat_reason, ''), "
                       "coalesce(n.delivered_how, ''), coalesce(n.delivered_at, ''), "
                       "coalesce((SELECT u.name FROM users u WHERE u.login = n.issued_by AND u.name <> ''), "
                       "'') "
                       "FROM notices n JOIN cases c ON c.seq = n.case_seq WHERE %1 ORDER BY n.seq")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    QList<Notice> notices;
    for (QSqlQuery r = std::move(q).value(); r.next();) {
        Notice n;
        n.seq = r.value(0).toLongLong();
        n.id = r.value(1).toString();
        n.number = r.value(2).toString();
        n.caseNumber = r.value(3).toString();
        n.issuedAt = Clock::fromStorage(r.value(4).toString());
        n.issuedBy = r.value(5).toString();
        n.reason = r.value(6).toString();
        n.nextStep = r.value(7).toString();
        n.contact = r.value(8).toString();
        n.deadline = QDate::fromString(r.value(9).toString(), Qt::ISODate);
        n.repeatReason = r.value(10).toString();
        n.deliveredHow = r.value(11).toString();
        n.deliveredAt = Clock::fromStorage(r.value(12).toString());
        n.issuedByName = r.value(13).toString();
        if (n.issuedByName.isEmpty())
            n.issuedByName = Actor::shown(n.issuedBy);
        notices << n;
    }
    for (Notice& n : notices) {
        auto items = Sql::run(db.sql(),
            QStringLiteral("SELECT text FROM notice_items WHERE notice_seq = ? ORDER BY position"),
            { n.seq });
        if (!items)
            return items.error();
        for (QSqlQuery r = std::move(items).value(); r.next();)
            n.items << r.value(0).toString();
    }
    return notices;
}
} // namespace

Result<std::optional<Notice>> NoticeStore::byNumber(Database& db, const QString& number)
{
    auto found = select(db, QStringLiteral("n.number = ?"), { number.trimmed().toUpper() });
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Notice>() : std::optional<Notice>(found->first());
}

Result<QList<Notice>> NoticeStore::forCase(Database& db, qint64 caseSeq)
{
    return select(db, QStringLiteral("n.case_seq = ?"), { caseSeq });
}

Status NoticeStore::markDelivered(Database& db, qint64 noticeSeq, const QString& how, const QDateTime& at)
{
    return Sql::write(db,
        QStringLiteral("UPDATE notices SET delivered_how = ?, delivered_at = ? WHERE seq = ?"),
        { how, Clock::toStorage(at), noticeSeq });
}
