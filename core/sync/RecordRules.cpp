#include "sync/RecordRules.h"

#include "common/Clock.h"
#include "domain/CaseClock.h"
#include "domain/CaseStatus.h"
#include "domain/Catalog.h"
#include "domain/Channel.h"
#include "domain/ClientKind.h"
#include "validation/DeliveryWay.h"
#include "validation/Phone.h"
#include "validation/TextRules.h"
#include "validation/Uscc.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace {
QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}

// A text field as the forms check it, and no longer than the database takes it as it came (the
// forms store it cleaned; a record from elsewhere may not be).
Status text(const QJsonObject& p, const QString& field, bool required, int maxChars)
{
    const QJsonValue v = p.value(field);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        return Error::badInput(field, Fields::invalid(field, QString()));
    const QString value = v.toString();
    if (auto checked = TextRules::check(field, value, required, maxChars); !checked)
        return checked.error();
    // Characters, not UTF-16 units: a character beyond the BMP is two units.
    const qsizetype characters
        = value.size() - std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isLowSurrogate(); });
    if (characters > maxChars)
        return Error::badInput(field,
            UiText::of(
                "Validation", QT_TRANSLATE_NOOP("Validation", "%1 is too long: %2 characters, at most %3 are allowed."))
                .arg(Fields::label(field), qlonglong(characters), maxChars));
    return success();
}

// One value of the payload under the name of the form's field, whose label the message shows.
QJsonObject named(const QJsonObject& p, const char* key, const char* field)
{
    return { { QLatin1String(field), p.value(QLatin1String(key)) } };
}

// 1 to 64 of [0-9A-Za-z-] (a UUID).
Status identifier(const QJsonObject& p, const QString& field)
{
    const QString id = str(p, field);
    const bool valid = !id.isEmpty() && id.size() <= 64 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c == u'-' || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    });
    if (!valid)
        return Error::badInput(field, Fields::invalid(field, id.left(80)));
    return success();
}

Status time(const QJsonObject& p, const QString& field, bool required)
{
    const QString value = str(p, field);
    if (value.isEmpty() && !required)
        return success();
    if (!Clock::fromStorage(value).isValid())
        return Error::badInput(field, Fields::invalid(field, value.left(40)));
    return success();
}

template<typename... Checks>
Status all(Checks... checks)
{
    for (const Status& s : { checks... })
        if (!s)
            return s;
    return success();
}

Status checkClient(const QJsonObject& p)
{
    const QString kind = str(p, QStringLiteral("kind"));
    if (!ClientKinds::fromKey(kind))
        return Error::badInput(QStringLiteral("kind"), Fields::invalid(QStringLiteral("kind"), kind.left(40)));
    if (const QString uscc = str(p, QStringLiteral("uscc")); !uscc.isEmpty())
        if (auto valid = Uscc::validate(uscc); !valid)
            return valid.error();
    return all(identifier(p, QStringLiteral("id")),
        text(p, QStringLiteral("name"), true, 100),
        text(p, QStringLiteral("contact"), false, 40),
        text(p, QStringLiteral("phone"), false, 40),
        text(p, QStringLiteral("address"), false, 200),
        time(p, QStringLiteral("created_at"), false));
}

Status checkCase(const QJsonObject& p, const Catalog& catalog)
{
    if (Status s = all(identifier(p, QStringLiteral("id")),
            identifier(p, QStringLiteral("client_id")),
            text(p, QStringLiteral("summary"), true, 2000),
            text(p, QStringLiteral("answer"), false, 4000),
            text(p, QStringLiteral("received_by"), false, 100),
            text(p, QStringLiteral("visitor_name"), false, 50),
            text(p, QStringLiteral("visitor_phone"), false, 40),
            time(p, QStringLiteral("received_at"), true));
        !s)
        return s;
    const QString number = str(p, QStringLiteral("number"));
    const QString station = str(p, QStringLiteral("station"));
    if (!RecordRules::numberOfStation(number, station))
        return Error::badInput(QStringLiteral("number"), Fields::invalid(QStringLiteral("number"), number.left(40)));
    if (!Channels::fromKey(str(p, QStringLiteral("channel"))))
        return Error::badInput(QStringLiteral("channel"),
            Fields::invalid(QStringLiteral("channel"), str(p, QStringLiteral("channel")).left(40)));
    const QString item = str(p, QStringLiteral("item"));
    if (!catalog.item(item))
        return Error::badInput(QStringLiteral("item"), Fields::invalid(QStringLiteral("item"), item.left(40)));
    if (!CaseStatuses::fromKey(str(p, QStringLiteral("status"))))
        return Error::badInput(QStringLiteral("status"),
            Fields::invalid(QStringLiteral("status"), str(p, QStringLiteral("status")).left(40)));
    // Issue 20: the limits it was registered under; none (0) from a station before migration 22.
    const int response = p.value(QStringLiteral("response_days")).toInt();
    const int close = p.value(QStringLiteral("close_days")).toInt();
    if (response < 0 || response > 240)
        return Error::badInput(QStringLiteral("response_days"),
            Fields::invalid(QStringLiteral("response_days"), QString::number(response)));
    if (close < 0 || close > 240 || (close > 0 && close < response))
        return Error::badInput(
            QStringLiteral("close_days"), Fields::invalid(QStringLiteral("close_days"), QString::number(close)));
    return success();
}

Status checkEvent(const QJsonObject& p)
{
    return all(identifier(p, QStringLiteral("id")),
        identifier(p, QStringLiteral("case_id")),
        text(p, QStringLiteral("kind"), true, 40),
        text(p, QStringLiteral("actor"), false, 100),
        text(p, QStringLiteral("detail"), false, 20000),
        time(p, QStringLiteral("at"), true));
}

Status checkClockEvent(const QJsonObject& p)
{
    static const QStringList kinds { QStringLiteral("pause"),
        QStringLiteral("resume"),
        QStringLiteral("extension_asked"),
        QStringLiteral("extension_approved"),
        QStringLiteral("extension_refused"),
        QStringLiteral("urged") };
    if (Status s = all(identifier(p, QStringLiteral("id")),
            identifier(p, QStringLiteral("case_id")),
            text(p, QStringLiteral("actor"), true, 100),
            text(p, QStringLiteral("reason"), false, 500),
            text(p, QStringLiteral("note"), false, 1000),
            text(p, QStringLiteral("ref"), false, 64),
            time(p, QStringLiteral("at"), true));
        !s)
        return s;
    const QString kind = p.value(QStringLiteral("kind")).toString();
    if (!kinds.contains(kind))
        return Error::badInput(QStringLiteral("kind"), Fields::invalid(QStringLiteral("kind"), kind.left(40)));
    if (kind == QLatin1String("pause") && !PauseReasons::fromKey(p.value(QStringLiteral("reason")).toString()))
        return Error::badInput(QStringLiteral("pause_reason"),
            Fields::invalid(QStringLiteral("pause_reason"), p.value(QStringLiteral("reason")).toString().left(40)));
    // A decision's reason is how the applicant was told, where it was.
    const QString told = p.value(QStringLiteral("reason")).toString();
    if (kind.startsWith(QLatin1String("extension_")) && kind != QLatin1String("extension_asked") && !told.isEmpty())
        if (auto way = DeliveryWay::check(told, QStringLiteral("applicant_told")); !way)
            return way.error();
    const int days = p.value(QStringLiteral("days")).toInt();
    if (kind == QLatin1String("extension_asked") && (days < 1 || days > 60))
        return Error::badInput(
            QStringLiteral("extension_days"), Fields::invalid(QStringLiteral("extension_days"), QString::number(days)));
    return success();
}

Status checkVisit(const QJsonObject& p)
{
    if (Status s = all(identifier(p, QStringLiteral("id")),
            identifier(p, QStringLiteral("case_id")),
            text(p, QStringLiteral("number"), false, 40),
            text(p, QStringLiteral("summary"), true, 2000),
            text(p, QStringLiteral("place"), false, 200),
            text(p, QStringLiteral("staff"), false, 200),
            text(p, QStringLiteral("client_people"), false, 200),
            text(p, QStringLiteral("answers"), false, 4000),
            text(p, QStringLiteral("materials"), false, 2000),
            text(p, QStringLiteral("signer"), true, 40),
            time(p, QStringLiteral("visited_at"), true));
        !s)
        return s;
    const QJsonArray followUps = p.value(QStringLiteral("follow_ups")).toArray();
    if (followUps.size() > 50)
        return Error::badInput(QStringLiteral("follow_up"), Fields::invalid(QStringLiteral("follow_up"), QString()));
    for (const QJsonValue& f : followUps)
        if (Status s
            = text(QJsonObject { { QStringLiteral("follow_up"), f } }, QStringLiteral("follow_up"), false, 500);
            !s)
            return s;
    if (p.value(QStringLiteral("photos")).toArray().size() > 20)
        return Error::badInput(QStringLiteral("photos"), Fields::invalid(QStringLiteral("photos"), QString()));
    return success();
}
// A version of a city knowledge entry (SyncPayload::knowledgeVersion): the lengths and items of the
// entry form (KnowledgeBase::problems), its record id made of the entry's and the version.
Status checkKnowledgeVersion(const QJsonObject& p, const Catalog& catalog)
{
    if (Status s = all(identifier(p, QStringLiteral("id")),
            identifier(p, QStringLiteral("entry_id")),
            text(p, QStringLiteral("number"), true, 40),
            text(named(p, "question", "kb_question"), QStringLiteral("kb_question"), true, 500),
            text(named(p, "answer", "kb_answer"), QStringLiteral("kb_answer"), true, 4000),
            text(named(p, "basis", "kb_basis"), QStringLiteral("kb_basis"), false, 500),
            text(p, QStringLiteral("retire_reason"), false, 500),
            text(p, QStringLiteral("author"), true, 100),
            time(p, QStringLiteral("created_at"), true),
            time(p, QStringLiteral("written_at"), true),
            time(p, QStringLiteral("retired_at"), false));
        !s)
        return s;
    const int version = p.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > 100000
        || str(p, QStringLiteral("id"))
            != QStringLiteral("%1-v%2").arg(str(p, QStringLiteral("entry_id"))).arg(version))
        return Error::badInput(
            QStringLiteral("version"), Fields::invalid(QStringLiteral("version"), QString::number(version)));
    const QJsonArray items = p.value(QStringLiteral("items")).toArray();
    if (items.size() > 50)
        return Error::badInput(QStringLiteral("items"), Fields::invalid(QStringLiteral("items"), QString()));
    for (const QJsonValue& item : items)
        if (!catalog.item(item.toString()))
            return Error::badInput(
                QStringLiteral("items"), Fields::invalid(QStringLiteral("items"), item.toString().left(40)));
    for (const char* field : { "valid_from", "valid_to" }) {
        const QString day = str(p, QLatin1String(field));
        if (!day.isEmpty() && !QDate::fromString(day, Qt::ISODate).isValid())
            return Error::badInput(QLatin1String(field), Fields::invalid(QLatin1String(field), day.left(40)));
    }
    return success();
}
} // namespace

bool RecordRules::numberOfStation(const QString& number, const QString& station)
{
    static const QRegularExpression stationRe(QStringLiteral("^[A-Z]{1,4}-[A-Z0-9]{1,8}$"));
    static const QRegularExpression numberRe(QStringLiteral("^[A-Z]{1,4}-[A-Z0-9]{1,8}-[0-9]{8}-[0-9]{4,6}$"));
    return stationRe.match(station).hasMatch() && numberRe.match(number).hasMatch()
        && number.startsWith(station + QLatin1Char('-'));
}

// Issue 23: a request typed on the platform's public pages, routed to this station.
Status checkOnlineRequest(const QJsonObject& p, const Catalog& catalog)
{
    if (auto valid = Uscc::validate(str(p, QStringLiteral("uscc"))); !valid)
        return valid.error();
    if (auto valid = Phone::validate(str(p, QStringLiteral("phone"))); !valid)
        return valid.error();
    const QString item = str(p, QStringLiteral("item"));
    if (!catalog.item(item))
        return Error::badInput(QStringLiteral("item"), Fields::invalid(QStringLiteral("item"), item.left(40)));
    const QString number = str(p, QStringLiteral("number"));
    if (number.isEmpty() || number.size() > 40)
        return Error::badInput(QStringLiteral("number"), Fields::invalid(QStringLiteral("number"), number.left(40)));
    return all(identifier(p, QStringLiteral("id")),
        text(named(p, "enterprise", "name"), QStringLiteral("name"), true, 100),
        text(p, QStringLiteral("contact"), true, 50),
        text(p, QStringLiteral("email"), false, 100),
        text(p, QStringLiteral("station"), false, 8),
        text(p, QStringLiteral("summary"), true, 2000),
        time(p, QStringLiteral("received_at"), true));
}

Status RecordRules::check(const QString& entity, const QJsonObject& payload)
{
    static const Result<Catalog> catalog = Catalog::loadBuiltIn(); // once, thread-safe
    if (!catalog)
        return catalog.error();
    return check(entity, payload, *catalog);
}

Status RecordRules::check(const QString& entity, const QJsonObject& payload, const Catalog& catalog)
{
    if (entity == QLatin1String("client"))
        return checkClient(payload);
    if (entity == QLatin1String("case"))
        return checkCase(payload, catalog);
    if (entity == QLatin1String("case_event"))
        return checkEvent(payload);
    if (entity == QLatin1String("visit"))
        return checkVisit(payload);
    if (entity == QLatin1String("clock_event"))
        return checkClockEvent(payload);
    if (entity == QLatin1String("kb_version"))
        return checkKnowledgeVersion(payload, catalog);
    if (entity == QLatin1String("online_request"))
        return checkOnlineRequest(payload, catalog);
    return Error::badInput(QStringLiteral("entity"), Fields::invalid(QStringLiteral("entity"), entity.left(40)));
}
