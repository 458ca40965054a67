#include "ServerStore.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
// Credentials are 32 random bytes, so a plain SHA-256 is enough to store them (no password to stretch).
QString hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error bad(const QString& field, const QString& text)
{
    return Error::badInput(field, UiText::verbatim(text));
}
} // namespace

QString ServerStore::schema()
{
    return QStringLiteral(":/server-migrations");
}

ServerStore::ServerStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{ }

ServerStore::~ServerStore() = default;

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadWrite, schema());
    if (!db)
        return db.error();
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(db).value()));
}

Result<QString> ServerStore::city()
{
    auto q = Sql::run(m_db->sql(), QStringLiteral("SELECT value FROM meta WHERE key = 'city'"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::notFound(UiText::verbatim(QStringLiteral("the platform is not set up: run init --city CODE")));
    return query.value(0).toString();
}

Result<QString> ServerStore::init(const QString& cityCode)
{
    const QString city = cityCode.trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^[A-Z]{2,4}$")).match(city).hasMatch())
        return bad(QStringLiteral("city"), QStringLiteral("--city must be 2 to 4 Latin letters, such as LZ"));
    WriteTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto existing = this->city(); existing.ok())
        return Error::notAllowed(
            UiText::verbatim(QStringLiteral("the platform is already set up for %1").arg(*existing)));
    auto q = Sql::run(m_db->sql(),
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('city', ?), ('epoch', ?)"),
        { city, Sql::newId() });
    if (!q)
        return q.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return city;
}

Result<QString> ServerStore::addStation(const QString& code, const QString& name, const QString& level)
{
    const QString c = code.trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^[A-Z0-9]{1,8}$")).match(c).hasMatch())
        return bad(
            QStringLiteral("station"), QStringLiteral("the station code must be 1 to 8 Latin letters or digits"));
    if (name.trimmed().isEmpty())
        return bad(QStringLiteral("name"), QStringLiteral("--name is required"));
    if (!QStringList {
            QStringLiteral("city"), QStringLiteral("county"), QStringLiteral("district"), QStringLiteral("park") }
             .contains(level))
        return bad(QStringLiteral("level"), QStringLiteral("--level must be city, county, district or park"));
    if (auto city = this->city(); !city)
        return city.error();
    const QString token = newToken();
    WriteTransaction tx(*m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto exists = Sql::run(m_db->sql(), QStringLiteral("SELECT 1 FROM stations WHERE code = ?"), { c });
    if (!exists)
        return exists.error();
    if (QSqlQuery found = std::move(exists).value(); found.next())
        return Error::notAllowed(UiText::verbatim(QStringLiteral("station %1 is already registered").arg(c)));
    auto q = Sql::run(m_db->sql(),
        QStringLiteral("INSERT INTO stations(code, name, level, token_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
        { c, name.trimmed(), level, hashOf(token), Clock::toStorage(Clock::nowUtc()) });
    if (!q)
        return q.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return token;
}

Result<PlatformStation> ServerStore::authenticate(const QString& token)
{
    auto q = Sql::run(
        m_db->sql(), QStringLiteral("SELECT code, name, level FROM stations WHERE token_hash = ?"), { hashOf(token) });
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (token.isEmpty() || !query.next())
        return Error::notAllowed(UiText::verbatim(QStringLiteral("unknown credential")));
    return PlatformStation { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() };
}

Result<ServerStore::History> ServerStore::history()
{
    auto epoch = Sql::one(*m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    if (!epoch)
        return epoch.error();
    // sqlite_sequence keeps the highest seq ever given out, even past deleted rows.
    auto seq = Sql::one(*m_db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'"));
    if (!seq)
        return seq.error();
    History h;
    h.epoch = epoch->has_value() ? (**epoch).at(0).toString() : QString();
    h.latestSeq = seq->has_value() ? (**seq).at(0).toLongLong() : 0;
    return h;
}

Result<QString> ServerStore::newEpoch()
{
    const QString epoch = Sql::newId();
    if (Status s = Sql::write(*m_db, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'epoch'"), { epoch }); !s)
        return s.error();
    return epoch;
}
