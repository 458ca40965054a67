#include "OnlineRequests.h"

#include "Administration.h"
#include "common/Clock.h"
#include "domain/Divisions.h"
#include "storage/Sql.h"
#include "sync/RecordRules.h"
#include "validation/Phone.h"
#include "validation/TextRules.h"
#include "validation/Uscc.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {
QString hashOf(const QString& number, const QString& code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((number + u':' + code).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Error bad(const QString& field, const UiText& message)
{
    return Error::badInput(field, message);
}
} // namespace

QString OnlineRequests::newQueryCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 8; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return code;
}

Result<OnlineReceipt> OnlineRequests::submit(
    PlatformStore& store, const Catalog& catalog, const OnlineRequestForm& form, const QDateTime& now)
{
    // The desk's rules, field by field (workflow/Registration).
    auto enterprise = TextRules::check(QStringLiteral("name"), form.enterprise, true, 100);
    if (!enterprise)
        return enterprise.error();
    auto uscc = Uscc::validate(form.uscc);
    if (!uscc)
        return uscc.error();
    auto contact = TextRules::check(QStringLiteral("contact"), form.contact, true, 50);
    if (!contact)
        return contact.error();
    auto phone = Phone::validate(form.phone);
    if (!phone)
        return phone.error();
    auto email = TextRules::check(QStringLiteral("email"), form.email, false, 100);
    if (!email)
        return email.error();
    if (!email->isEmpty() && (!email->contains(u'@') || email->contains(u' ')))
        return bad(QStringLiteral("email"), Fields::invalid(QStringLiteral("email"), *email));
    const CatalogItem* item = catalog.item(form.item.trimmed());
    if (!item)
        return bad(QStringLiteral("item"), Fields::invalid(QStringLiteral("item"), form.item.left(20)));
    auto request = TextRules::check(QStringLiteral("summary"), form.request, true, 2000);
    if (!request)
        return request.error();
    QString division = form.district.trimmed();
    if (!division.isEmpty() && Divisions::liuzhouName(division).isEmpty())
        return bad(QStringLiteral("district"), Fields::invalid(QStringLiteral("district"), division.left(20)));
    if (division.isEmpty())
        division = uscc->mid(2, 6);

    auto city = Administration::city(store);
    if (!city)
        return city.error();
    PlatformTransaction tx(store);
    if (!tx.begun())
        return tx.begun().error();
    auto routed = store.stationForDivision(division);
    if (!routed)
        return routed.error();
    auto stations = store.stations();
    if (!stations)
        return stations.error();
    QString station = routed->value_or(QString());
    QString stationName;
    for (const PlatformStation& s : *stations) {
        if (station.isEmpty() && s.isCity())
            station = s.code; // no station serves the division: the city takes it
        if (s.code == station)
            stationName = s.name;
    }
    const QDate day = Clock::chinaDate(now);
    auto sequence = store.nextOnlineRequestSequence(day.toString(Qt::ISODate));
    if (!sequence)
        return sequence.error();
    OnlineReceipt receipt;
    receipt.number = QStringLiteral("%1-WS-%2-%3")
                         .arg(*city, day.toString(QStringLiteral("yyyyMMdd")))
                         .arg(*sequence, 4, 10, QLatin1Char('0'));
    receipt.code = newQueryCode();
    receipt.stationName = stationName;
    const QString id = Sql::newId();
    const QJsonObject payload { { QStringLiteral("id"), id },
        { QStringLiteral("number"), receipt.number },
        { QStringLiteral("enterprise"), *enterprise },
        { QStringLiteral("uscc"), *uscc },
        { QStringLiteral("contact"), *contact },
        { QStringLiteral("phone"), *phone },
        { QStringLiteral("email"), *email },
        { QStringLiteral("item"), item->code },
        { QStringLiteral("summary"), *request },
        { QStringLiteral("division"), division },
        { QStringLiteral("sms"), form.sms },
        { QStringLiteral("station"), station },
        { QStringLiteral("received_at"), Clock::toStorage(now) } };
    OnlineRequestRow row { id,
        receipt.number,
        hashOf(receipt.number, receipt.code),
        station,
        QJsonDocument(payload).toJson(QJsonDocument::Compact),
        QStringLiteral("pending"),
        Clock::toStorage(now),
        {},
        {} };
    // What the station will check on its pull, checked here first (the same rules, from core).
    if (Status s = RecordRules::check(QStringLiteral("online_request"), payload); !s)
        return s.error();
    if (Status s = store.insertOnlineRequest(row); !s)
        return s.error();
    // To its station's desk at the next pull, like any record of that station's (the city sees all).
    if (!station.isEmpty()) {
        const PlatformRecord record { QStringLiteral("online_request"), id, id, station, 1, row.payload };
        if (Status s = store.insertRecord(record); !s)
            return s.error();
        if (Status s = store.appendChange(record, station); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return receipt;
}

Result<std::optional<OnlineRequestView>> OnlineRequests::lookup(
    PlatformStore& store, const QString& number, const QString& code)
{
    auto row = store.onlineRequest(number.trimmed().toUpper());
    if (!row)
        return row.error();
    const QString given = code.trimmed().toUpper();
    // Compared as hashes of equal length, so the time taken tells nothing of the code.
    if (!row->has_value() || (*row)->codeHash != hashOf((*row)->number, given))
        return std::optional<OnlineRequestView>();
    const QJsonObject payload = QJsonDocument::fromJson((*row)->payload).object();
    OnlineRequestView view;
    view.number = (*row)->number;
    view.state = (*row)->state;
    view.itemCode = payload.value(QStringLiteral("item")).toString();
    view.receivedAt = Clock::fromStorage((*row)->createdAt);
    view.caseNumber = (*row)->caseNumber;
    view.returnReason = (*row)->returnReason;
    if (!view.caseNumber.isEmpty()) {
        auto caseId = store.caseWithNumber(view.caseNumber);
        if (!caseId)
            return caseId.error();
        if (caseId->has_value()) {
            auto kase = store.record(QStringLiteral("case"), **caseId);
            if (!kase)
                return kase.error();
            if (kase->has_value())
                view.caseStatus
                    = QJsonDocument::fromJson((*kase)->payload).object().value(QStringLiteral("status")).toString();
        }
    }
    auto stations = store.stations();
    if (!stations)
        return stations.error();
    for (const PlatformStation& s : *stations)
        if (s.code == (*row)->station)
            view.stationName = s.name;
    return std::optional<OnlineRequestView>(view);
}
