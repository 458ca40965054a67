#include "sync/SyncClient.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "sync/BlobsAhead.h"
#include "sync/ChangeApplier.h"
#include "sync/ScopeVerifier.h"
#include "sync/SyncHttp.h"
#include "sync/SyncPayload.h"
#include "sync/SyncState.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QUrl>
#include <future>
#include <httplib.h>

namespace {
// What the platform's answer to an op on a case means here: the case takes the platform's revision,
// status and answer as the answer gives them (`current`: after a conflict, and after an applied move
// too), unless a later change of the case is still to be sent. After a conflict the local change
// itself stays in "needs attention", and its event on the timeline.
Status settleCase(Database& db, const OutboxOp& op, const QJsonObject& answer)
{
    const qint64 rev = answer.value(QStringLiteral("rev")).toInteger();
    // A new case answered at its first revision changes nothing here.
    if (op.entity != QLatin1String("case") || (rev <= 1 && !answer.contains(QStringLiteral("current"))))
        return success();
    auto local = CaseStore::stateOfId(db, op.recordId);
    if (!local)
        return local.error();
    if (!local->has_value())
        return success();
    // The platform stored it at its own time (this device's clock ran ahead): so does this station.
    if (const QJsonObject fixed = answer.value(QStringLiteral("corrected")).toObject(); !fixed.isEmpty())
        if (Status s = CaseStore::setReceivedAt(
                db, (*local)->seq, Clock::fromStorage(fixed.value(QStringLiteral("received_at")).toString()));
            !s)
            return s;
    const QJsonObject current = answer.value(QStringLiteral("current")).toObject();
    // A later change of this case, made here on top of this one, is still to be sent (closed, then
    // reopened, offline): it is judged against the platform's state when it arrives there, so the
    // status stays what the person here made it. Taking the platform's status now would undo the
    // later change here while the platform applies it (the ABA of issue 17).
    auto later = OutboxStore::hasPending(db, op.recordId);
    if (!later)
        return later.error();
    if (*later)
        return rev > (*local)->rev ? CaseStore::setStatus(db, (*local)->seq, (*local)->status, {}, rev) : success();
    // The platform's state exactly, its answer too (an empty one included: a conflict's answer here
    // is kept in its op, under needs attention). An answer replayed from before a newer revision
    // this station already holds has nothing to add.
    if (rev < (*local)->rev)
        return success();
    if (const auto status = CaseStatuses::fromKey(current.value(QStringLiteral("status")).toString()))
        return CaseStore::takePlatformState(
            db, (*local)->seq, *status, current.value(QStringLiteral("answer")).toString(), rev);
    if (rev > (*local)->rev)
        return CaseStore::setStatus(db, (*local)->seq, (*local)->status, {}, rev);
    return success();
}

// Blobs go up before the ops that name them, each in chunks from where the platform's copy stands
// (an upload cut halfway resumes there); the platform keeps a blob only when its bytes hash to its
// name.
Status uploadBlobs(
    Database& db, httplib::SSLClient& http, const httplib::Headers& auth, const SyncEndpoint& ep, SyncReport& report)
{
    auto waiting = BlobStore::waitingForUpload(db);
    if (!waiting)
        return waiting.error();
    for (const QString& sha : *waiting) {
        auto data = BlobStore::get(db, sha);
        if (!data)
            return data.error();
        const std::string path = "/v1/blobs/" + sha.toStdString();
        qint64 offset = 0;
        auto progress = http.Get(path + "/progress", auth);
        if (progress && progress->status == 200)
            offset = qint64(QJsonDocument::fromJson(QByteArray::fromStdString(progress->body))
                                .object()
                                .value(QStringLiteral("received"))
                                .toDouble());
        else if (!progress || progress->status != 404)
            return SyncHttp::failureOf(progress, ep);
        bool complete = false;
        while (!complete) {
            const qint64 length = std::min<qint64>(SyncClient::kBlobChunk, data->size() - offset);
            const std::string query = QStringLiteral("?offset=%1&size=%2").arg(offset).arg(data->size()).toStdString();
            auto res = http.Put(path + query,
                auth,
                data->constData() + offset,
                size_t(std::max<qint64>(length, 0)),
                "application/octet-stream");
            if (!res || (res->status != 200 && res->status != 409))
                return SyncHttp::failureOf(res, ep);
            const QJsonObject state = QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
            if (res->status == 200)
                report.blobBytesSent += length;
            offset = qint64(state.value(QStringLiteral("received")).toDouble());
            complete = state.value(QStringLiteral("complete")).toBool();
            if (offset > data->size() || (res->status == 409 && offset == data->size() && !complete))
                return SyncHttp::network(
                    UiText::verbatim(QStringLiteral("the platform's copy of %1 is inconsistent").arg(sha)));
        }
        if (Status s = BlobStore::markUploaded(db, sha); !s)
            return s.error();
        report.blobsUploaded++;
    }
    return success();
}

// Pull: pages after the cursor; each page and its cursor land together. The next page is fetched
// while this one is applied (the page says where the next one starts), so the network and the
// database work side by side; the HTTP client is used by one thread at a time.
Status pullAll(Database& db,
    httplib::SSLClient& http,
    const httplib::Headers& auth,
    const SyncEndpoint& ep,
    ChangeApplier& applier,
    SyncReport& report)
{
    auto cursor = SyncState::value(db, QStringLiteral("cursor"));
    if (!cursor)
        return cursor.error();
    // A page is read, and its visits' blobs fetched, on the fetching thread, while the page before
    // it is applied here.
    struct FetchedPage
    {
        explicit FetchedPage(httplib::Result r)
            : res(std::move(r))
        { }
        httplib::Result res;
        qint64 waitedMs = 0;
        QJsonArray changes;
        bool more = false;
        qint64 cursor = 0;
        QList<std::pair<QString, QByteArray>> blobs;
    };
    BlobsAhead blobsAhead(db.path());
    auto fetch = [&http, &auth, &blobsAhead](qint64 after) {
        QElapsedTimer waited;
        waited.start();
        FetchedPage p(http.Get(
            QStringLiteral("/v1/pull?after=%1&limit=%2").arg(after).arg(SyncClient::kPullPage).toStdString(), auth));
        p.waitedMs = waited.elapsed();
        if (!p.res || p.res->status != 200)
            return p;
        const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(p.res->body)).object();
        p.more = page.value(QStringLiteral("more")).toBool();
        p.cursor = qint64(page.value(QStringLiteral("cursor")).toDouble());
        p.changes = page.value(QStringLiteral("changes")).toArray();
        p.blobs = blobsAhead.fetch(http, auth, p.changes);
        return p;
    };
    auto next = std::async(std::launch::async, fetch, cursor->toLongLong());
    for (;;) {
        FetchedPage fetched = next.get();
        report.waitPullMs += fetched.waitedMs;
        if (!fetched.res || fetched.res->status != 200)
            return SyncHttp::failureOf(fetched.res, ep);
        const bool more = fetched.more;
        const qint64 pageCursor = fetched.cursor;
        const QJsonArray changes = std::move(fetched.changes);
        const auto blobs = std::move(fetched.blobs);
        if (more)
            next = std::async(std::launch::async, fetch, pageCursor);
        for (const auto& [sha, data] : blobs)
            if (Status s = BlobStore::putDownloaded(db, sha, data); !s)
                return s.error();
        if (Status s = SyncHttp::downloadBlobs(db, changes, ep, auth); !s) // what was not fetched ahead
            return s.error();
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        // The page's new search rows are written after its records, together (HeldSearchRows).
        db.searchRows().hold();
        const auto notHeld = qScopeGuard([&db] { db.searchRows().discard(); });
        // One record this station cannot apply is held back with its reason; it stops nothing.
        auto applied = applier.applyPage(changes);
        if (!applied)
            return applied.error();
        report.pulled += int(changes.size());
        report.added += applied->added;
        report.held += applied->held;
        if (Status s = db.searchRows().write(db); !s)
            return s.error();
        if (Status s = SyncState::setValue(db, QStringLiteral("cursor"), QString::number(pageCursor)); !s)
            return s.error();
        if (Status s = SyncState::setValue(db, QStringLiteral("last_synced_at"), Clock::toStorage(Clock::nowUtc())); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        if (!more)
            break;
    }
    return success();
}
} // namespace

SyncClient::SyncClient(Database& db, SyncEndpoint endpoint)
    : m_db(db)
    , m_endpoint(std::move(endpoint))
{ }

Result<SyncReport> SyncClient::runOnce()
{
    const QUrl url(m_endpoint.url);
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return Error::badInput(QStringLiteral("server"),
            UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "The server address must be https://host:port.")));
    if (m_endpoint.token.isEmpty())
        return Error::badInput(QStringLiteral("token"),
            UiText::of("Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "No station credential: give it once, in QSDESK_SYNC_TOKEN or with --token -.")));
    if (!QFileInfo(m_endpoint.caFile).isReadable())
        return Error::badInput(QStringLiteral("ca"),
            UiText::of("Sync",
                QT_TRANSLATE_NOOP("Sync",
                    "The trusted CA file %1 does not exist or cannot be read: give the city's CA certificate (PEM) "
                    "that was handed out with the station's credential."))
                .arg(m_endpoint.caFile.isEmpty() ? QStringLiteral("—") : m_endpoint.caFile));
    auto connection = SyncHttp::clientFor(m_endpoint);
    httplib::SSLClient& http = *connection;
    const httplib::Headers auth { { "Authorization", "Bearer " + m_endpoint.token.toStdString() } };
    SyncReport report;

    // Who we are to the server, and how far this device's clock is from the server's.
    {
        auto res = http.Get("/v1/status", auth);
        if (!res || res->status != 200)
            return SyncHttp::failureOf(res, m_endpoint, &http);
        if (m_accepted)
            if (Status s = m_accepted(); !s)
                return s.error();
        const QJsonObject status = QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
        const QDateTime serverTime = Clock::fromStorage(status.value(QStringLiteral("server_time")).toString());
        if (serverTime.isValid()) {
            report.clockOffsetSeconds = serverTime.secsTo(Clock::nowUtc());
            // Kept at every sync, so the window can warn the clerk before the next registration.
            if (Status s = SyncState::setValue(
                    m_db, QStringLiteral("clock_offset_seconds"), QString::number(report.clockOffsetSeconds));
                !s)
                return s.error();
        }
        if (report.clockFarOff())
            qCWarning(lcSync) << "this device's clock is" << report.clockOffsetSeconds << "s off the server's";
        // A platform restored from an older backup: a new epoch, or a history shorter than the
        // cursor we hold. Offer everything again (the platform keeps what it has, takes what it
        // lacks) and pull from the start (records here are matched by id, so nothing doubles).
        const QString epoch = status.value(QStringLiteral("epoch")).toString();
        const qint64 latest = qint64(status.value(QStringLiteral("latest_seq")).toDouble());
        auto knownEpoch = SyncState::value(m_db, QStringLiteral("epoch"));
        auto cursor = SyncState::value(m_db, QStringLiteral("cursor"));
        if (!knownEpoch || !cursor)
            return knownEpoch ? cursor.error() : knownEpoch.error();
        const bool wentBack = (!knownEpoch->isEmpty() && *knownEpoch != epoch) || cursor->toLongLong() > latest;
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        if (wentBack) {
            auto reoffered = Sql::run(m_db.sql(),
                QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state IN ('applied', 'duplicate')"));
            if (!reoffered)
                return reoffered.error();
            report.reoffered = reoffered->numRowsAffected();
            if (Status s = SyncState::setValue(m_db, QStringLiteral("cursor"), QStringLiteral("0")); !s)
                return s.error();
            qCWarning(lcSync) << "the platform's history went back; offering" << report.reoffered << "ops again";
        }
        if (Status s = SyncState::setValue(m_db, QStringLiteral("epoch"), epoch); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }

    if (Status s = uploadBlobs(m_db, http, auth, m_endpoint, report); !s)
        return s.error();

    QElapsedTimer phase;
    phase.start();
    // Push: the outbox in order, one batch at a time. An op still waiting for its blobs stays pending
    // for the next round; this round goes on past it. The next batch is read from the outbox while
    // the platform works on this one, and sent before this one's answers are stored: were they lost
    // (a crash), both batches go again next round and the platform answers them as it did (by op id).
    qint64 selectedUpTo = 0;
    auto nextBatch = [this, &selectedUpTo]() {
        auto batch = OutboxStore::nextPush(m_db, kPushBatch, selectedUpTo);
        if (batch && !batch->ops.isEmpty())
            selectedUpTo = batch->ops.last().seq;
        return batch;
    };
    auto post = [&http, &auth](const QByteArray* body) {
        QElapsedTimer waited;
        waited.start();
        auto res = http.Post("/v1/push", auth, body->constData(), size_t(body->size()), "application/json");
        return std::make_pair(std::move(res), waited.elapsed());
    };
    auto batch = nextBatch();
    if (!batch)
        return batch.error();
    std::future<std::pair<httplib::Result, qint64>> inFlight;
    if (!batch->ops.isEmpty())
        inFlight = std::async(std::launch::async, post, &batch->body);
    while (!batch->ops.isEmpty()) {
        const QList<OutboxOp>* ops = &batch->ops;
        auto next = nextBatch();
        auto [res, waitedMs] = inFlight.get();
        report.waitPushMs += waitedMs;
        if (!next)
            return next.error();
        if (!res || res->status != 200)
            return SyncHttp::failureOf(res, m_endpoint);
        if (!next->ops.isEmpty())
            inFlight = std::async(std::launch::async, post, &next->body);
        const QJsonArray results = QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        if (results.size() != ops->size())
            return SyncHttp::network(UiText::verbatim(
                QStringLiteral("the server answered %1 of %2 ops").arg(results.size()).arg(ops->size())));
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        const QString now = Clock::toStorage(Clock::nowUtc());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const OutboxOp& op = ops->at(i);
            if (r.value(QStringLiteral("op_id")).toString() != op.opId)
                return SyncHttp::network(
                    UiText::verbatim(QStringLiteral("the server answered op %1 in the place of %2")
                                         .arg(r.value(QStringLiteral("op_id")).toString(), op.opId)));
            const QString status = r.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("missing_blob")) {
                // The platform lacks a blob it should have (restored from a backup?): sent again
                // at the next round, and the op with it.
                ++report.waitingForBlobs;
                if (Status s = BlobStore::markForUpload(m_db, { r.value(QStringLiteral("blob")).toString() }); !s)
                    return s.error();
                continue;
            }
            // The platform answers with the states' own keys; anything else is a refusal.
            OutboxState state = OutboxStates::fromKey(status).value_or(OutboxState::Rejected);
            if (state == OutboxState::Pending)
                state = OutboxState::Rejected;
            const bool replayed = r.value(QStringLiteral("replayed")).toBool();
            (state == OutboxState::Applied && !replayed                                ? report.pushed
                    : state == OutboxState::Applied || state == OutboxState::Duplicate ? report.duplicates
                                                                                       : report.refused)++;
            Status q = Sql::write(m_db,
                QStringLiteral("UPDATE outbox SET state = ?, result = ?, attempts = attempts + 1, updated_at = ? "
                               "WHERE seq = ?"),
                { OutboxStates::key(state),
                    QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)),
                    now,
                    op.seq });
            if (!q)
                return q.error();
            if (Status s = settleCase(m_db, op, r); !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        batch = std::move(next);
    }

    report.pushMs = phase.restart();
    ChangeApplier applier(m_db);
    auto pull = [&] { return pullAll(m_db, http, auth, m_endpoint, applier, report); };
    if (Status s = pull(); !s)
        return s.error();
    report.pullMs = phase.elapsed();
    // What a matching verification saw (the cursor and the last change made here), and when.
    auto cursorNow = SyncState::value(m_db, QStringLiteral("cursor"));
    auto lastOp = Sql::one(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) || '/' || count(*) FROM outbox"));
    auto matched = SyncState::value(m_db, QStringLiteral("verified_state"));
    auto matchedAt = SyncState::value(m_db, QStringLiteral("verified_at"));
    if (!cursorNow || !lastOp || !matched || !matchedAt)
        return !cursorNow ? cursorNow.error()
            : !lastOp     ? lastOp.error()
            : !matched    ? matched.error()
                          : matchedAt.error();
    const QDateTime lastMatch = Clock::fromStorage(*matchedAt);
    const bool recent = lastMatch.isValid() && lastMatch.secsTo(Clock::nowUtc()) < kVerifyAtLeastEverySeconds;
    if (!m_verifyAlways && recent && report.pulled == 0 && report.pushed == 0 && report.refused == 0
        && report.duplicates == 0 && report.reoffered == 0
        && *matched == *cursorNow + QLatin1Char('/') + (**lastOp).at(0).toString()) {
        report.matches = true;
    } else {
        if (Status s = ScopeVerifier(m_db, http, auth, m_endpoint).run(applier, report, pull); !s)
            return s.error();
        auto after = SyncState::value(m_db, QStringLiteral("cursor"));
        if (!after)
            return after.error();
        const bool clean = report.verified && report.matches && report.repaired == 0;
        if (Status s = SyncState::setValue(m_db,
                QStringLiteral("verified_state"),
                clean ? *after + QLatin1Char('/') + (**lastOp).at(0).toString() : QStringLiteral("-"));
            !s)
            return s.error();
        if (Status s = SyncState::setValue(m_db, QStringLiteral("verified_at"), Clock::toStorage(Clock::nowUtc())); !s)
            return s.error();
    }
    qCInfo(lcSync) << "sync:" << report.pushed << "pushed in" << report.pushMs << "ms (" << report.waitPushMs
                   << "ms waiting for the server)," << report.pulled << "pulled in" << report.pullMs << "ms ("
                   << report.waitPullMs << "ms waiting);" << report.compared << "records verified in" << report.verifyMs
                   << "ms";
    return report;
}
