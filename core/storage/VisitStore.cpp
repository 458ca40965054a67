#include "storage/VisitStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

Result<Visit> VisitStore::insert(Database& db, Visit v, qint64 caseSeq)
{
    if (v.id.isEmpty())
        v.id = Sql::newId();
    qint64 seq = 0;
    const QString followUps
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v.followUps)).toJson(QJsonDocument::Compact));
    Status s = Sql::write(db,
        QStringLiteral("INSERT INTO visits(id, case_seq, visited_at, place, staff, client_people, summary, answers, "
                       "materials, follow_ups, signer_name, signature_sha256, signature_strokes, signed_at, "
                       "supersedes, recorded_by, created_at, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)"),
        { v.id,
            caseSeq,
            Clock::toStorage(v.visitedAt),
            v.place,
            v.staff,
            Sql::orNull(v.clientPeople),
            v.summary,
            Sql::orNull(v.answers),
            Sql::orNull(v.materials),
            followUps,
            Sql::orNull(v.signerName),
            Sql::orNull(v.signatureSha256),
            Sql::orNull(v.signatureStrokes),
            v.signedAt.isValid() ? QVariant(Clock::toStorage(v.signedAt)) : QVariant(QMetaType(QMetaType::QString)),
            Sql::orNull(v.supersedes),
            v.recordedBy,
            Clock::toStorage(Clock::nowUtc()),
            Sql::orNull(v.number) },
        &seq);
    if (!s)
        return s.error();
    v.seq = seq;
    for (int i = 0; i < v.photos.size(); ++i) {
        const VisitPhoto& p = v.photos.at(i);
        if (Status ps = Sql::write(db,
                QStringLiteral("INSERT INTO visit_photos(visit_seq, position, sha256, file_name, width, height) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                { v.seq, i + 1, p.sha256, Sql::orNull(p.fileName), p.width, p.height });
            !ps)
            return ps.error();
    }
    return v;
}

namespace {
Result<QList<Visit>> select(Database& db, const QString& where, const QVariantList& binds)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT v.seq, v.id, c.number, v.visited_at, v.place, v.staff, coalesce(v.client_people, ''), "
                       "v.summary, coalesce(v.answers, ''), coalesce(v.materials, ''), v.follow_ups, "
                       "coalesce(v.signer_name, ''), coalesce(v.signature_sha256, ''), "
                       "coalesce(v.signature_strokes, ''), coalesce(v.signed_at, ''), coalesce(v.supersedes, ''), "
                       "v.recorded_by, coalesce(v.number, '') FROM visits v JOIN cases c ON c.seq = v.case_seq WHERE "
                       "%1 ORDER BY v.seq")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    QList<Visit> visits;
    for (QSqlQuery r = std::move(q).value(); r.next();) {
        Visit v;
        v.seq = r.value(0).toLongLong();
        v.id = r.value(1).toString();
        v.caseNumber = r.value(2).toString();
        v.visitedAt = Clock::fromStorage(r.value(3).toString());
        v.place = r.value(4).toString();
        v.staff = r.value(5).toString();
        v.clientPeople = r.value(6).toString();
        v.summary = r.value(7).toString();
        v.answers = r.value(8).toString();
        v.materials = r.value(9).toString();
        for (const QJsonValue& f : QJsonDocument::fromJson(r.value(10).toString().toUtf8()).array())
            v.followUps << f.toString();
        v.signerName = r.value(11).toString();
        v.signatureSha256 = r.value(12).toString();
        v.signatureStrokes = r.value(13).toString();
        v.signedAt = Clock::fromStorage(r.value(14).toString());
        v.supersedes = r.value(15).toString();
        v.recordedBy = r.value(16).toString();
        v.number = r.value(17).toString();
        visits << v;
    }
    for (Visit& v : visits) {
        auto photos = Sql::run(db.sql(),
            QStringLiteral(
                "SELECT sha256, coalesce(file_name, ''), width, height FROM visit_photos WHERE visit_seq = ? "
                "ORDER BY position"),
            { v.seq });
        if (!photos)
            return photos.error();
        for (QSqlQuery p = std::move(photos).value(); p.next();)
            v.photos << VisitPhoto {
                p.value(0).toString(), p.value(1).toString(), p.value(2).toInt(), p.value(3).toInt()
            };
    }
    return visits;
}
} // namespace

Result<std::optional<Visit>> VisitStore::byId(Database& db, const QString& id)
{
    // The record's id, or its number as the sheet prints it.
    auto found = select(db, QStringLiteral("v.id = ? OR v.number = upper(?)"), { id.trimmed(), id.trimmed() });
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Visit>() : std::optional<Visit>(found->first());
}

Result<QList<Visit>> VisitStore::forCase(Database& db, qint64 caseSeq)
{
    return select(db, QStringLiteral("v.case_seq = ?"), { caseSeq });
}
