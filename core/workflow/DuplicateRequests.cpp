#include "workflow/DuplicateRequests.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSet>

namespace {
QSet<QString> bigrams(const QString& text)
{
    QString letters;
    for (const QChar ch : text.normalized(QString::NormalizationForm_KC).toLower())
        if (ch.isLetterOrNumber())
            letters += ch;
    QSet<QString> set;
    for (qsizetype i = 0; i + 1 < letters.size(); ++i)
        set.insert(letters.mid(i, 2));
    if (letters.size() == 1)
        set.insert(letters);
    return set;
}
} // namespace

double DuplicateRequests::similarity(const QString& a, const QString& b)
{
    const QSet<QString> x = bigrams(a);
    const QSet<QString> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    return 2.0 * double(QSet<QString>(x).intersect(y).size()) / double(x.size() + y.size());
}

Result<QList<DuplicateRequests::Candidate>> DuplicateRequests::find(
    Database& db, const QString& clientId, const QString& itemCode, const QString& summary)
{
    const QDateTime since = Clock::nowUtc().addDays(-kDays);
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT c.number, c.summary, c.received_at, c.item_code, c.closed_at IS NULL "
                       "FROM cases c JOIN clients cl ON cl.seq = c.client_seq "
                       "WHERE cl.id = ? AND c.merged_into IS NULL AND (c.received_at >= ? OR c.closed_at IS NULL) "
                       "ORDER BY c.seq DESC LIMIT 200"),
        { clientId, Clock::toStorage(since) });
    if (!q)
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<Candidate> found;
    while (rows.next()) {
        Candidate c;
        c.number = rows.value(0).toString();
        c.summary = rows.value(1).toString();
        c.receivedAt = Clock::fromStorage(rows.value(2).toString());
        c.sameItemOpen = rows.value(3).toString() == itemCode && rows.value(4).toInt() == 1;
        c.similarity = c.receivedAt >= since ? similarity(summary, c.summary) : 0;
        if (c.sameItemOpen || c.similarity >= kVeryLike)
            found << c;
    }
    return found;
}
