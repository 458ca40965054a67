#include "workflow/OnlineIntake.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/ClientStore.h"
#include "storage/OnlineRequestStore.h"
#include "storage/OutboxStore.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"
#include "workflow/Registration.h"

#include <QJsonObject>

namespace {
// The request, if it is this station's and still waits.
Result<OnlineRequest> waiting(Database& db, const QString& number)
{
    auto found = OnlineRequestStore::byNumber(db, number);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            UiText::of("Intake", QT_TRANSLATE_NOOP("Intake", "There is no online request %1 here.")).arg(number));
    const OnlineRequest& r = **found;
    if (r.state != QLatin1String("pending"))
        return Error::badInput(QStringLiteral("number"),
            UiText::of("Intake", QT_TRANSLATE_NOOP("Intake", "Online request %1 was dealt with already."))
                .arg(r.number));
    auto station = StationStore::local(db);
    if (!station)
        return station.error();
    const bool ours = r.station.isEmpty() ? station->level == StationLevel::City : r.station == station->code;
    if (!ours)
        return Error::notAllowed(UiText::of(
            "Intake", QT_TRANSLATE_NOOP("Intake", "Online request %1 is for station %2 to accept, not this one."))
                                     .arg(r.number, r.station));
    return r;
}

// What became of the request, for the platform (and so for the applicant's look-up).
Status tellPlatform(Database& db, const OnlineRequest& r, const QString& kind, QJsonObject payload, const Actor& clerk)
{
    payload.insert(QStringLiteral("id"), r.id);
    payload.insert(QStringLiteral("number"), r.number);
    OutboxOp op;
    op.entity = QStringLiteral("online_request");
    op.recordId = r.id;
    op.kind = kind;
    op.payload = payload;
    op.actor = clerk.login;
    return OutboxStore::append(db, op);
}
} // namespace

OnlineIntake::OnlineIntake(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

Result<CaseRecord> OnlineIntake::accept(const QString& requestNumber, const Actor& clerk)
{
    if (Status s = Permissions::require(clerk, Permission::RegisterCase); !s)
        return s.error();
    auto request = waiting(m_db, requestNumber);
    if (!request)
        return request.error();
    const OnlineRequest r = *request;
    auto client = ClientStore::byUscc(m_db, r.uscc);
    if (!client)
        return client.error();
    NewCase input;
    input.clientId = client->has_value() ? (*client)->id : QString();
    input.channel = QStringLiteral("website");
    input.itemCode = r.itemCode;
    input.summary = r.summary;
    input.receivedAt = r.receivedAt; // 7.2.1: the clock runs from when the applicant sent it
    input.visitorName = r.contact;
    input.visitorPhone = r.phone;
    std::optional<NewClient> newClient;
    if (!client->has_value())
        newClient = NewClient { r.enterprise, r.uscc, r.contact, r.phone, {} };
    return Registration(m_db, m_catalog).registerCase(input, clerk, newClient, [&](const CaseRecord& c) -> Status {
        if (Status s = OnlineRequestStore::markAccepted(m_db, r.seq, c.seq, clerk.login, Clock::nowUtc()); !s)
            return s;
        return tellPlatform(m_db,
            r,
            QStringLiteral("accept"),
            { { QStringLiteral("case_id"), c.id }, { QStringLiteral("case_number"), c.number } },
            clerk);
    });
}

Status OnlineIntake::giveBack(const QString& requestNumber, const QString& reason, const Actor& clerk)
{
    if (Status s = Permissions::require(clerk, Permission::RegisterCase); !s)
        return s;
    auto text = TextRules::check(QStringLiteral("reason"), reason, true, 500);
    if (!text)
        return text.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto request = waiting(m_db, requestNumber);
    if (!request)
        return request.error();
    if (Status s = OnlineRequestStore::markReturned(m_db, request->seq, *text, clerk.login, Clock::nowUtc()); !s)
        return s;
    if (Status s
        = tellPlatform(m_db, *request, QStringLiteral("return"), { { QStringLiteral("return_reason"), *text } }, clerk);
        !s)
        return s;
    if (Status s = AuditLog::record(m_db,
            clerk,
            QStringLiteral("online_request.return"),
            QStringLiteral("online_request"),
            request->id,
            { { QStringLiteral("number"), request->number }, { QStringLiteral("reason"), *text } });
        !s)
        return s;
    return tx.commit();
}
