#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QStringView>
#include <optional>

// JSON on the sync wire written and read without a round trip through QJsonDocument, where that
// round trip was most of the work (issue 22): answers to a push are formatted by hand, and a pushed
// record is stored as the bytes the station sent instead of being serialised again.
namespace WireJson {
// Appends `text` as a JSON string, quoted and escaped (RFC 8259: quote, backslash and control
// characters; everything else as UTF-8).
void appendString(QByteArray& out, QStringView text);

// The bytes of one op's payload as sent, and how many members its objects have in all (nested ones
// included), to compare with what the parser kept (memberCount): a key given twice is kept once by
// QJsonDocument, so the counts differ and the bytes must not be stored as they are.
struct RawPayload
{
    QByteArrayView bytes;
    int members = 0;
    bool compact = true; // no whitespace between its tokens, as QJsonDocument's Compact writes it
};

// The payload of each op of a push body {"ops": [{..., "payload": {...}}, ...]}, in order; nothing
// when the body is not of that shape or an op has no payload object, or one more than once (the
// caller then serialises what it parsed). `body` must outlive the views.
std::optional<QList<RawPayload>> payloadsOfOps(QByteArrayView body);

// The members of `object` and of every object inside it, at any depth.
int memberCount(const QJsonObject& object);
} // namespace WireJson
