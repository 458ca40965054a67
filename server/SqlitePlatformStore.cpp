#include "SqlitePlatformStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "sync/ScopeDigest.h"
#include "sync/SyncPayload.h"

namespace {
QString text(const QByteArray& json)
{
    return QString::fromUtf8(json);
}
} // namespace

QString SqlitePlatformStore::schema()
{
    return QStringLiteral(":/server-migrations");
}

SqlitePlatformStore::SqlitePlatformStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_statements(m_db->handle())
{ }

template<typename Read>
Status SqlitePlatformStore::one(const char* sql, std::initializer_list<QString> binds, Read read)
{
    RawStatement& st = m_statements(sql);
    int i = 0;
    for (const QString& b : binds)
        st.bind(++i, b);
    if (st.step())
        read(st);
    if (!st.ok())
        return st.error();
    st.reset(); // no read left open
    return success();
}

SqlitePlatformStore::~SqlitePlatformStore() = default;

Result<std::unique_ptr<SqlitePlatformStore>> SqlitePlatformStore::open(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadWrite, schema());
    if (!db)
        return db.error();
    return std::unique_ptr<SqlitePlatformStore>(new SqlitePlatformStore(std::move(db).value()));
}

Result<std::unique_ptr<PlatformStore>> openPlatformStore(const QString& location)
{
    auto store = SqlitePlatformStore::open(location);
    if (!store)
        return store.error();
    return std::unique_ptr<PlatformStore>(std::move(store).value());
}

// BEGIN IMMEDIATE takes the write lock up front: pushes from several stations queue up, and the
// change log's AUTOINCREMENT order is commit order.
Status SqlitePlatformStore::begin()
{
    return m_db->execScript(QStringLiteral("BEGIN IMMEDIATE;"));
}

Status SqlitePlatformStore::commit()
{
    return m_db->execScript(QStringLiteral("COMMIT;"));
}

void SqlitePlatformStore::rollback()
{
    m_db->execScript(QStringLiteral("ROLLBACK;"));
}

Result<std::optional<QString>> SqlitePlatformStore::meta(const QString& key)
{
    auto row = Sql::one(*m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QString>();
    return std::optional<QString>((**row).at(0).toString());
}

Status SqlitePlatformStore::setMeta(const QString& key, const QString& value)
{
    return Sql::write(*m_db,
        QStringLiteral(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

Result<bool> SqlitePlatformStore::hasStation(const QString& code)
{
    auto row = Sql::one(*m_db, QStringLiteral("SELECT 1 FROM stations WHERE code = ?"), { code });
    if (!row)
        return row.error();
    return row->has_value();
}

Status SqlitePlatformStore::addStation(const PlatformStation& s, const QString& tokenHash, const QString& at)
{
    return Sql::write(*m_db,
        QStringLiteral("INSERT INTO stations(code, name, level, token_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
        { s.code, s.name, s.level, tokenHash, at });
}

Result<bool> SqlitePlatformStore::replaceTokenHash(const QString& code, const QString& tokenHash)
{
    auto exists = hasStation(code);
    if (!exists || !*exists)
        return exists;
    if (Status s
        = Sql::write(*m_db, QStringLiteral("UPDATE stations SET token_hash = ? WHERE code = ?"), { tokenHash, code });
        !s)
        return s.error();
    return true;
}

Result<std::optional<PlatformStation>> SqlitePlatformStore::stationByTokenHash(const QString& tokenHash)
{
    auto row
        = Sql::one(*m_db, QStringLiteral("SELECT code, name, level FROM stations WHERE token_hash = ?"), { tokenHash });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<PlatformStation>();
    const QVariantList& r = **row;
    return std::optional<PlatformStation>(
        PlatformStation { r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), {} });
}

Result<QList<PlatformStation>> SqlitePlatformStore::stations()
{
    auto q = Sql::run(m_db->sql(),
        QStringLiteral("SELECT s.code, s.name, s.level, group_concat(d.division, ',') FROM stations s "
                       "LEFT JOIN (SELECT * FROM station_divisions ORDER BY division) d ON d.station = s.code "
                       "GROUP BY s.code ORDER BY s.code"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<PlatformStation> list;
    while (query.next()) {
        PlatformStation s { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {} };
        if (const QString d = query.value(3).toString(); !d.isEmpty())
            s.divisions = d.split(u',');
        list << s;
    }
    return list;
}

Status SqlitePlatformStore::addDivision(const QString& division, const QString& station)
{
    auto holder
        = Sql::one(*m_db, QStringLiteral("SELECT station FROM station_divisions WHERE division = ?"), { division });
    if (!holder)
        return holder.error();
    if (holder->has_value()) {
        const QString other = (**holder).at(0).toString();
        if (other == station)
            return success();
        return Error::badInput(QStringLiteral("division"),
            UiText::verbatim(QStringLiteral("division %1 is served by station %2 already").arg(division, other)));
    }
    return Sql::write(
        *m_db, QStringLiteral("INSERT INTO station_divisions(division, station) VALUES (?, ?)"), { division, station });
}

Result<std::optional<QString>> SqlitePlatformStore::stationForDivision(const QString& division)
{
    auto row
        = Sql::one(*m_db, QStringLiteral("SELECT station FROM station_divisions WHERE division = ?"), { division });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QString>();
    return std::optional<QString>((**row).at(0).toString());
}

Result<int> SqlitePlatformStore::nextOnlineRequestSequence(const QString& day)
{
    if (Status s = Sql::write(*m_db,
            QStringLiteral("INSERT INTO online_request_days(day, last) VALUES (?, 1) "
                           "ON CONFLICT(day) DO UPDATE SET last = last + 1"),
            { day });
        !s)
        return s.error();
    auto row = Sql::one(*m_db, QStringLiteral("SELECT last FROM online_request_days WHERE day = ?"), { day });
    if (!row)
        return row.error();
    return row->has_value() ? (**row).at(0).toInt() : 0;
}

Status SqlitePlatformStore::insertOnlineRequest(const OnlineRequestRow& r)
{
    return Sql::write(*m_db,
        QStringLiteral("INSERT INTO online_requests(id, number, code_hash, station, payload, state, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { r.id, r.number, r.codeHash, Sql::orNull(r.station), QString::fromUtf8(r.payload), r.state, r.createdAt });
}

Result<std::optional<OnlineRequestRow>> SqlitePlatformStore::onlineRequest(const QString& number)
{
    auto row = Sql::one(*m_db,
        QStringLiteral("SELECT id, number, code_hash, coalesce(station, ''), payload, state, created_at, "
                       "coalesce(case_number, ''), coalesce(return_reason, '') FROM online_requests WHERE number = ?"),
        { number });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<OnlineRequestRow>();
    const QVariantList& r = **row;
    return std::optional<OnlineRequestRow>(OnlineRequestRow { r.at(0).toString(),
        r.at(1).toString(),
        r.at(2).toString(),
        r.at(3).toString(),
        r.at(4).toString().toUtf8(),
        r.at(5).toString(),
        r.at(6).toString(),
        r.at(7).toString(),
        r.at(8).toString() });
}

Status SqlitePlatformStore::settleOnlineRequest(
    const QString& id, const QString& state, const QString& caseNumber, const QString& reason)
{
    return Sql::write(*m_db,
        QStringLiteral("UPDATE online_requests SET state = ?, case_number = ?, return_reason = ? WHERE id = ?"),
        { state, Sql::orNull(caseNumber), Sql::orNull(reason), id });
}

Result<std::optional<PlatformStore::AppliedOp>> SqlitePlatformStore::appliedOp(const QString& opId)
{
    std::optional<AppliedOp> op;
    if (Status s = one("SELECT station, result FROM applied_ops WHERE op_id = ?1",
            { opId },
            [&op](const RawStatement& row) {
                op = AppliedOp { row.text(0), row.utf8(1) };
            });
        !s)
        return s.error();
    return op;
}

Status SqlitePlatformStore::rememberOp(
    const QString& opId, const QString& station, const QByteArray& result, const QString& at)
{
    RawStatement& st = m_statements("INSERT INTO applied_ops(op_id, station, result, at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, opId);
    st.bind(2, station);
    st.bindUtf8(3, result);
    st.bind(4, at);
    return st.run();
}

Result<std::optional<PlatformRecord>> SqlitePlatformStore::record(const QString& entity, const QString& recordId)
{
    std::optional<PlatformRecord> record;
    if (Status s = one("SELECT scope, owner, rev, payload FROM records WHERE entity = ?1 AND record_id = ?2",
            { entity, recordId },
            [&](const RawStatement& row) {
                record = PlatformRecord { entity, recordId, row.text(0), row.text(1), row.int64(2), row.utf8(3) };
            });
        !s)
        return s.error();
    return record;
}

Result<std::optional<QString>> SqlitePlatformStore::ownerOf(const QString& entity, const QString& recordId)
{
    std::optional<QString> owner;
    if (Status s = one("SELECT owner FROM records WHERE entity = ?1 AND record_id = ?2",
            { entity, recordId },
            [&owner](const RawStatement& row) { owner = row.text(0); });
        !s)
        return s.error();
    return owner;
}

Result<std::optional<QString>> SqlitePlatformStore::caseWithNumber(const QString& number)
{
    std::optional<QString> id;
    // The expression and the condition of index records_case_number (migration 5), so it is used.
    if (Status s
        = one("SELECT record_id FROM records WHERE entity = 'case' AND json_extract(payload, '$.number') = ?1 LIMIT 1",
            { number },
            [&id](const RawStatement& row) { id = row.text(0); });
        !s)
        return s.error();
    return id;
}

Status SqlitePlatformStore::insertRecord(const PlatformRecord& r)
{
    RawStatement& st = m_statements(
        "INSERT INTO records(entity, record_id, scope, owner, rev, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, r.entity);
    st.bind(2, r.recordId);
    st.bind(3, r.scope);
    st.bind(4, r.owner);
    st.bind(5, r.rev);
    st.bindUtf8(6, r.payload);
    return st.run();
}

Status SqlitePlatformStore::updateRecord(
    const QString& entity, const QString& recordId, qint64 rev, const QByteArray& payload)
{
    return Sql::write(*m_db,
        QStringLiteral("UPDATE records SET rev = ?, payload = ? WHERE entity = ? AND record_id = ?"),
        { rev, text(payload), entity, recordId });
}

Result<QList<PlatformRecord>> SqlitePlatformStore::recordsInScopes(const QStringList& scopes)
{
    QList<PlatformRecord> records;
    for (const QString& scope : scopes) {
        auto q = Sql::run(m_db->sql(),
            QStringLiteral("SELECT entity, record_id, scope, owner, rev, payload FROM records WHERE scope = ?"),
            { scope });
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        while (query.next())
            records << PlatformRecord { query.value(0).toString(),
                query.value(1).toString(),
                query.value(2).toString(),
                query.value(3).toString(),
                query.value(4).toLongLong(),
                query.value(5).toString().toUtf8() };
    }
    std::stable_sort(records.begin(), records.end(), [&](const PlatformRecord& a, const PlatformRecord& b) {
        return SyncPayload::applyOrder(a.entity) < SyncPayload::applyOrder(b.entity);
    });
    return records;
}

Status SqlitePlatformStore::grant(const QString& scope, const QString& station, const QString& at)
{
    return Sql::write(*m_db,
        QStringLiteral("INSERT OR IGNORE INTO grants(scope, station, granted_at) VALUES (?, ?, ?)"),
        { scope, station, at });
}

Result<bool> SqlitePlatformStore::isGranted(const QString& scope, const QString& station)
{
    bool granted = false;
    if (Status s = one("SELECT 1 FROM grants WHERE scope = ?1 AND station = ?2",
            { scope, station },
            [&granted](const RawStatement&) { granted = true; });
        !s)
        return s.error();
    return granted;
}

Status SqlitePlatformStore::appendChange(const PlatformRecord& r, const QString& scopeOwner)
{
    RawStatement& st = m_statements(
        "INSERT INTO changes(entity, record_id, scope, owner, rev, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, r.entity);
    st.bind(2, r.recordId);
    st.bind(3, r.scope);
    st.bind(4, scopeOwner);
    st.bind(5, r.rev);
    st.bindUtf8(6, r.payload);
    return st.run();
}

Result<bool> SqlitePlatformStore::changesAfter(
    const PlatformStation& station, qint64 cursor, int limit, const std::function<void(const PlatformChange&)>& each)
{
    auto q = station.isCity()
        ? Sql::run(m_db->sql(),
            QStringLiteral(
                "SELECT seq, entity, record_id, owner, rev, payload FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"),
            { cursor, limit + 1 })
        : Sql::run(m_db->sql(),
            QStringLiteral(
                "SELECT seq, entity, record_id, owner, rev, payload FROM changes WHERE seq > ? AND (owner IN (?, ?) OR "
                "scope IN (SELECT scope FROM grants WHERE station = ?)) ORDER BY seq LIMIT ?"),
            { cursor, station.code, kEveryStation, station.code, limit + 1 });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    int count = 0;
    PlatformChange c;
    while (query.next()) {
        if (count++ == limit)
            return true;
        c.seq = query.value(0).toLongLong();
        c.entity = query.value(1).toString();
        c.recordId = query.value(2).toString();
        c.owner = query.value(3).toString();
        c.rev = query.value(4).toLongLong();
        c.payload = query.value(5).toString().toUtf8();
        each(c);
    }
    return false;
}

Result<qint64> SqlitePlatformStore::latestSeq()
{
    // sqlite_sequence keeps the highest seq ever given out, even past deleted rows.
    auto row = Sql::one(*m_db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'"));
    if (!row)
        return row.error();
    return row->has_value() ? (**row).at(0).toLongLong() : 0;
}

Status SqlitePlatformStore::recordsVisibleTo(const PlatformStation& station,
    const QString& bucket,
    bool withPayload,
    const std::function<void(const PlatformScopeRow&)>& each)
{
    // A station sees the scopes whose changes are logged for it (pull's own rule) and those
    // granted to it; the city sees everything.
    QString sql = QStringLiteral(
        "SELECT entity, record_id, owner, rev, CASE WHEN entity = 'case' THEN json_extract(payload, '$.status') END, "
        "CASE WHEN entity = 'case' THEN coalesce(json_extract(payload, '$.answer'), '') END, %1 FROM records "
        "WHERE entity IN ('%2')")
                      .arg(withPayload ? QStringLiteral("payload") : QStringLiteral("NULL"),
                          ScopeDigest::kEntities.join(QStringLiteral("', '")));
    QVariantList binds;
    if (!station.isCity()) {
        sql += QStringLiteral(" AND (scope IN (SELECT scope FROM changes WHERE owner IN (?, ?)) OR scope IN (SELECT "
                              "scope FROM grants WHERE station = ?))");
        binds << station.code << kEveryStation << station.code;
    }
    if (!bucket.isEmpty()) {
        // A range over the index on (entity, record_id), entity by entity.
        const ScopeDigest::IdRange range = ScopeDigest::rangeOf(bucket);
        sql += QStringLiteral(" AND record_id >= ? AND record_id < ?");
        binds << range.low << range.high;
    }
    auto q = Sql::run(m_db->sql(), sql, binds);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    PlatformScopeRow row;
    while (query.next()) {
        row.entity = query.value(0).toString();
        row.recordId = query.value(1).toString();
        row.owner = query.value(2).toString();
        row.rev = query.value(3).toLongLong();
        row.status = query.value(4).toString();
        row.answer = query.value(5).toString();
        if (withPayload)
            row.payload = query.value(6).toString().toUtf8();
        each(row);
    }
    return success();
}

Result<bool> SqlitePlatformStore::hasChangesAfter(const PlatformStation& station, qint64 cursor)
{
    auto row = station.isCity()
        ? Sql::one(*m_db, QStringLiteral("SELECT 1 FROM changes WHERE seq > ? LIMIT 1"), { cursor })
        : Sql::one(*m_db,
            QStringLiteral("SELECT 1 FROM changes WHERE seq > ? AND (owner IN (?, ?) OR scope IN (SELECT scope FROM "
                           "grants WHERE station = ?)) LIMIT 1"),
            { cursor, station.code, kEveryStation, station.code });
    if (!row)
        return row.error();
    return row->has_value();
}

Result<std::optional<BlobState>> SqlitePlatformStore::blob(const QString& sha256)
{
    auto row = Sql::one(
        *m_db, QStringLiteral("SELECT size, received, complete, station FROM blobs WHERE sha256 = ?"), { sha256 });
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<BlobState>();
    const QVariantList& r = **row;
    return std::optional<BlobState>(
        BlobState { r.at(0).toLongLong(), r.at(1).toLongLong(), r.at(2).toInt() == 1, r.at(3).toString() });
}

Status SqlitePlatformStore::startBlob(const QString& sha256, qint64 size, const QString& station, const QString& at)
{
    return Sql::write(*m_db,
        QStringLiteral("INSERT INTO blobs(sha256, size, station, created_at) VALUES (?, ?, ?, ?)"),
        { sha256, size, station, at });
}

Status SqlitePlatformStore::appendBlobChunk(const QString& sha256, qint64 offset, const QByteArray& data)
{
    if (Status s = Sql::write(*m_db,
            QStringLiteral("INSERT INTO blob_chunks(sha256, offset, data) VALUES (?, ?, ?)"),
            { sha256, offset, data });
        !s)
        return s;
    return Sql::write(*m_db,
        QStringLiteral("UPDATE blobs SET received = received + ? WHERE sha256 = ?"),
        { qint64(data.size()), sha256 });
}

Result<QByteArray> SqlitePlatformStore::blobData(const QString& sha256)
{
    auto q = Sql::run(
        m_db->sql(), QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY offset"), { sha256 });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QByteArray data;
    while (query.next())
        data += query.value(0).toByteArray();
    return data;
}

Status SqlitePlatformStore::completeBlob(const QString& sha256, const QString& at)
{
    return Sql::write(
        *m_db, QStringLiteral("UPDATE blobs SET complete = 1, completed_at = ? WHERE sha256 = ?"), { at, sha256 });
}

Status SqlitePlatformStore::discardBlob(const QString& sha256)
{
    if (Status s = Sql::write(*m_db, QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"), { sha256 }); !s)
        return s;
    return Sql::write(*m_db, QStringLiteral("UPDATE blobs SET received = 0 WHERE sha256 = ?"), { sha256 });
}

Status SqlitePlatformStore::addBlobRef(const QString& sha256, const QString& scope)
{
    return Sql::write(
        *m_db, QStringLiteral("INSERT OR IGNORE INTO blob_refs(sha256, scope) VALUES (?, ?)"), { sha256, scope });
}

Result<bool> SqlitePlatformStore::blobVisibleTo(const QString& sha256, const PlatformStation& station)
{
    auto row = Sql::one(*m_db,
        QStringLiteral("SELECT 1 FROM blob_refs r JOIN records c ON c.entity = 'case' AND c.record_id = r.scope "
                       "WHERE r.sha256 = ? AND (c.owner = ? OR EXISTS (SELECT 1 FROM grants g WHERE g.scope = r.scope "
                       "AND g.station = ?)) LIMIT 1"),
        { sha256, station.code, station.code });
    if (!row)
        return row.error();
    return row->has_value();
}
