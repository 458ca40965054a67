#include "Administration.h"

#include "common/Clock.h"
#include "domain/Divisions.h"
#include "storage/Sql.h"

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

Status checkDivisions(const QStringList& divisions)
{
    for (const QString& d : divisions)
        if (!Divisions::isCode(d))
            return bad(QStringLiteral("division"),
                QStringLiteral("--division takes six-digit division codes, such as 450204 (柳南区): %1").arg(d));
    return success();
}
} // namespace

Result<QString> Administration::city(PlatformStore& store)
{
    auto city = store.meta(QStringLiteral("city"));
    if (!city)
        return city.error();
    if (!city->has_value())
        return Error::notFound(UiText::verbatim(QStringLiteral("the platform is not set up: run init --city CODE")));
    return **city;
}

Result<QString> Administration::init(PlatformStore& store, const QString& cityCode)
{
    const QString city = cityCode.trimmed().toUpper();
    if (!QRegularExpression(QStringLiteral("^[A-Z]{2,4}$")).match(city).hasMatch())
        return bad(QStringLiteral("city"), QStringLiteral("--city must be 2 to 4 Latin letters, such as LZ"));
    PlatformTransaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    if (auto existing = Administration::city(store); existing.ok())
        return Error::notAllowed(
            UiText::verbatim(QStringLiteral("the platform is already set up for %1").arg(*existing)));
    if (Status s = store.setMeta(QStringLiteral("city"), city); !s)
        return s.error();
    if (Status s = store.setMeta(QStringLiteral("epoch"), Sql::newId()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return city;
}

Result<QString> Administration::addStation(
    PlatformStore& store, const QString& code, const QString& name, const QString& level, const QStringList& divisions)
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
    if (Status s = checkDivisions(divisions); !s)
        return s.error();
    if (auto city = Administration::city(store); !city)
        return city.error();
    const QString token = newToken();
    PlatformTransaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    auto exists = store.hasStation(c);
    if (!exists)
        return exists.error();
    if (*exists)
        return Error::notAllowed(UiText::verbatim(QStringLiteral("station %1 is already registered").arg(c)));
    if (Status s = store.addStation({ c, name.trimmed(), level, {} }, hashOf(token), Clock::toStorage(Clock::nowUtc()));
        !s)
        return s.error();
    for (const QString& d : divisions)
        if (Status s = store.addDivision(d, c); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return token;
}

Status Administration::addDivisions(PlatformStore& store, const QString& code, const QStringList& divisions)
{
    const QString c = code.trimmed().toUpper();
    if (Status s = checkDivisions(divisions); !s)
        return s;
    PlatformTransaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    auto exists = store.hasStation(c);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::notFound(UiText::verbatim(QStringLiteral("no station %1 is registered").arg(c)));
    for (const QString& d : divisions)
        if (Status s = store.addDivision(d, c); !s)
            return s;
    return tx.commit();
}

namespace {
Status replaceCredential(PlatformStore& store, const QString& code, const QString& token)
{
    auto replaced = store.replaceTokenHash(code.trimmed().toUpper(), hashOf(token));
    if (!replaced)
        return replaced.error();
    if (!*replaced)
        return Error::notFound(
            UiText::verbatim(QStringLiteral("no station %1 is registered").arg(code.trimmed().toUpper())));
    return success();
}
} // namespace

Result<QString> Administration::rotateCredential(PlatformStore& store, const QString& code)
{
    const QString token = newToken();
    if (Status s = replaceCredential(store, code, token); !s)
        return s.error();
    return token;
}

Status Administration::revokeCredential(PlatformStore& store, const QString& code)
{
    // The hash of a credential nobody is given: no credential opens the station any more.
    return replaceCredential(store, code, newToken());
}

Result<PlatformStation> Administration::authenticate(PlatformStore& store, const QString& token)
{
    if (token.isEmpty())
        return Error::notAllowed(UiText::verbatim(QStringLiteral("unknown credential")));
    auto station = store.stationByTokenHash(hashOf(token));
    if (!station)
        return station.error();
    if (!station->has_value())
        return Error::notAllowed(UiText::verbatim(QStringLiteral("unknown credential")));
    return **station;
}

Result<Administration::History> Administration::history(PlatformStore& store)
{
    auto epoch = store.meta(QStringLiteral("epoch"));
    if (!epoch)
        return epoch.error();
    auto latest = store.latestSeq();
    if (!latest)
        return latest.error();
    return History { epoch->value_or(QString()), *latest };
}

Result<QString> Administration::newEpoch(PlatformStore& store)
{
    const QString epoch = Sql::newId();
    if (Status s = store.setMeta(QStringLiteral("epoch"), epoch); !s)
        return s.error();
    return epoch;
}
