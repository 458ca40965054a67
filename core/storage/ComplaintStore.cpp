#include "storage/ComplaintStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace {
const QString kColumns = QStringLiteral(
    "k.seq, k.id, k.number, k.station_code, k.channel, k.received_at, k.received_by, k.complainant, k.contact, "
    "k.about_kind, a.id, a.name, k.staff_login, coalesce(c.number, k.case_number), k.category, k.summary, k.state, "
    "k.valid, k.assessment, "
    "k.forwarded_to, k.institution_result, k.answer, k.ack_due, k.answer_due, k.closed_at "
    "FROM complaints k LEFT JOIN agencies a ON a.seq = k.agency_seq LEFT JOIN cases c ON c.seq = k.case_seq");

Complaint fromRow(const QSqlQuery& q)
{
    Complaint k;
    k.seq = q.value(0).toLongLong();
    k.id = q.value(1).toString();
    k.number = q.value(2).toString();
    k.stationCode = q.value(3).toString();
    k.channel = kComplaintChannels.fromKey(q.value(4).toString()).value_or(ComplaintChannel::Phone);
    k.receivedAt = Clock::fromStorage(q.value(5).toString());
    k.receivedBy = q.value(6).toString();
    k.complainant = q.value(7).toString();
    k.contact = q.value(8).toString();
    k.subject = kComplaintSubjects.fromKey(q.value(9).toString()).value_or(ComplaintSubject::Platform);
    k.agencyId = q.value(10).toString();
    k.agencyName = q.value(11).toString();
    k.staffLogin = q.value(12).toString();
    k.caseNumber = q.value(13).toString();
    k.category = kComplaintCategories.fromKey(q.value(14).toString()).value_or(ComplaintCategory::Other);
    k.summary = q.value(15).toString();
    k.state = kComplaintStates.fromKey(q.value(16).toString()).value_or(ComplaintState::Received);
    if (!q.value(17).isNull())
        k.valid = q.value(17).toInt() == 1;
    k.assessment = q.value(18).toString();
    k.forwardedTo = q.value(19).toString();
    k.institutionResult = q.value(20).toString();
    k.answer = q.value(21).toString();
    k.ackDue = QDate::fromString(q.value(22).toString(), Qt::ISODate);
    k.answerDue = QDate::fromString(q.value(23).toString(), Qt::ISODate);
    if (!q.value(24).isNull())
        k.closedAt = Clock::fromStorage(q.value(24).toString());
    return k;
}
} // namespace

Result<Complaint> ComplaintStore::find(Database& db, const QString& numberOrId)
{
    const QString key = numberOrId.trimmed();
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT %1 WHERE k.number = ? COLLATE NOCASE OR k.id = ?").arg(kColumns),
        { key, key.toLower() });
    if (!q)
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return Error::notFound(UiText::of("Complaint", QT_TRANSLATE_NOOP("Complaint", "No complaint %1.")).arg(key));
    Complaint k = fromRow(row);
    row.finish();
    auto events = Sql::run(db.sql(),
        QStringLiteral("SELECT from_state, to_state, note, at, actor FROM complaint_events "
                       "WHERE complaint_seq = ? ORDER BY seq"),
        { k.seq });
    if (!events)
        return events.error();
    QSqlQuery e = std::move(events).value();
    while (e.next())
        k.events << ComplaintEvent { e.value(0).toString(),
            e.value(1).toString(),
            e.value(2).toString(),
            Clock::fromStorage(e.value(3).toString()),
            e.value(4).toString() };
    return k;
}

Result<QList<Complaint>> ComplaintStore::list(Database& db, const Filter& f)
{
    QString where = QStringLiteral(" WHERE 1");
    QVariantList binds;
    if (!f.state.isEmpty()) {
        where += QStringLiteral(" AND k.state = ?");
        binds << f.state;
    }
    if (f.openOnly)
        where += QStringLiteral(" AND k.state <> 'closed'");
    if (f.overdueOnly) {
        const QString today = f.today.toString(Qt::ISODate);
        where += QStringLiteral(" AND ((k.state = 'received' AND k.ack_due < ?) OR "
                                "(k.state NOT IN ('answered', 'closed') AND k.answer_due < ?))");
        binds << today << today;
    }
    if (f.from.isValid()) {
        where += QStringLiteral(" AND k.received_at >= ?");
        binds << Clock::toStorage(QDateTime(f.from, QTime(0, 0), Clock::chinaZone()));
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND k.received_at < ?");
        binds << Clock::toStorage(QDateTime(f.to.addDays(1), QTime(0, 0), Clock::chinaZone()));
    }
    binds << std::max(1, f.limit);
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT %1%2 ORDER BY k.received_at DESC, k.seq DESC LIMIT ?").arg(kColumns, where),
        binds);
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<Complaint> list;
    while (rows.next())
        list << fromRow(rows);
    return list;
}
