#include "sync/ScopeVerifier.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/QuarantineStore.h"
#include "storage/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/LocalScope.h"
#include "sync/ScopeDigest.h"
#include "sync/SyncPayload.h"
#include "sync/SyncState.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// How often the station compares, repairs and compares again before it reports what still differs.
constexpr int kRounds = 4;
// How many differing records the log names one by one (then only how many there are).
constexpr int kNamedInLog = 20;

QString keyOf(const QString& entity, const QString& recordId)
{
    return entity + QLatin1Char('/') + recordId;
}

ScopeDigest::Entry entryOfChange(const QJsonObject& change)
{
    const QJsonObject p = change.value(QStringLiteral("payload")).toObject();
    ScopeDigest::Entry e;
    e.entity = change.value(QStringLiteral("entity")).toString();
    e.recordId = change.value(QStringLiteral("record_id")).toString();
    e.rev = change.value(QStringLiteral("rev")).toInteger(1);
    if (e.entity == QLatin1String("case")) {
        e.status = p.value(QStringLiteral("status")).toString();
        e.answer = p.value(QStringLiteral("answer")).toString();
    }
    return e;
}
} // namespace

ScopeVerifier::ScopeVerifier(
    Database& db, httplib::SSLClient& http, const httplib::Headers& auth, const SyncEndpoint& ep)
    : m_db(db)
    , m_http(http)
    , m_auth(auth)
    , m_endpoint(ep)
{ }

Status ScopeVerifier::run(ChangeApplier& applier, SyncReport& report, const std::function<Status()>& pullUp)
{
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kRounds; ++round) {
        auto cursor = SyncState::value(m_db, QStringLiteral("cursor"));
        if (!cursor)
            return cursor.error();
        auto res = m_http.Get(QStringLiteral("/v1/digest?after=%1").arg(cursor->toLongLong()).toStdString(), m_auth);
        if (!res || res->status != 200)
            return SyncHttp::failureOf(res, m_endpoint);
        const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
        if (answer.value(QStringLiteral("behind")).toBool()) {
            if (Status s = pullUp(); !s)
                return s;
            continue;
        }
        const auto platform = ScopeDigest::Buckets::fromJson(answer.value(QStringLiteral("buckets")).toArray());
        auto local = LocalScope::digest(m_db);
        if (!local)
            return local.error();
        report.verified = true;
        report.compared = platform.count();
        const QStringList differing = local->differing(platform);
        if (differing.isEmpty()) {
            report.matches = true;
            report.setAside = 0;
            report.onlyHere = 0;
            break;
        }
        auto taken = repair(differing, applier, report);
        if (!taken)
            return taken.error();
        // What still differs is set aside here or only here: a person sees it, nothing to take.
        if (*taken == 0) {
            report.matches = report.onlyHere == 0;
            break;
        }
    }
    report.verifyMs = timer.elapsed();
    if (report.verified && !report.matches)
        qCWarning(lcSync) << "verification:" << report.onlyHere << "records here are not on the platform";
    return success();
}

Result<int> ScopeVerifier::repair(const QStringList& buckets, ChangeApplier& applier, SyncReport& report)
{
    QList<QJsonObject> theirs;
    for (const QString& bucket : buckets) {
        auto res = m_http.Get("/v1/digest/" + bucket.toStdString(), m_auth);
        if (!res || res->status != 200)
            return SyncHttp::failureOf(res, m_endpoint);
        const QJsonArray changes = QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
                                       .object()
                                       .value(QStringLiteral("changes"))
                                       .toArray();
        for (const QJsonValue& c : changes)
            theirs << c.toObject();
    }
    // Applied in the platform's order across buckets: clients, then cases, then what hangs on them.
    auto rank
        = [](const QJsonObject& o) { return SyncPayload::applyOrder(o.value(QStringLiteral("entity")).toString()); };
    std::stable_sort(
        theirs.begin(), theirs.end(), [&](const QJsonObject& a, const QJsonObject& b) { return rank(a) < rank(b); });

    QHash<QString, ScopeDigest::Entry> mine;
    for (const QString& bucket : buckets)
        if (Status s = LocalScope::forEach(
                m_db, bucket, [&mine](const ScopeDigest::Entry& e) { mine.insert(keyOf(e.entity, e.recordId), e); });
            !s)
            return s.error();
    auto setAside = QuarantineStore::setAside(m_db);
    if (!setAside)
        return setAside.error();
    auto unsettled = LocalScope::unsettled(m_db);
    if (!unsettled)
        return unsettled.error();
    QSet<QString> aside = *setAside;
    aside.unite(*unsettled);

    QJsonArray toTake;
    int asideNow = 0;
    int differing = 0;
    for (const QJsonObject& v : theirs) {
        const ScopeDigest::Entry e = entryOfChange(v);
        const QString key = keyOf(e.entity, e.recordId);
        const auto here = mine.constFind(key);
        const bool same = here != mine.constEnd() && ScopeDigest::hashOf(*here) == ScopeDigest::hashOf(e);
        if (same) {
            mine.erase(here);
            continue;
        }
        const bool known = aside.contains(key); // held, dismissed, refused or still to send: shown
        if (!known && ++differing <= kNamedInLog) {
            if (here == mine.constEnd())
                qCWarning(lcSync) << "verification: the platform's" << key << "is missing here";
            else
                qCWarning(lcSync) << "verification:" << key << "is" << here->status << here->answer << "revision"
                                  << here->rev << "here and" << e.status << e.answer << "revision" << e.rev
                                  << "on the platform";
        }
        if (here != mine.constEnd())
            mine.erase(here);
        if (known) {
            ++asideNow;
            continue;
        }
        toTake.append(v);
    }
    report.setAside = asideNow;
    report.onlyHere = int(mine.size());
    int named = 0;
    for (auto it = mine.constBegin(); it != mine.constEnd() && named < kNamedInLog; ++it, ++named)
        qCWarning(lcSync) << "verification: the platform does not hold" << it.key();
    if (toTake.isEmpty())
        return 0;

    if (Status s = SyncHttp::downloadBlobs(m_db, toTake, m_endpoint, m_auth); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    int taken = 0;
    for (const QJsonValue& v : toTake) {
        auto outcome = applier.repair(v.toObject());
        if (!outcome)
            return outcome.error();
        if (*outcome == ChangeApplier::Outcome::Added && ++taken <= kNamedInLog) {
            qCWarning(lcSync) << "verification: took the platform's"
                              << keyOf(v.toObject().value(QStringLiteral("entity")).toString(),
                                     v.toObject().value(QStringLiteral("record_id")).toString());
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    report.repaired += taken;
    return taken;
}
