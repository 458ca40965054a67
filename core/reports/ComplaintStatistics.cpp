#include "reports/ComplaintStatistics.h"

#include "common/Clock.h"
#include "domain/Complaint.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "validation/TextRules.h"

#include <QHash>

namespace {
void count(ComplaintCount& c, const QVariant& valid)
{
    ++c.received;
    if (!valid.isNull())
        ++(valid.toInt() == 1 ? c.valid : c.invalid);
}

QList<ComplaintCount> byValidThenReceived(const QHash<QString, ComplaintCount>& rows)
{
    QList<ComplaintCount> list = rows.values();
    std::sort(list.begin(), list.end(), [](const ComplaintCount& a, const ComplaintCount& b) {
        if (a.valid != b.valid)
            return a.valid > b.valid;
        return a.received != b.received ? a.received > b.received : a.key < b.key;
    });
    return list;
}
} // namespace

Result<ComplaintFigures> ComplaintStatistics::compute(
    Database& db, const QDate& from, const QDate& to, const QString& station, const QDate& today, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ViewStatistics); !s)
        return s.error();
    if (Status s = Fields::period(from, to); !s)
        return s.error();
    ComplaintFigures f;
    f.from = from;
    f.to = to;
    QVariantList binds { Clock::toStorage(QDateTime(from, QTime(0, 0), Clock::chinaZone())),
        Clock::toStorage(QDateTime(to.addDays(1), QTime(0, 0), Clock::chinaZone())) };
    QString stationClause;
    if (!station.isEmpty()) {
        stationClause = QStringLiteral(" AND k.station_code = ?");
        binds << station.toUpper();
    }
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT k.category, k.channel, a.name, k.staff_login, k.valid, k.state, k.ack_due, "
                       "k.answer_due, u.name FROM complaints k LEFT JOIN agencies a ON a.seq = k.agency_seq "
                       "LEFT JOIN users u ON u.login = k.staff_login "
                       "WHERE k.received_at >= ? AND k.received_at < ?%1")
            .arg(stationClause),
        binds);
    if (!q)
        return q.error();
    QHash<QString, ComplaintCount> category, channel, agency, staff;
    for (ComplaintCategory c : kComplaintCategories.all())
        category.insert(
            kComplaintCategories.key(c), { kComplaintCategories.key(c), kComplaintCategories.label(c).local });
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        const QVariant valid = rows.value(4);
        ++f.received;
        if (valid.isNull())
            ++f.unassessed;
        else
            ++(valid.toInt() == 1 ? f.valid : f.invalid);
        Complaint k; // its state and deadlines, for the rules Complaint holds
        k.state = kComplaintStates.fromKey(rows.value(5).toString()).value_or(ComplaintState::Received);
        k.ackDue = QDate::fromString(rows.value(6).toString(), Qt::ISODate);
        k.answerDue = QDate::fromString(rows.value(7).toString(), Qt::ISODate);
        if (k.answered())
            ++f.answered;
        if (k.overdueOn(today))
            ++f.overdue;
        count(category[rows.value(0).toString()], valid);
        const QString ch = rows.value(1).toString();
        ComplaintCount& c = channel[ch];
        c.key = ch;
        c.label = kComplaintChannels.label(kComplaintChannels.fromKey(ch).value_or(ComplaintChannel::Phone)).local;
        count(c, valid);
        if (!rows.value(2).isNull()) {
            ComplaintCount& a = agency[rows.value(2).toString()];
            a.key = a.label = rows.value(2).toString();
            count(a, valid);
        }
        if (!rows.value(3).toString().isEmpty()) {
            ComplaintCount& s = staff[rows.value(3).toString()];
            s.key = rows.value(3).toString();
            s.label = rows.value(8).isNull() ? s.key : QStringLiteral("%1 (%2)").arg(rows.value(8).toString(), s.key);
            count(s, valid);
        }
    }
    for (ComplaintCategory c : kComplaintCategories.all())
        f.byCategory << category.value(kComplaintCategories.key(c));
    f.byChannel = byValidThenReceived(channel);
    f.byAgency = byValidThenReceived(agency);
    f.byStaff = byValidThenReceived(staff);
    return f;
}
