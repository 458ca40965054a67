#include "workflow/Complaints.h"

#include "common/Clock.h"
#include "domain/ComplaintStateMachine.h"
#include "domain/WorkCalendar.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ComplaintStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"

#include <QJsonObject>

namespace {
Status addEvent(Database& db,
    qint64 complaintSeq,
    const QString& from,
    const QString& to,
    const QString& note,
    const QString& actor)
{
    return Sql::write(db,
        QStringLiteral("INSERT INTO complaint_events(complaint_seq, from_state, to_state, note, at, actor) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { complaintSeq, Sql::orNull(from), to, Sql::orNull(note), Clock::toStorage(Clock::nowUtc()), actor });
}
} // namespace

Complaints::Complaints(Database& db, const WorkCalendar& calendar)
    : m_db(db)
    , m_calendar(calendar)
{ }

Result<Complaint> Complaints::registerComplaint(const NewComplaint& in, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RegisterComplaint); !s)
        return s.error();
    if (in.channel.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("complaint_channel"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required."))
                .arg(Fields::label(QStringLiteral("complaint_channel"))));
    auto channel = kComplaintChannels.parse(QStringLiteral("complaint_channel"), in.channel);
    if (!channel)
        return channel.error();
    auto category = kComplaintCategories.parse(
        QStringLiteral("category"), in.category.trimmed().isEmpty() ? QStringLiteral("other") : in.category);
    if (!category)
        return category.error();
    auto summary = TextRules::check(QStringLiteral("complaint"), in.summary, true, 2000);
    auto complainant = TextRules::check(QStringLiteral("complainant"), in.complainant, false, 60);
    auto contact = TextRules::check(QStringLiteral("contact"), in.contact, false, 100);
    auto staff = TextRules::check(QStringLiteral("staff_login"), in.staffLogin, false, 60);
    for (const Result<QString>* r : { &summary, &complainant, &contact, &staff })
        if (!*r)
            return r->error();
    const QString inferred = !in.agencyId.trimmed().isEmpty() ? QStringLiteral("agency")
        : !staff->isEmpty()                                   ? QStringLiteral("staff")
                                                              : QStringLiteral("platform");
    auto subject
        = kComplaintSubjects.parse(QStringLiteral("about"), in.subject.trimmed().isEmpty() ? inferred : in.subject);
    if (!subject)
        return subject.error();
    if (*subject == ComplaintSubject::Agency && in.agencyId.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("agency"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required for a complaint about an agency."))
                .arg(Fields::label(QStringLiteral("agency"))));
    if (*subject == ComplaintSubject::Staff && staff->isEmpty())
        return Error::badInput(QStringLiteral("staff_login"),
            UiText::of(
                "Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required for a complaint about a staff member."))
                .arg(Fields::label(QStringLiteral("staff_login"))));

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QVariant agencySeq(QMetaType::fromType<qlonglong>()), caseSeq(QMetaType::fromType<qlonglong>());
    QVariant caseNumber(QMetaType::fromType<QString>());
    if (!in.agencyId.trimmed().isEmpty()) {
        auto a = Sql::one(m_db, QStringLiteral("SELECT seq FROM agencies WHERE id = ?"), { in.agencyId.trimmed() });
        if (!a)
            return a.error();
        if (!*a)
            return Error::badInput(QStringLiteral("agency"), Fields::invalid(QStringLiteral("agency"), in.agencyId));
        agencySeq = (**a).at(0);
    }
    if (!in.caseNumber.trimmed().isEmpty()) {
        auto c = CaseStore::byNumber(m_db, in.caseNumber.trimmed(), false);
        if (!c)
            return c.error();
        caseSeq = c->seq;
        caseNumber = c->number;
    }
    auto station = StationStore::local(m_db);
    if (!station)
        return station.error();
    const QDateTime now = Clock::nowUtc();
    const QDate today = Clock::chinaDate(now);
    const QString prefix = QStringLiteral("TS-%1-%2-").arg(station->code, today.toString(QStringLiteral("yyyyMMdd")));
    auto taken
        = Sql::one(m_db, QStringLiteral("SELECT count(*) FROM complaints WHERE number LIKE ? || '%'"), { prefix });
    if (!taken)
        return taken.error();
    const QString number = prefix + QStringLiteral("%1").arg((**taken).at(0).toLongLong() + 1, 4, 10, QLatin1Char('0'));
    const QString id = Sql::newId();
    qint64 seq = 0;
    if (Status s = Sql::write(m_db,
            QStringLiteral("INSERT INTO complaints(id, number, station_code, channel, received_at, received_by, "
                           "complainant, contact, about_kind, agency_seq, staff_login, case_seq, case_number, "
                           "category, summary, state, ack_due, answer_due, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)"),
            { id,
                number,
                station->code,
                kComplaintChannels.key(*channel),
                Clock::toStorage(now),
                actor.login,
                Sql::orNull(*complainant),
                Sql::orNull(*contact),
                kComplaintSubjects.key(*subject),
                agencySeq,
                Sql::orNull(*staff),
                caseSeq,
                caseNumber,
                kComplaintCategories.key(*category),
                *summary,
                m_calendar.addWorkingDays(today, kAcknowledgeDays).toString(Qt::ISODate),
                m_calendar.addWorkingDays(today, kAnswerDays).toString(Qt::ISODate),
                Clock::toStorage(now) },
            &seq);
        !s)
        return s.error();
    if (Status s = addEvent(m_db, seq, {}, QStringLiteral("received"), *summary, actor.login); !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("complaint.register"),
            QStringLiteral("complaint"),
            id,
            { { QStringLiteral("number"), number },
                { QStringLiteral("channel"), kComplaintChannels.key(*channel) },
                { QStringLiteral("about"), kComplaintSubjects.key(*subject) },
                { QStringLiteral("category"), kComplaintCategories.key(*category) },
                { QStringLiteral("summary"), *summary } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ComplaintStore::find(m_db, number);
}

Result<Complaint> Complaints::advance(const QString& numberOrId, const ComplaintStep& step, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::HandleComplaint); !s)
        return s.error();
    const auto to = kComplaintStates.parse(QStringLiteral("to_state"), step.to);
    if (!to)
        return to.error();
    if (*to == ComplaintState::Assessed && step.valid == std::optional<bool>(false))
        if (Status s = Permissions::require(actor, Permission::CloseComplaintAsInvalid); !s)
            return s.error();
    auto note = TextRules::check(QStringLiteral("note"), step.note, false, 2000);
    if (!note)
        return note.error();

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto k = ComplaintStore::find(m_db, numberOrId);
    if (!k)
        return k.error();
    if (!ComplaintStateMachine::allows(k->state, *to, k->valid))
        return Error::notAllowed(ComplaintStateMachine::refusal(k->state, *to, k->valid));
    if (*to == ComplaintState::Assessed && !step.valid.has_value())
        return Error::badInput(QStringLiteral("valid"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required."))
                .arg(Fields::label(QStringLiteral("valid"))));
    if (ComplaintStateMachine::needsNote(*to) && note->isEmpty())
        return Error::badInput(QStringLiteral("note"),
            UiText::of("Complaint", QT_TRANSLATE_NOOP("Complaint", "Note: required to move a complaint to %1."))
                .arg(kComplaintStates.label(*to)));

    const QString now = Clock::toStorage(Clock::nowUtc());
    QString set = QStringLiteral("state = ?, updated_at = ?");
    QVariantList binds { kComplaintStates.key(*to), now };
    QJsonObject detail { { QStringLiteral("from"), kComplaintStates.key(k->state) },
        { QStringLiteral("to"), kComplaintStates.key(*to) },
        { QStringLiteral("note"), *note } };
    switch (*to) {
    case ComplaintState::Assessed: {
        set += QStringLiteral(", valid = ?, assessment = ?");
        binds << (*step.valid ? 1 : 0) << *note;
        detail.insert(QStringLiteral("valid"), *step.valid);
        if (!step.category.trimmed().isEmpty()) {
            auto category = kComplaintCategories.parse(QStringLiteral("category"), step.category);
            if (!category)
                return category.error();
            set += QStringLiteral(", category = ?");
            binds << kComplaintCategories.key(*category);
            detail.insert(QStringLiteral("category"), kComplaintCategories.key(*category));
        }
        break;
    }
    case ComplaintState::Forwarded: {
        auto whom = TextRules::check(QStringLiteral("forwarded_to"), step.forwardedTo, false, 100);
        if (!whom)
            return whom.error();
        const QString institution = whom->isEmpty() ? k->agencyName : *whom;
        if (institution.isEmpty())
            return Error::badInput(QStringLiteral("forwarded_to"),
                UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required."))
                    .arg(Fields::label(QStringLiteral("forwarded_to"))));
        set += QStringLiteral(", forwarded_to = ?");
        binds << institution;
        detail.insert(QStringLiteral("forwarded_to"), institution);
        break;
    }
    case ComplaintState::Handled:
        set += QStringLiteral(", institution_result = ?");
        binds << *note;
        break;
    case ComplaintState::Answered:
        set += QStringLiteral(", answer = ?");
        binds << *note;
        break;
    case ComplaintState::Closed:
        set += QStringLiteral(", closed_at = ?");
        binds << now;
        break;
    case ComplaintState::Reopened: // a new answer is due, counted from today
        set += QStringLiteral(", closed_at = NULL, answer_due = ?");
        binds << m_calendar.addWorkingDays(Clock::chinaDate(Clock::nowUtc()), kAnswerDays).toString(Qt::ISODate);
        break;
    default:
        break;
    }
    binds << k->seq;
    if (Status s = Sql::write(m_db, QStringLiteral("UPDATE complaints SET %1 WHERE seq = ?").arg(set), binds); !s)
        return s.error();
    if (Status s
        = addEvent(m_db, k->seq, kComplaintStates.key(k->state), kComplaintStates.key(*to), *note, actor.login);
        !s)
        return s.error();
    if (Status s = AuditLog::record(
            m_db, actor, QStringLiteral("complaint.advance"), QStringLiteral("complaint"), k->id, detail);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ComplaintStore::find(m_db, k->id);
}
