#include "storage/VisitDraftStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

Status VisitDraftStore::save(Database& db, const VisitDraft& d)
{
    return Sql::write(db,
        QStringLiteral("INSERT INTO visit_drafts(id, case_number, content, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET case_number = excluded.case_number, content = excluded.content, "
                       "updated_at = excluded.updated_at"),
        { d.id,
            Sql::orNull(d.caseNumber),
            QString::fromUtf8(QJsonDocument(d.content).toJson(QJsonDocument::Compact)),
            Clock::toStorage(d.updatedAt.isValid() ? d.updatedAt : Clock::nowUtc()) });
}

Result<QList<VisitDraft>> VisitDraftStore::all(Database& db)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral(
            "SELECT id, coalesce(case_number, ''), content, updated_at FROM visit_drafts ORDER BY updated_at DESC"));
    if (!q)
        return q.error();
    QList<VisitDraft> drafts;
    for (QSqlQuery r = std::move(q).value(); r.next();)
        drafts << VisitDraft { r.value(0).toString(),
            r.value(1).toString(),
            QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object(),
            Clock::fromStorage(r.value(3).toString()) };
    return drafts;
}

Status VisitDraftStore::discard(Database& db, const QString& id)
{
    return Sql::write(db, QStringLiteral("DELETE FROM visit_drafts WHERE id = ?"), { id });
}
