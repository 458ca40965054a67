#include "reports/ClientFile.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/AfterService.h"
#include "domain/CaseEvents.h"
#include "domain/Catalog.h"
#include "domain/Complaint.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/UserStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace {
UiText text(const char* source)
{
    return UiText::of("ClientFile", source);
}

// A summary is one line: what was typed over several lines reads on one.
QString oneLine(const QString& s)
{
    return s.simplified();
}

struct Collector
{
    Database& db;
    const Catalog& catalog;
    QHash<QString, QString> names; // login -> name
    QHash<qint64, QString> numbers; // case seq -> number
    QHash<qint64, QString> answers; // case seq -> the answer it holds
    ClientFileContent content;
    QSet<QString> returnVisitsRead = {}; // "case-seq time" of each, as its timeline line has them

    // Runs `sql`, which takes the client's seq, and hands each row to `each`.
    template<typename F>
    Status eachRow(const QString& sql, F&& each)
    {
        auto q = Sql::run(db.sql(), sql, { content.client.seq });
        if (!q)
            return q.error();
        QSqlQuery rows = std::move(q).value();
        while (rows.next())
            each(rows);
        return success();
    }

    QString staff(const QString& login) const { return CaseEvents::staff(names, login); }

    void add(const QDateTime& at,
        qint64 caseSeq,
        const QString& kind,
        const UiText& label,
        const QString& summary,
        const QString& login)
    {
        content.entries << ClientFileEntry { at, numbers.value(caseSeq), kind, label, oneLine(summary), staff(login) };
    }

    // Each case's registration, from the case row itself (the timeline starts with it, as in
    // CaseStore::byNumber).
    Status cases()
    {
        return eachRow(
            QStringLiteral("SELECT k.seq, k.number, k.channel, k.item_code, k.summary, k.status, k.received_at, "
                           "k.received_by, m.number, k.answer FROM cases k LEFT JOIN cases m ON m.seq = k.merged_into "
                           "WHERE k.client_seq = ? ORDER BY k.seq"),
            [this](const QSqlQuery& rows) {
                ClientFileCase c;
                c.number = rows.value(1).toString();
                const CatalogItem* item = catalog.item(rows.value(3).toString());
                c.itemName = item ? item->displayName() : rows.value(3).toString();
                c.summary = rows.value(4).toString();
                c.status = CaseStatuses::fromKey(rows.value(5).toString()).value_or(CaseStatus::Registered);
                c.receivedAt = Clock::fromStorage(rows.value(6).toString());
                c.mergedInto = rows.value(8).toString();
                numbers.insert(rows.value(0).toLongLong(), c.number);
                answers.insert(rows.value(0).toLongLong(), rows.value(9).toString());
                const auto channel = Channels::fromKey(rows.value(2).toString());
                const QString how = channel ? Channels::label(*channel).local : rows.value(2).toString();
                add(c.receivedAt,
                    rows.value(0).toLongLong(),
                    QStringLiteral("registered"),
                    CaseEvents::label(QStringLiteral("registered")),
                    text(QT_TRANSLATE_NOOP("ClientFile", "%1 · %2: %3")).arg(how, c.itemName, c.summary).local,
                    rows.value(7).toString());
                content.cases << c;
            });
    }

    // Every line of the cases' timelines: answers, notices, handoffs and their progress, visits,
    // repeat contacts, merges, feedback, closing, reopening. A return visit recorded here is read
    // from its own row below (with its ratings as words); its timeline line is left out then.
    Status timelines()
    {
        return eachRow(QStringLiteral("SELECT e.case_seq, e.id, e.kind, e.actor, e.at, e.detail FROM cases k "
                                      "JOIN case_events e ON e.case_seq = k.seq WHERE k.client_seq = ? ORDER BY e.seq"),
            [this](const QSqlQuery& rows) {
                const qint64 caseSeq = rows.value(0).toLongLong();
                const QString kind = rows.value(2).toString();
                const QString at = rows.value(4).toString();
                if (kind == QLatin1String("return_visit")
                    && returnVisitsRead.contains(QString::number(caseSeq) + QLatin1Char(' ') + at))
                    return;
                CaseEvent e { rows.value(1).toString(),
                    kind,
                    rows.value(3).toString(),
                    Clock::fromStorage(at),
                    rows.value(5).toString() };
                // A case closed on the answer it had already: the closing line says what it was.
                const QString detail = kind == QLatin1String("closed") && e.detail.isEmpty() ? answers.value(caseSeq)
                                                                                             : CaseEvents::detail(e);
                add(e.at, caseSeq, kind, CaseEvents::label(kind), detail, e.actor);
            });
    }

    // 7.4.2 / 8.1.1: return visits with the client's four ratings in the usual five levels.
    Status returnVisits()
    {
        return eachRow(
            QStringLiteral("SELECT r.case_seq, r.method, r.visited_at, r.visited_by, r.contact, r.client_said, "
                           "r.rating_matching, r.rating_level, r.rating_attitude, r.rating_complaint, r.comment, "
                           "r.supersedes FROM cases k JOIN return_visits r ON r.case_seq = k.seq "
                           "WHERE k.client_seq = ? ORDER BY r.seq"),
            [this](const QSqlQuery& rows) {
                const qint64 caseSeq = rows.value(0).toLongLong();
                const QString at = rows.value(2).toString();
                returnVisitsRead.insert(QString::number(caseSeq) + QLatin1Char(' ') + at);
                const auto method = kReturnVisitMethods.fromKey(rows.value(1).toString());
                QStringList ratings;
                for (Dimension d : kAllDimensions) {
                    const QVariant r = rows.value(6 + int(d));
                    if (!r.isNull())
                        ratings << QStringLiteral("%1 %2").arg(
                            kDimensions.label(d).local, Satisfaction::label(r.toInt()).local);
                }
                QString said = rows.value(5).toString();
                if (!rows.value(4).toString().isEmpty())
                    said = text(QT_TRANSLATE_NOOP("ClientFile", "%1 said: %2"))
                               .arg(rows.value(4).toString(), said)
                               .local;
                QString summary = text(QT_TRANSLATE_NOOP("ClientFile", "%1, %2 (%3)"))
                                      .arg(method ? kReturnVisitMethods.label(*method).local : rows.value(1).toString(),
                                          said,
                                          ratings.join(text(QT_TRANSLATE_NOOP("ClientFile", "; ")).local))
                                      .local;
                if (!rows.value(10).toString().isEmpty())
                    summary += QLatin1Char(' ') + rows.value(10).toString();
                if (!rows.value(11).toString().isEmpty())
                    summary = text(QT_TRANSLATE_NOOP("ClientFile", "Correction: %1")).arg(summary).local;
                add(Clock::fromStorage(at),
                    caseSeq,
                    QStringLiteral("return_visit"),
                    CaseEvents::label(QStringLiteral("return_visit")),
                    summary,
                    rows.value(3).toString());
            });
    }

    // 7.5: complaints on the client's cases, each step of them.
    Status complaints()
    {
        return eachRow(
            QStringLiteral("SELECT p.case_seq, p.number, p.channel, p.summary, e.to_state, e.note, e.at, e.actor "
                           "FROM cases k JOIN complaints p ON p.case_seq = k.seq "
                           "JOIN complaint_events e ON e.complaint_seq = p.seq WHERE k.client_seq = ? "
                           "ORDER BY e.seq"),
            [this](const QSqlQuery& rows) {
                const QString number = rows.value(1).toString();
                const QString to = rows.value(4).toString();
                const QString note = rows.value(5).toString();
                const auto state = kComplaintStates.fromKey(to);
                if (state == ComplaintState::Received) {
                    const auto channel = kComplaintChannels.fromKey(rows.value(2).toString());
                    add(Clock::fromStorage(rows.value(6).toString()),
                        rows.value(0).toLongLong(),
                        QStringLiteral("complaint_received"),
                        text(QT_TRANSLATE_NOOP("ClientFile", "Complaint received")),
                        text(QT_TRANSLATE_NOOP("ClientFile", "%1 (%2): %3"))
                            .arg(number,
                                channel ? kComplaintChannels.label(*channel).local : rows.value(2).toString(),
                                rows.value(3).toString())
                            .local,
                        rows.value(7).toString());
                    return;
                }
                add(Clock::fromStorage(rows.value(6).toString()),
                    rows.value(0).toLongLong(),
                    QStringLiteral("complaint_") + to,
                    text(QT_TRANSLATE_NOOP("ClientFile", "Complaint: %1"))
                        .arg(state ? kComplaintStates.label(*state) : UiText::verbatim(to)),
                    note.isEmpty() ? number : text(QT_TRANSLATE_NOOP("ClientFile", "%1: %2")).arg(number, note).local,
                    rows.value(7).toString());
            });
    }
};
} // namespace

Result<Client> ClientFile::findClient(Database& db, const QString& idOrUscc)
{
    const QString key = idOrUscc.trimmed();
    if (key.isEmpty())
        return Error::badInput(
            QStringLiteral("client"), text(QT_TRANSLATE_NOOP("ClientFile", "Give the client's id or credit code.")));
    auto byUscc = ClientStore::byUscc(db, key.toUpper());
    if (!byUscc)
        return byUscc.error();
    if (byUscc->has_value())
        return **byUscc;
    auto byId = ClientStore::byId(db, key);
    if (!byId && byId.error().code == ErrorCode::NotFound)
        return Error::notFound(
            text(QT_TRANSLATE_NOOP("ClientFile", "No client with the id or credit code %1 in the archive.")).arg(key));
    return byId;
}

Result<ClientFileContent> ClientFile::collect(Database& db, const Catalog& catalog, const QString& idOrUscc)
{
    QElapsedTimer timer;
    timer.start();
    auto client = findClient(db, idOrUscc);
    if (!client)
        return client.error();
    auto names = UserStore::names(db);
    if (!names)
        return names.error();
    Collector c { db, catalog, *names, {}, {}, {} };
    c.content.client = *client;
    if (Status s = c.cases(); !s)
        return s.error();
    if (Status s = c.returnVisits(); !s)
        return s.error();
    if (Status s = c.timelines(); !s) // after the return visits, whose lines it leaves out
        return s.error();
    if (Status s = c.complaints(); !s)
        return s.error();
    // Oldest first; what happened at the same moment stays in the order it was written (a case's
    // registration before its answer on the spot).
    std::stable_sort(c.content.entries.begin(),
        c.content.entries.end(),
        [](const ClientFileEntry& a, const ClientFileEntry& b) { return a.at < b.at; });
    qCDebug(lcStorage) << "client file" << client->id << c.content.cases.size() << "cases" << c.content.entries.size()
                       << "entries in" << timer.elapsed() << "ms";
    return c.content;
}

QList<ClientFile::StatusCount> ClientFile::statusCounts(const QList<ClientFileCase>& cases)
{
    QList<StatusCount> counts;
    for (CaseStatus s : CaseStatuses::all()) {
        const int n = int(std::count_if(cases.begin(), cases.end(), [s](const ClientFileCase& c) {
            return c.status == s && c.mergedInto.isEmpty();
        }));
        if (n > 0)
            counts << StatusCount { CaseStatuses::key(s), CaseStatuses::label(s), n };
    }
    const int merged = int(
        std::count_if(cases.begin(), cases.end(), [](const ClientFileCase& c) { return !c.mergedInto.isEmpty(); }));
    if (merged > 0)
        counts << StatusCount { QStringLiteral("merged"), CaseEvents::label(QStringLiteral("merged_into")), merged };
    return counts;
}
