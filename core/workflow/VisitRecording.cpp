#include "workflow/VisitRecording.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "media/PhotoImport.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/DocumentNumbers.h"
#include "storage/OutboxStore.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "storage/VisitStore.h"
#include "sync/SyncPayload.h"
#include "validation/TextRules.h"
#include "workflow/OnCase.h"
#include "workflow/Timeline.h"

#include <QJsonArray>

namespace {
constexpr int kMaxPhotos = 20;
} // namespace

VisitRecording::VisitRecording(Database& db)
    : m_db(db)
{ }

Result<Visit> VisitRecording::record(const NewVisit& input, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::RecordVisit); !s)
        return s.error();
    Visit v;
    auto text = [](const QString& field, const QString& given, bool required, int max, QString* out) -> Status {
        auto t = TextRules::check(field, given, required, max);
        if (!t)
            return t.error();
        *out = *t;
        return success();
    };
    for (Status s : { text(QStringLiteral("summary"), input.summary, true, 2000, &v.summary),
             text(QStringLiteral("place"), input.place, false, 200, &v.place),
             text(QStringLiteral("staff"), input.staff, false, 200, &v.staff),
             text(QStringLiteral("client_people"), input.clientPeople, false, 200, &v.clientPeople),
             text(QStringLiteral("answers"), input.answers, false, 4000, &v.answers),
             text(QStringLiteral("materials"), input.materials, false, 2000, &v.materials),
             text(QStringLiteral("signer"), input.signerName, true, 40, &v.signerName) })
        if (!s)
            return s.error();
    if (v.place.isEmpty())
        v.place = QStringLiteral("企业现场");
    if (v.staff.isEmpty())
        v.staff = actor.displayName(); // printed on the sheet: a person, not a login
    for (const QString& promise : input.followUps) {
        auto t = TextRules::check(QStringLiteral("follow_up"), promise, false, 500);
        if (!t)
            return t.error();
        if (!t->isEmpty())
            v.followUps << *t;
    }
    v.visitedAt = input.visitedAt.isValid() ? input.visitedAt : Clock::nowUtc();
    if (v.visitedAt > Clock::nowUtc().addSecs(3600))
        return Error::badInput(QStringLiteral("visited_at"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 cannot be in the future."))
                .arg(Fields::label(QStringLiteral("visited_at"))));
    if (input.photoFiles.size() > kMaxPhotos)
        return Error::badInput(QStringLiteral("photo"),
            UiText::of("Media", QT_TRANSLATE_NOOP("Media", "At most %1 photos can be attached to one visit."))
                .arg(qlonglong(kMaxPhotos)));

    // The images first, outside the transaction: reading and scaling a camera's photo takes a while.
    if (input.signaturePng.isEmpty() && input.signatureFile.isEmpty()) // 7.3.4 请服务对象签字确认
        return Error::badInput(QStringLiteral("signature"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required."))
                .arg(Fields::label(QStringLiteral("signature"))));
    auto signature = input.signaturePng.isEmpty() ? PhotoImport::signature(input.signatureFile)
                                                  : PhotoImport::signatureFromPng(input.signaturePng);
    if (!signature)
        return signature.error();
    QList<PreparedImage> photos;
    for (const QString& file : input.photoFiles) {
        auto photo = PhotoImport::photo(file);
        if (!photo)
            return photo.error();
        photos << *photo;
    }

    return OnCase::make<Visit>(m_db, input.caseNumber, [&](const CaseRecord& kase) -> Result<Visit> {
        return recordOn(kase, std::move(v), *signature, photos, input, actor);
    });
}

Result<Visit> VisitRecording::recordOn(const CaseRecord& kase,
    Visit v,
    const PreparedImage& signature,
    const QList<PreparedImage>& photos,
    const NewVisit& input,
    const Actor& actor)
{
    const CaseRecord* c = &kase;
    if (c->status == CaseStatus::Closed)
        return Error::notAllowed(
            UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "Case %1 is closed; reopen it to record a visit."))
                .arg(c->number));
    if (!input.supersedes.isEmpty()) {
        auto earlier = VisitStore::byId(m_db, input.supersedes);
        if (!earlier)
            return earlier.error();
        if (!earlier->has_value() || (*earlier)->caseNumber != c->number)
            return Error::notFound(
                UiText::of("Workflow", QT_TRANSLATE_NOOP("Workflow", "No visit %1 on case %2 to correct."))
                    .arg(input.supersedes, c->number));
        v.supersedes = (*earlier)->id;
    }
    auto signatureSha = BlobStore::put(m_db, signature.bytes);
    if (!signatureSha)
        return signatureSha.error();
    v.signatureSha256 = *signatureSha;
    v.signatureStrokes = input.signatureStrokes;
    v.signedAt = Clock::nowUtc();
    for (const PreparedImage& p : photos) {
        auto sha = BlobStore::put(m_db, p.bytes);
        if (!sha)
            return sha.error();
        v.photos << VisitPhoto { *sha, p.fileName, p.width, p.height };
    }
    v.recordedBy = actor.login;
    v.caseNumber = c->number;
    auto station = StationStore::local(m_db);
    if (!station)
        return station.error();
    auto number = DocumentNumbers::take(m_db, *station, DocumentNumbers::kVisit, Clock::chinaDate(v.visitedAt).year());
    if (!number)
        return number.error();
    v.number = *number;
    auto stored = VisitStore::insert(m_db, v, c->seq);
    if (!stored)
        return stored.error();
    OutboxOp op; // DESIGN §6: it waits for sync like any other change; its blobs go up first
    op.entity = QStringLiteral("visit");
    op.recordId = stored->id;
    op.kind = QStringLiteral("create");
    op.payload = SyncPayload::visit(c->id, stored.value());
    op.actor = actor.login;
    if (Status s = OutboxStore::append(m_db, op); !s)
        return s.error();
    const QString detail = v.supersedes.isEmpty()
        ? QStringLiteral("%1 %2（%3签字确认）").arg(v.number, v.summary, v.signerName)
        : QStringLiteral("%1 更正记录：%2（%3签字确认）").arg(v.number, v.summary, v.signerName);
    if (auto e
        = Timeline::record(m_db, c->seq, c->id, { {}, QStringLiteral("visit"), actor.login, v.visitedAt, detail });
        !e)
        return e.error();
    for (const QString& promise : v.followUps)
        if (auto e = Timeline::record(m_db,
                c->seq,
                c->id,
                { {}, QStringLiteral("follow_up_promised"), actor.login, Clock::nowUtc(), promise });
            !e)
            return e.error();
    if (Status s = AuditLog::record(m_db,
            actor,
            QStringLiteral("visit.record"),
            QStringLiteral("visit"),
            stored->id,
            { { QStringLiteral("case"), c->number },
                { QStringLiteral("number"), v.number },
                { QStringLiteral("signer"), v.signerName },
                { QStringLiteral("photos"), qint64(v.photos.size()) },
                { QStringLiteral("supersedes"), v.supersedes } });
        !s)
        return s.error();
    qCInfo(lcWorkflow) << "visit" << stored->id << "on" << c->number;
    return stored;
}
