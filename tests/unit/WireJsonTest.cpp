// The sync wire's JSON without QJsonDocument (issue 22): strings written as Qt writes them, and a
// push body's payloads found byte for byte, or not at all when storing them as sent would be wrong.
#include "sync/WireJson.h"

#include "support/QtCatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {
QByteArray qtString(const QString& s)
{
    const QByteArray inArray = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return inArray.mid(1, inArray.size() - 2);
}

QByteArray mine(const QString& s)
{
    QByteArray out;
    WireJson::appendString(out, s);
    return out;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

TEST_CASE("a string is written as QJsonDocument writes it, and reads back the same", "[sync][wire]")
{
    const QStringList fixed { QString(),
        QStringLiteral("plain"),
        QStringLiteral("柳州市柳南区"),
        QStringLiteral("quote \" backslash \\ slash /"),
        QStringLiteral("line\nfeed\ttab\rreturn\bback\fform"),
        QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f),
        QStringLiteral("emoji 😀 and U+2028 \u2028") };
    for (const QString& s : fixed) {
        INFO(s.toStdString());
        const QByteArray json = mine(s);
        CHECK(QJsonDocument::fromJson("[" + json + "]").array().at(0).toString() == s);
        // Qt escapes a few characters another way (\b, \f, DEL); the reading is what must agree.
        if (!s.contains(QChar(0x08)) && !s.contains(QChar(0x0c)) && !s.contains(QChar(0x7f)))
            CHECK(json == qtString(s));
    }
    QRandomGenerator rng(22);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = int(rng.bounded(12));
        for (int k = 0; k < n; ++k) {
            const quint32 kind = rng.bounded(4);
            s += kind == 0  ? QChar(char16_t(rng.bounded(0x20)))
                : kind == 1 ? QChar(u"\"\\/ab"[rng.bounded(5)])
                : kind == 2 ? QChar(char16_t(0x4e00 + rng.bounded(0x5000)))
                            : QChar(char16_t(0x20 + rng.bounded(0x5f)));
        }
        INFO(s.toStdString());
        REQUIRE(QJsonDocument::fromJson("[" + mine(s) + "]").array().at(0).toString() == s);
    }
}

TEST_CASE("a push body's payloads are found as sent, in order", "[sync][wire]")
{
    const QJsonObject a { { QStringLiteral("id"), QStringLiteral("a-1") },
        { QStringLiteral("summary"), QStringLiteral("申请计量校准, \"加急\" {括号} [方括号]") },
        { QStringLiteral("items"),
            QJsonArray { 1, 2.5, true, QJsonValue(), QJsonObject { { QStringLiteral("k"), QStringLiteral("v") } } } },
        { QStringLiteral("nested"),
            QJsonObject { { QStringLiteral("x"), QJsonObject { { QStringLiteral("y"), QStringLiteral("z") } } } } } };
    const QJsonObject b { { QStringLiteral("id"), QStringLiteral("b-2") } };
    // As the station sends an op: its head, then the payload's stored bytes (OutboxOp::toWire).
    const QByteArray body = "{\"ops\":[{\"op_id\":\"o1\",\"entity\":\"case\",\"payload\":" + compact(a)
        + ",\"kind\":\"create\"},{\"payload\":" + compact(b) + ",\"op_id\":\"o2\"}]}";
    const auto found = WireJson::payloadsOfOps(body);
    REQUIRE(found);
    REQUIRE(found->size() == 2);
    CHECK(found->at(0).bytes.toByteArray() == compact(a));
    CHECK(found->at(0).compact);
    CHECK(found->at(0).members == WireJson::memberCount(a));
    CHECK(WireJson::memberCount(a) == 4 + 1 + 1 + 1);
    CHECK(found->at(1).bytes.toByteArray() == compact(b));
    CHECK(found->at(1).members == 1);

    // Pretty-printed: found, but not compact, so it is stored as parsed.
    const QByteArray indented = QJsonDocument(
        QJsonObject { { QStringLiteral("ops"), QJsonArray { QJsonObject { { QStringLiteral("payload"), a } } } } })
                                    .toJson(QJsonDocument::Indented);
    const auto spaced = WireJson::payloadsOfOps(indented);
    REQUIRE(spaced);
    REQUIRE(spaced->size() == 1);
    CHECK_FALSE(spaced->at(0).compact);
    CHECK(QJsonDocument::fromJson(spaced->at(0).bytes.toByteArray()).object() == a);

    const auto none = WireJson::payloadsOfOps("{\"ops\":[]}");
    REQUIRE(none);
    CHECK(none->isEmpty());
}

TEST_CASE("a key given twice is caught by the count of members, or the body is not taken", "[sync][wire]")
{
    // Inside a payload: the parser keeps one of the two, so its count is one less than the bytes'.
    const QByteArray twice = R"({"ops":[{"op_id":"o","payload":{"id":"x","summary":"长","summary":"short"}}]})";
    const QJsonObject parsed = QJsonDocument::fromJson(twice)
                                   .object()
                                   .value(QLatin1String("ops"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("payload"))
                                   .toObject();
    const auto found = WireJson::payloadsOfOps(twice);
    REQUIRE(found);
    CHECK(found->at(0).members == 3);
    CHECK(WireJson::memberCount(parsed) == 2);
    const QByteArray deep = R"({"ops":[{"payload":{"id":"x","photos":[{"sha":"1","sha":"2"}]}}]})";
    const QJsonObject deepParsed = QJsonDocument::fromJson(deep)
                                       .object()
                                       .value(QLatin1String("ops"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("payload"))
                                       .toObject();
    CHECK(WireJson::payloadsOfOps(deep)->at(0).members != WireJson::memberCount(deepParsed));

    // Around a payload: two payloads in one op, an escaped key that may be "payload" to the parser, a
    // payload that is not an object, an op without one, a second "ops", and bodies of other shapes.
    for (const char* bad : { R"({"ops":[{"payload":{"id":"a"},"payload":{"id":"b"}}]})",
             R"({"ops":[{"payload":{"id":"a"},"pay\u006coad":{"id":"b"}}]})",
             R"({"\u006fps":[{"payload":{}}]})",
             R"({"ops":[{"payload":"text"}]})",
             R"({"ops":[{"op_id":"o"}]})",
             R"({"ops":[{"payload":{}}],"ops":[]})",
             R"({"ops":{}})",
             R"([{"payload":{}}])",
             R"({"ops":[{"payload":{"id":"a"}})",
             R"({"ops":[{"payload":{"id":"a}}]})",
             R"({"ops":[{"payload":{"id":"a"}}]} trailing)",
             "" }) {
        INFO(bad);
        CHECK_FALSE(WireJson::payloadsOfOps(QByteArrayView(bad)).has_value());
    }
    // Other members and whitespace around the ops are fine.
    const auto other
        = WireJson::payloadsOfOps(R"( { "batch" : [1, {"a":"]"}] , "ops" : [ {"payload":{"id":"a"}} ] } )");
    REQUIRE(other);
    CHECK(other->at(0).bytes == QByteArrayView(R"({"id":"a"})"));
    CHECK(other->at(0).compact);
}
