#include "workflow/OneTimeNotice.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/CaseStateMachine.h"
#include "domain/Catalog.h"
#include "domain/WorkCalendar.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/DocumentNumbers.h"
#include "storage/NoticeStore.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "storage/UserStore.h"
#include "validation/DeliveryWay.h"
#include "validation/TextRules.h"
#include "workflow/CaseClocks.h"
#include "workflow/OnCase.h"
#include "workflow/StatusChange.h"
#include "workflow/Timeline.h"

#include <QJsonArray>

namespace {
constexpr int kMaxItems = 200;
constexpr int kMaxItemChars = 500;
} // namespace

QString OneTimeNotice::usualReason()
{
    return QStringLiteral("所需材料尚不齐全，暂不能办理。");
}

QString OneTimeNotice::usualNextStep()
{
    return QStringLiteral("请按本告知书所列事项一次性准备齐全后，携带原件到受理窗口办理。");
}

QString OneTimeNotice::usualContact(const QString& stationName, const QString& clerk)
{
    return QStringLiteral("%1受理窗口，经办人：%2").arg(stationName, clerk);
}

OneTimeNotice::OneTimeNotice(Database& db, const Catalog& catalog, const WorkCalendar& calendar)
    : m_db(db)
    , m_catalog(catalog)
    , m_calendar(calendar)
{ }

Result<Notice> OneTimeNotice::issue(const NewNotice& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::IssueNotice); !s)
        return s.error();
    return OnCase::make<Notice>(
        m_db, input.caseNumber, [&](const CaseRecord& kase) -> Result<Notice> { return issueOn(kase, input, actor); });
}

Result<Notice> OneTimeNotice::issueOn(const CaseRecord& kase, const NewNotice& input, const Actor& actor)
{
    const CaseRecord* c = &kase;
    if (c->status != CaseStatus::Noticed && !CaseStateMachine::allows(c->status, CaseStatus::Noticed))
        return Error::notAllowed(CaseStateMachine::refusal(c->status, CaseStatus::Noticed));
    auto station = StationStore::local(m_db);
    if (!station)
        return station.error();

    Notice n;
    if (input.withCatalogMaterials)
        if (const CatalogItem* item = m_catalog.item(c->itemCode))
            for (const Material& m : item->materials)
                n.items << m.zh;
    for (const QString& extra : input.extraItems) {
        auto text = TextRules::check(QStringLiteral("notice_item"), extra, false, kMaxItemChars);
        if (!text)
            return text.error();
        if (!text->isEmpty() && !n.items.contains(*text))
            n.items << *text;
    }
    if (n.items.isEmpty())
        return Error::badInput(QStringLiteral("notice_item"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required."))
                .arg(Fields::label(QStringLiteral("notice_item"))));
    if (n.items.size() > kMaxItems)
        return Error::badInput(QStringLiteral("notice_item"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "At most %1 items fit one notice."))
                .arg(qlonglong(kMaxItems)));
    // The usual wording where the clerk wrote nothing; a notice is a Chinese document whatever
    // language the program shows.
    auto text = [](const QString& field, const QString& given, const QString& usual, int max) -> Result<QString> {
        auto t = TextRules::check(field, given, false, max);
        if (!t)
            return t.error();
        return t->isEmpty() ? usual : *t;
    };
    // The clerk by name, as the applicant will read it (issue 18).
    const QString staffName = actor.name.isEmpty() ? UserStore::nameOf(m_db, actor.login) : actor.name;
    auto reason = text(QStringLiteral("notice_reason"), input.reason, usualReason(), 500);
    auto next = text(QStringLiteral("notice_next"), input.nextStep, usualNextStep(), 500);
    auto contact = text(QStringLiteral("notice_contact"), input.contact, usualContact(station->name, staffName), 200);
    for (const auto* r : { &reason, &next, &contact })
        if (!*r)
            return r->error();
    n.reason = *reason;
    n.nextStep = *next;
    n.contact = *contact;
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    n.deadline = input.deadline.isValid() ? input.deadline : m_calendar.addWorkingDays(today, kUsualDeadlineDays);
    if (n.deadline < today)
        return Error::badInput(QStringLiteral("deadline"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 cannot be in the past."))
                .arg(Fields::label(QStringLiteral("deadline"))));

    auto earlier = NoticeStore::forCase(m_db, c->seq);
    if (!earlier)
        return earlier.error();
    auto repeat = TextRules::check(QStringLiteral("repeat_reason"), input.repeatReason, !earlier->isEmpty(), 500);
    if (!repeat)
        return Error::badInput(QStringLiteral("repeat_reason"),
            UiText::of("Workflow",
                QT_TRANSLATE_NOOP("Workflow",
                    "Notice %1 was already given for this case; everything should be told once. Give the reason "
                    "for a second notice."))
                .arg(earlier->isEmpty() ? QString() : earlier->last().number));
    n.repeatReason = *repeat;
    auto number = DocumentNumbers::take(m_db, *station, DocumentNumbers::kNotice, today.year());
    if (!number)
        return number.error();
    n.number = *number;
    n.caseNumber = c->number;
    n.issuedAt = Clock::nowUtc();
    n.issuedBy = actor.login;
    n.issuedByName = staffName;
    auto stored = NoticeStore::insert(m_db, n, c->seq);
    if (!stored)
        return stored.error();
    const QString detail = n.repeatReason.isEmpty() ? n.number : QStringLiteral("%1；%2").arg(n.number, n.repeatReason);
    if (c->status == CaseStatus::Noticed) {
        if (auto e
            = Timeline::record(m_db, c->seq, c->id, { {}, QStringLiteral("noticed"), actor.login, n.issuedAt, detail });
            !e)
            return e.error();
    } else if (auto moved
               = StatusChange::apply(m_db, *c, { CaseStatus::Noticed, QStringLiteral("noticed"), detail, {} }, actor);
               !moved) {
        return moved.error();
    }
    // Art. 32 of the Administrative Licensing Law: the time until the materials are complete does
    // not count. The notice is what tells the applicant, so no separate paper is needed.
    if (Status s = CaseClocks(m_db, m_calendar).pauseOn(*c, PauseReason::Materials, n.number, actor); !s)
        return s.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("notice.issue"),
            QStringLiteral("notice"),
            stored->id,
            { { QStringLiteral("number"), n.number },
                { QStringLiteral("case"), c->number },
                { QStringLiteral("items"), QJsonArray::fromStringList(n.items) },
                { QStringLiteral("repeat_reason"), n.repeatReason } });
        !s)
        return s.error();
    qCInfo(lcWorkflow) << "notice" << n.number << "for" << c->number;
    return stored;
}

Result<Notice> OneTimeNotice::recordDelivery(const QString& noticeNumber, const QString& how, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::IssueNotice); !s)
        return s.error();
    auto checked = DeliveryWay::check(how);
    if (!checked)
        return checked.error();
    const QString way = *checked;
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto n = NoticeStore::byNumber(m_db, noticeNumber);
    if (!n)
        return n.error();
    if (!n->has_value())
        return Error::notFound(UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "No notice numbered %1."))
                                   .arg(noticeNumber.trimmed()));
    Notice notice = **n;
    const QDateTime now = Clock::nowUtc();
    if (Status s = NoticeStore::markDelivered(m_db, notice.seq, way, now); !s)
        return s.error();
    auto c = CaseStore::byNumber(m_db, notice.caseNumber, false);
    if (!c)
        return c.error();
    if (auto e = Timeline::record(m_db,
            c->seq,
            c->id,
            { {},
                QStringLiteral("notice_delivered"),
                actor.login,
                now,
                QStringLiteral("%1 %2").arg(notice.number, way) });
        !e)
        return e.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("notice.deliver"),
            QStringLiteral("notice"),
            notice.id,
            { { QStringLiteral("number"), notice.number }, { QStringLiteral("how"), way } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notice.deliveredHow = way;
    notice.deliveredAt = now;
    return notice;
}
